/**
 * The PDF's text as positioned characters, page by page and line by line, read with MuPDF
 * (WASM, loaded once per process). Coordinates are PDF points with y growing downwards,
 * as MuPDF reports them. Nothing here interprets the text; pdf-edition.ts does.
 */
import { VerifyError } from "../errors.ts";

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

export interface PdfPage {
  number: number;
  height: number;
  lines: PdfLine[];
}

type MuPdf = typeof import("mupdf");
let loading: Promise<MuPdf> | undefined;

/** MuPDF's WASM module takes about 0.1 s to start: once per process, on first use. */
export function loadMupdf(): Promise<MuPdf> {
  loading ??= import("mupdf");
  return loading;
}

export async function readPdfPages(bytes: Uint8Array, file = "edition.pdf"): Promise<PdfPage[]> {
  const mupdf = await loadMupdf();
  let document: InstanceType<MuPdf["Document"]>;
  try {
    document = mupdf.Document.openDocument(bytes, "application/pdf");
  } catch (error) {
    throw new VerifyError(`${file} is not a readable PDF: ${(error as Error).message}`, { code: "pdf-unreadable", location: { file }, cause: error });
  }
  try {
    const pages: PdfPage[] = [];
    for (let index = 0; index < document.countPages(); index++) pages.push(readPage(document, index));
    return pages;
  } finally {
    document.destroy();
  }
}

function readPage(document: InstanceType<MuPdf["Document"]>, index: number): PdfPage {
  const page = document.loadPage(index);
  // Ligatures are expanded (the default); spaces are kept as painted, none are invented.
  const text = page.toStructuredText("preserve-whitespace");
  const lines: PdfLine[] = [];
  let chars: PdfChar[] = [];
  try {
    text.walk({
      beginLine: () => {
        chars = [];
      },
      onChar: (c, origin, _font, size, quad) => {
        const xs = [quad[0], quad[2], quad[4], quad[6]];
        const ys = [quad[1], quad[3], quad[5], quad[7]];
        chars.push({ c, size, x: origin[0], baseline: origin[1], right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) });
      },
      endLine: () => {
        if (chars.some((ch) => ch.c.trim() !== "")) lines.push(lineOf(chars, index + 1, lines.length));
      },
    });
    const bounds = page.getBounds();
    return { number: index + 1, height: bounds[3] - bounds[1], lines: mergeDetachedCalls(lines) };
  } finally {
    text.destroy();
    page.destroy();
  }
}

function lineOf(chars: PdfChar[], page: number, order: number): PdfLine {
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

function hosts(host: PdfLine, small: PdfLine): boolean {
  const smallSize = Math.max(...small.chars.map((ch) => ch.size));
  const hostSize = Math.max(...host.chars.map((ch) => ch.size));
  const baseline = small.chars[0]?.baseline ?? 0;
  const gap = Math.max(small.left - host.right, host.left - small.right);
  return smallSize < hostSize && baseline > host.top && baseline < host.bottom && gap < hostSize;
}
