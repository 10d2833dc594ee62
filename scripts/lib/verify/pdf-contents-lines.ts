/**
 * The entries of a printed table of contents, told apart as a reader tells them: a link that
 * holds whole lines, nothing else on them, and ends with a page number (arabic or roman). A
 * PDF's text layer may give an entry as several lines (its title at the left, its page number
 * far right), so an entry is read from its link's box, not from one line. Its numbers are
 * neither note calls nor notes: pdf-edition.ts sets its lines aside as it sets aside running
 * heads, and pdf-cross-references.ts checks them.
 */
import { lineText } from "./pdf-line-metrics.ts";
import type { PdfChar, PdfLine, PdfLinkBox, PdfPage } from "./pdf-lines.ts";
import { referencePatterns } from "./reference-patterns.ts";

const pageNumberAtEnd = /(\d+|[ivxlcdm]+)$/i;

export interface ContentsEntry {
  /** 1-based page the entry is printed on. */
  page: number;
  lines: PdfLine[];
  /** Where the entry's link leads. */
  link: PdfLinkBox;
  /** The entry's text without its page number, spaces as printed. */
  text: string;
  /** The page number as printed. */
  printedPage: string;
}

/** `lang`: the document's; a cross-reference's words in it ("figure 4 on page 12") can fill a link's lines too, and are no contents entry. */
export function findContentsEntries(pages: readonly PdfPage[], lang = "en"): ContentsEntry[] {
  // The edition's reader and the cross-reference reader both ask, of the same pages.
  const known = entriesCache.get(pages);
  if (known) return known;
  const referenceWords = referencePatterns(lang).printedWithoutPage;
  const found: ContentsEntry[] = [];
  for (const page of pages) {
    for (const link of page.internalLinks ?? []) {
      const lines = page.lines.filter((line) => mayReach(line, link) && visible(line).some((ch) => inside(ch, link)));
      if (!lines.length || !lines.every((line) => visible(line).every((ch) => inside(ch, link)))) continue;
      const text = lines
        // Lines side by side are read from where the page's lines start: the left, or the right.
        .sort((a, b) => a.top - b.top || (page.rightToLeft ? b.right - a.right : a.left - b.left))
        .map((line) => lineText(line).trim())
        .join(" ");
      const number = pageNumberAtEnd.exec(text);
      if (!number || number.index === 0 || referenceWords.test(text.slice(0, number.index).trim())) continue;
      found.push({ page: page.number, lines, link, text: text.slice(0, number.index).trim(), printedPage: number[1] as string });
    }
  }
  entriesCache.set(pages, found);
  return found;
}

const entriesCache = new WeakMap<readonly PdfPage[], ContentsEntry[]>();

// A long book has thousands of links and lines: each line's visible characters, and how high
// their middles reach, are worked out once (keyed by the chars array, which a merge replaces).
const visibleCache = new WeakMap<readonly PdfChar[], { chars: PdfChar[]; top: number; bottom: number }>();

function visibleOf(line: PdfLine): { chars: PdfChar[]; top: number; bottom: number } {
  let found = visibleCache.get(line.chars);
  if (!found) {
    const chars = line.chars.filter((ch) => ch.c.trim() !== "");
    const middles = chars.map((ch) => (ch.top + ch.bottom) / 2);
    found = { chars, top: Math.min(...middles), bottom: Math.max(...middles) };
    visibleCache.set(line.chars, found);
  }
  return found;
}

function visible(line: PdfLine): PdfChar[] {
  return visibleOf(line).chars;
}

/** Whether any character's middle of the line is at a height inside the box: else none is inside it. */
function mayReach(line: PdfLine, box: PdfLinkBox): boolean {
  const { top, bottom } = visibleOf(line);
  return bottom >= box.top && top <= box.bottom;
}

function inside(ch: PdfChar, box: PdfLinkBox): boolean {
  const x = (ch.x + ch.right) / 2;
  const y = (ch.top + ch.bottom) / 2;
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}
