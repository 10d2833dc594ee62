/**
 * Cross-references and the table of contents of the PDF, read as a reader checks them:
 *
 * - a link whose words are "figure 4 on page 12" is followed to where it lands; that page must
 *   show the target with the same number (a line opening "Figure 4." or "Table 4.", or a
 *   heading line opening "2.3"; for "note 7", the line it lands on opens with "7."), and its
 *   folio must be the page the words name;
 * - a contents entry ("2.3 Title ... 7", pdf-contents-lines.ts) is followed to where it lands;
 *   the heading there must read as the entry does, and that page's folio must be 7.
 *
 * The folio is read from the page itself (the number in its margin), so a front matter
 * numbered apart is read as printed; a page with none counts by its position.
 */
import { isRaised, lineBase, lineText } from "./pdf-line-metrics.ts";
import type { PdfChar, PdfLine, PdfLinkBox, PdfPage } from "./pdf-lines.ts";
import { findMarginLines } from "./pdf-margins.ts";
import { findContentsEntries } from "./pdf-contents-lines.ts";
import { comparableLetters } from "./passage-check.ts";
import { referencePatterns, type ReferencePatterns } from "./reference-patterns.ts";
import type { TargetKind } from "../crossref/crossref-types.ts";

export interface PdfReference {
  /** "figure 4", lower case. */
  says: string;
  /** The page its words name, as printed. */
  saysPage: string;
  /** 1-based page the link is on. */
  page: number;
  /** Where it lands: the page's number (1-based position), its folio, and whether that page shows the same number. */
  lands: { page: number; folio: string; showsTarget: boolean } | null;
}

export interface PdfContentsEntry {
  text: string;
  printedPage: string;
  lands: { page: number; folio: string; showsHeading: boolean } | null;
}

export interface PdfCrossrefs {
  references: PdfReference[];
  /** "Figure 1.", "Table 1.", in page order. */
  captions: string[];
  contents: PdfContentsEntry[];
}

const folioText = /^\s*(\d+|[ivxlcdm]+)\s*$/i;

/** `lang`: the document's, whose words (reference-patterns.ts) the references and captions are printed in. */
export function readPdfCrossrefs(pages: readonly PdfPage[], lang = "en"): PdfCrossrefs {
  const patterns = referencePatterns(lang);
  const margins = findMarginLines(pages);
  const folios = pages.map((page) => {
    const folio = page.lines.find((line) => margins.has(line) && folioText.test(lineText(line)));
    return folio ? (folioText.exec(lineText(folio))?.[1] as string) : String(page.number);
  });
  const read: PdfCrossrefs = { references: [], captions: [], contents: [] };
  const contentsEntries = findContentsEntries(pages, lang);
  const contentsLinks = new Set(contentsEntries.map((entry) => entry.link));
  for (const page of pages) {
    const chars = page.lines.flatMap((line) => line.chars);
    const links = (page.internalLinks ?? []).filter((link) => !contentsLinks.has(link));
    for (let index = 0; index < links.length; index++) {
      const link = links[index] as PdfLinkBox;
      // A reference broken across two lines is two annotations leading to one place: read on until its words are whole.
      // A note's call leads where a reference to that note does, so only a link opening with a reference's word is read on.
      let text = textIn(chars, link);
      if (!patterns.opening.test(text)) continue;
      while (!patterns.printed.test(text) && sameTarget(links[index + 1], link) && text.length < 60) text = `${text} ${textIn(chars, links[++index] as PdfLinkBox)}`;
      const words = patterns.printed.exec(text.replace(/\s+/g, " "));
      const kind = words ? patterns.kindOf(words[1] as string) : undefined;
      if (!words || !kind) continue;
      const number = words[2] as string;
      const target = link.target ? pages[link.target.pageIndex] : undefined;
      read.references.push({
        says: `${kind} ${number}`,
        saysPage: words[3] as string,
        page: page.number,
        lands: target ? { page: target.number, folio: folios[target.number - 1] ?? "", showsTarget: kind === "note" ? noteAt(target, link.target?.y ?? 0, number) : showsTarget(target, kind, number, margins, patterns) } : null,
      });
    }
    for (const line of [...page.lines].sort((a, b) => a.top - b.top)) {
      const label = patterns.caption.exec(lineText(line).trim());
      const kind = label ? patterns.kindOf(label[1] as string) : undefined;
      if (label && (kind === "figure" || kind === "table") && !margins.has(line)) read.captions.push(patterns.captionLabel(kind, label[2] as string));
    }
  }
  for (const entry of contentsEntries) {
    const target = entry.link.target;
    const page = target ? pages[target.pageIndex] : undefined;
    read.contents.push({
      text: entry.text,
      printedPage: entry.printedPage,
      lands: page && target ? { page: page.number, folio: folios[page.number - 1] ?? "", showsHeading: headingAt(page, target.y, entry.text) } : null,
    });
  }
  return read;
}

function sameTarget(next: PdfLinkBox | undefined, link: PdfLinkBox): boolean {
  return next !== undefined && JSON.stringify(next.target) === JSON.stringify(link.target);
}

/** The target page shows the target: a caption opening "Figure 4." (or "Table 4."), or a line opening with the section's number. */
function showsTarget(page: PdfPage, kind: TargetKind, number: string, margins: ReadonlySet<unknown>, patterns: ReferencePatterns): boolean {
  const section = new RegExp(`^${number.replace(/\./g, "\\.")}\\s+\\p{L}`, "u");
  return page.lines.some((line) => {
    if (margins.has(line)) return false;
    const text = lineText(line).trim();
    if (kind === "section") return section.test(text);
    const caption = patterns.caption.exec(text);
    return caption !== null && caption[2] === number && patterns.kindOf(caption[1] as string) === kind;
  });
}

/** The link lands on the note itself: the first line from that point opens with the note's number ("7."). */
function noteAt(page: PdfPage, y: number, number: string): boolean {
  const first = linesFrom(page, y)[0];
  return first !== undefined && new RegExp(`^${number}\\.\\s*\\S`, "u").test(lineText(first).trim());
}

/** The lines from the point a link lands on, read on, begin with the entry's words. */
function headingAt(page: PdfPage, y: number, text: string): boolean {
  const wanted = comparableLetters(text);
  return comparableLetters(linesFrom(page, y).map(textWithoutCalls).join(" ")).startsWith(wanted);
}

/** A line's text without its raised calls (and their separators): a heading's words, where a note is called within them. */
function textWithoutCalls(line: PdfLine): string {
  const base = lineBase(line);
  return line.chars.filter((ch) => !(/[\d,]/u.test(ch.c) && isRaised(ch, base))).map((ch) => ch.c).join("");
}

/** The page's lines from the point a link lands on, in reading order. */
function linesFrom(page: PdfPage, y: number): PdfLine[] {
  return page.lines.filter((line) => line.bottom >= y).sort((a, b) => a.top - b.top || a.left - b.left);
}

/** The characters whose middle lies inside the box, left to right and line by line, spaces kept. */
function textIn(chars: readonly PdfChar[], box: PdfLinkBox): string {
  return chars
    .filter((ch) => (ch.x + ch.right) / 2 >= box.left && (ch.x + ch.right) / 2 <= box.right && (ch.top + ch.bottom) / 2 >= box.top && (ch.top + ch.bottom) / 2 <= box.bottom)
    .map((ch) => ch.c)
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
