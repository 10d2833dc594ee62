/**
 * The PDF's text as positioned characters, page by page and line by line, read with MuPDF
 * (WASM, loaded once per process). Coordinates are PDF points with y growing downwards,
 * as MuPDF reports them. Nothing here interprets the text; pdf-edition.ts does.
 */
import { VerifyError } from "../errors.ts";
import { readsRightToLeft, rightToLeftReadingOrder } from "./pdf-logical-order.ts";
import { withoutRepeatedClusterMarks } from "./pdf-repeated-marks.ts";

export interface PdfChar {
  c: string;
  /** Font size in points. */
  size: number;
  /** Left edge and baseline (the glyph origin). */
  x: number;
  baseline: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PdfLine {
  /** 1-based page. */
  page: number;
  /** Position in the page's content stream: the order the text was painted in. */
  order: number;
  chars: PdfChar[];
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The box of a link that leads elsewhere in the document (a call, a note's number). */
export interface PdfLinkBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Where it lands: the 0-based index of a page of this document and a point on it; null when it lands on no page. */
  target: { pageIndex: number; x: number; y: number } | null;
}

export interface PdfPage {
  number: number;
  /** Read as a right-to-left document's page: its lines' chars are in reading order (pdf-logical-order.ts). */
  rightToLeft?: boolean;
  height: number;
  lines: PdfLine[];
  /** Links within the document, not to the web; absent when not read. */
  internalLinks?: PdfLinkBox[];
}

type MuPdf = typeof import("mupdf");
let loading: Promise<MuPdf> | undefined;

/** MuPDF's WASM module is compiled when it starts: once per process, on first use. */
export function loadMupdf(): Promise<MuPdf> {
  loading ??= import("mupdf");
  return loading;
}

export interface ReadOptions {
  /** The document is set right to left: its lines are read from the right, as pdf-logical-order.ts tells. */
  rightToLeft?: boolean;
}

export async function readPdfPages(bytes: Uint8Array, file = "edition.pdf", options: ReadOptions = {}): Promise<PdfPage[]> {
  const mupdf = await loadMupdf();
  let document: InstanceType<MuPdf["Document"]>;
  try {
    document = mupdf.Document.openDocument(bytes, "application/pdf");
  } catch (error) {
    throw new VerifyError(`${file} is not a readable PDF: ${(error as Error).message}`, { code: "pdf-unreadable", location: { file }, cause: error });
  }
  try {
    const pages: PdfPage[] = [];
    for (let index = 0; index < document.countPages(); index++) pages.push(readPage(mupdf, document, index, options));
    return pages;
  } finally {
    document.destroy();
  }
}

function readPage(mupdf: MuPdf, document: InstanceType<MuPdf["Document"]>, index: number, options: ReadOptions): PdfPage {
  const page = document.loadPage(index);
  // Ligatures are expanded (the default); spaces are kept as painted, none are invented.
  const text = page.toStructuredText("preserve-whitespace");
  const lines: PdfLine[] = [];
  let chars: PdfChar[] = [];
  const fonts = withoutFontFinalizers(mupdf);
  const fullCharacters = withFullCodePoints();
  try {
    text.walk({
      beginLine: () => {
        chars = [];
      },
      onChar: (c, origin, font, size, quad) => {
        font.destroy();
        // MuPDF may give a glyph of a cluster twice, where /ActualText covers the cluster (a
        // Persian پ): the same letter in the same box is printed once. Only the same box: the
        // व ending the Devanagari conjunct श्व has no width, and the वि after it starts where
        // it stands, its व given at its first glyph.
        const previous = chars[chars.length - 1];
        const right = Math.max(quad[0], quad[2], quad[4], quad[6]);
        if (previous && previous.c === c && Math.abs(previous.x - origin[0]) < 0.01 && Math.abs(previous.baseline - origin[1]) < 0.01 && Math.abs(previous.right - right) < 0.01) return;
        chars.push({
          c,
          size,
          x: origin[0],
          baseline: origin[1],
          right,
          top: Math.min(quad[1], quad[3], quad[5], quad[7]),
          bottom: Math.max(quad[1], quad[3], quad[5], quad[7]),
        });
      },
      endLine: () => {
        if (chars.some((ch) => ch.c.trim() !== "")) lines.push(lineOf(withoutRepeatedClusterMarks(chars), index + 1, lines.length));
      },
    });
    const bounds = page.getBounds();
    const merged = options.rightToLeft ? mergeRunsOfOneLine(mergeDetachedCalls(lines)) : mergeDetachedCalls(lines);
    if (options.rightToLeft) for (const line of merged) if (readsRightToLeft(line.chars)) line.chars = rightToLeftReadingOrder(line.chars);
    return { number: index + 1, ...(options.rightToLeft ? { rightToLeft: true } : {}), height: bounds[3] - bounds[1], lines: merged, internalLinks: internalLinksOf(document, page) };
  } finally {
    fullCharacters.restore();
    fonts.restore();
    text.destroy();
    page.destroy();
  }
}

type MuPdfDocument = InstanceType<MuPdf["Document"]>;
type MuPdfLink = ReturnType<ReturnType<MuPdfDocument["loadPage"]>["getLinks"]>[number];

function internalLinksOf(document: MuPdfDocument, page: ReturnType<MuPdfDocument["loadPage"]>): PdfLinkBox[] {
  const boxes = page
    .getLinks()
    .filter((link) => !link.isExternal())
    .map((link) => {
      const [left, top, right, bottom] = link.getBounds();
      return { left, top, right, bottom, target: destinationOf(document, link) };
    });
  return joinLinkPieces(boxes);
}

/** Points within which two boxes touch or share a line. */
const touching = 0.5;

/**
 * Chromium writes one annotation for each inline box of a link ("figure 1", " on page ", "4"):
 * pieces that touch on one line and lead to the same point are one link to a reader, and one
 * here. Calls side by side stay apart: a comma stands between them, or they lead to different notes.
 */
export function joinLinkPieces(boxes: readonly PdfLinkBox[]): PdfLinkBox[] {
  const joined: PdfLinkBox[] = [];
  for (const box of boxes) {
    const last = joined.at(-1);
    const sameTarget = last && JSON.stringify(last.target) === JSON.stringify(box.target);
    if (last && sameTarget && Math.abs(last.top - box.top) < touching && Math.abs(last.bottom - box.bottom) < touching && Math.abs(last.right - box.left) < touching) {
      joined[joined.length - 1] = { ...last, right: box.right };
    } else {
      joined.push({ ...box });
    }
  }
  return joined;
}

function destinationOf(document: MuPdfDocument, link: MuPdfLink): PdfLinkBox["target"] {
  try {
    const destination = document.resolveLinkDestination(link);
    return destination.page >= 0 && destination.page < document.countPages() ? { pageIndex: destination.page, x: destination.x, y: destination.y } : null;
  } catch {
    return null;
  }
}

/**
 * MuPDF's walk hands every character a Font object of its own, and each one registers with a
 * FinalizationRegistry so that the garbage collector releases the font later: 164,000 of them
 * for a 79-page book, a third of the reading time, most of it in the collector. While a page
 * is walked, the registry is swapped for one that registers nothing, and each character's
 * Font is released at once (destroy: one reference dropped, exactly what the finalizer would
 * do). The swap relies on a detail of mupdf.js (the `_finalizer` of its classes); should that
 * change, destroy() still releases each font through the real registry, only more slowly.
 */
function withoutFontFinalizers(mupdf: MuPdf): { restore(): void } {
  const fontClass = mupdf.Font as unknown as { _finalizer?: unknown };
  const saved = fontClass._finalizer;
  fontClass._finalizer = { register: () => undefined, unregister: () => undefined };
  return {
    restore: () => {
      fontClass._finalizer = saved;
    },
  };
}

/**
 * MuPDF keeps each character of a page's text as a full code point, but mupdf.js's walk turns
 * it into a string with String.fromCharCode, which keeps only its low 16 bits: 😀 (U+1F600)
 * would come back as U+F600, and a passage with an emoji or a CJK Extension B ideograph would
 * be reported missing from the PDF. While a page is walked (synchronously, nothing else runs),
 * fromCharCode with a single argument is String.fromCodePoint, which is the same for every
 * character up to U+FFFF; it is put back at once.
 */
function withFullCodePoints(): { restore(): void } {
  const saved = String.fromCharCode;
  String.fromCharCode = (...codes: number[]): string => (codes.length === 1 && codes[0]! > 0xffff && codes[0]! <= 0x10ffff ? String.fromCodePoint(codes[0]!) : saved(...codes));
  return {
    restore: () => {
      String.fromCharCode = saved;
    },
  };
}

/** A line of `chars`, its box the union of theirs. */
export function lineOf(chars: PdfChar[], page: number, order: number): PdfLine {
  return {
    page,
    order,
    chars,
    top: Math.min(...chars.map((ch) => ch.top)),
    bottom: Math.max(...chars.map((ch) => ch.bottom)),
    left: Math.min(...chars.map((ch) => ch.x)),
    right: Math.max(...chars.map((ch) => ch.right)),
  };
}

/**
 * MuPDF sometimes starts a new line for a raised call (its baseline differs). A line made
 * only of small digits whose baseline sits inside another line's height, touching it
 * horizontally, is put back into that line, so the call is judged against its own text.
 */
function mergeDetachedCalls(lines: PdfLine[]): PdfLine[] {
  const kept: PdfLine[] = [];
  const detached = (line: PdfLine): boolean => line.chars.every((ch) => /[\d\s,]/.test(ch.c));
  for (const line of lines) {
    const host = detached(line) ? lines.find((other) => other !== line && !detached(other) && hosts(other, line)) : undefined;
    if (!host) {
      kept.push(line);
      continue;
    }
    host.chars = [...host.chars, ...line.chars].sort((a, b) => a.x - b.x);
    host.left = Math.min(host.left, line.left);
    host.right = Math.max(host.right, line.right);
  }
  return kept;
}

/**
 * MuPDF may split a line of a right-to-left document where the direction changes ("3–7." at
 * the left end of a Hebrew note's line): pieces on one baseline, side by side, are one line,
 * which the reading order then reads whole.
 */
function mergeRunsOfOneLine(lines: PdfLine[]): PdfLine[] {
  const kept: PdfLine[] = [];
  // A line's baseline is its lowest: raised calls sit above it ("۔1,2" after an Urdu sentence).
  const baselineOf = (line: PdfLine): number => Math.max(...line.chars.map((ch) => ch.baseline));
  for (const line of lines) {
    const size = Math.max(...line.chars.map((ch) => ch.size));
    const baseline = baselineOf(line);
    const host = kept.find((other) => Math.abs(baselineOf(other) - baseline) < 0.5 && Math.max(line.left - other.right, other.left - line.right) < size);
    if (!host) {
      kept.push(line);
      continue;
    }
    host.chars = [...host.chars, ...line.chars];
    host.order = Math.min(host.order, line.order);
    host.top = Math.min(host.top, line.top);
    host.bottom = Math.max(host.bottom, line.bottom);
    host.left = Math.min(host.left, line.left);
    host.right = Math.max(host.right, line.right);
  }
  return kept;
}

function hosts(host: PdfLine, small: PdfLine): boolean {
  const smallSize = Math.max(...small.chars.map((ch) => ch.size));
  const hostSize = Math.max(...host.chars.map((ch) => ch.size));
  const baseline = small.chars[0]?.baseline ?? 0;
  const gap = Math.max(small.left - host.right, host.left - small.right);
  return smallSize < hostSize && baseline > host.top && baseline < host.bottom && gap < hostSize;
}
