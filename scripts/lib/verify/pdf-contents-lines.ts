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

const pageNumberAtEnd = /(\d+|[ivxlcdm]+)$/i;
/** A cross-reference's words, which a line of their own can show too: no contents entry. */
const referenceWords = /^(?:section|figure|table)\s*\d+(?:\.\d+)*\s*on\s*page$/i;

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

export function findContentsEntries(pages: readonly PdfPage[]): ContentsEntry[] {
  const found: ContentsEntry[] = [];
  for (const page of pages) {
    for (const link of page.internalLinks ?? []) {
      const lines = page.lines.filter((line) => visible(line).some((ch) => inside(ch, link)));
      if (!lines.length || !lines.every((line) => visible(line).every((ch) => inside(ch, link)))) continue;
      const text = lines
        .sort((a, b) => a.top - b.top || a.left - b.left)
        .map((line) => lineText(line).trim())
        .join(" ");
      const number = pageNumberAtEnd.exec(text);
      if (!number || number.index === 0 || referenceWords.test(text.slice(0, number.index).trim())) continue;
      found.push({ page: page.number, lines, link, text: text.slice(0, number.index).trim(), printedPage: number[1] as string });
    }
  }
  return found;
}

function visible(line: PdfLine): PdfChar[] {
  return line.chars.filter((ch) => ch.c.trim() !== "");
}

function inside(ch: PdfChar, box: PdfLinkBox): boolean {
  const x = (ch.x + ch.right) / 2;
  const y = (ch.top + ch.bottom) / 2;
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}
