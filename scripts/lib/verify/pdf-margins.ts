/**
 * Running heads and page numbers: the lines printed in a page's top and bottom margins.
 * They contain digits (page numbers, years in a title) that are neither calls nor notes.
 *
 * A margin line sits at the very top or bottom of its page, set apart from the text block by
 * a gap at least as tall as itself, and repeats on another page at the same height, word for
 * word or with numbers that change as the page number does (a running head or foot,
 * "Title · 3", "Title · 4"; a page number), or is only a number that follows the page
 * numbering (a page number printed on one page only). At the top, a line that repeats nowhere is
 * a head when it is set smaller than the text, or about its size and centred where the page
 * numbers are (a short document whose pages are mostly notes). A line whose number is a link
 * (a note's number, leading back to its call) is never a margin line.
 *
 * Note areas sit at the foot of the text block, so the last note of two pages can share a
 * height and a shape ("2. ibid" on page 1, "11. ibid" on page 4); their numbers do not follow
 * the page numbers, which keeps them out of the margin.
 */
import { lineBase, lineText, mostCommon } from "./pdf-line-metrics.ts";
import type { PdfChar, PdfLine, PdfPage } from "./pdf-lines.ts";
import { startsWithLink } from "./pdf-notes.ts";

// One number, or one of a count ("3 / 12"): a numbered heading ("1 1811") is two numbers, and text.
const folio = /^[\s\-–—|·.]*\d+[\s\-–—|·.]*(?:\/[\s]*\d+[\s\-–—|·.]*)?$/;
/** Lines within this distance (points) count as "at the same height" on different pages. */
const samePlace = 2;
/** Below this fraction of the text's size, a line is set smaller than the text. */
const smallerThanText = 0.95;

export function findMarginLines(pages: readonly PdfPage[]): Set<PdfLine> {
  // The edition's reader and the cross-reference reader both ask, of the same pages.
  const known = marginsCache.get(pages);
  if (known) return known;
  // Lines by their words (numbers as #) and their height on the page, in bands of `samePlace`:
  // a line is compared with the few at its height only, never with every line of a long book.
  const placesByTemplate = new Map<string, Map<number, PdfLine[]>>();
  for (const page of pages) {
    for (const line of page.lines) {
      const key = template(line);
      let byBand = placesByTemplate.get(key);
      if (!byBand) placesByTemplate.set(key, (byBand = new Map()));
      const band = Math.floor(line.top / samePlace);
      const lines = byBand.get(band);
      if (lines) lines.push(line);
      else byBand.set(band, [line]);
    }
  }
  const recurrence = new Map<PdfLine, boolean>();
  const recurs = (line: PdfLine): boolean => {
    const known = recurrence.get(line);
    if (known !== undefined) return known;
    const byBand = placesByTemplate.get(template(line));
    const band = Math.floor(line.top / samePlace);
    const found = [band - 1, band, band + 1].some((near) =>
      (byBand?.get(near) ?? []).some((other) => other.page !== line.page && Math.abs(other.top - line.top) < samePlace && numbersFollowPages(line, other)),
    );
    recurrence.set(line, found);
    return found;
  };
  // A page number printed on one page only (the others left blank) still follows the pages;
  // a call stranded alone at the top of a page does not.
  // A book's front matter is numbered in roman figures, at the height its arabic folios stand
  // at: a lone number there is a folio too (a book of one short chapter has one arabic folio).
  const romanTops = romanFolioTops(pages);
  const offsets = new Set([0]);
  for (const page of pages) {
    for (const line of page.lines) {
      const number = folioNumber(line);
      if (number !== undefined && (recurs(line) || romanTops.some((top) => Math.abs(top - line.top) < samePlace))) offsets.add(number - line.page);
    }
  }
  // A number that is a link is a note's, leading back to its call: page numbers lead nowhere.
  // An empty note numbered as its page ("1." alone at the foot of page 1) looks like a folio otherwise.
  const linksOf = new Map(pages.map((page) => [page.number, page.internalLinks ?? []]));
  const looksLikeMargin = (line: PdfLine): boolean => {
    if (startsWithLink(line, linksOf.get(line.page) ?? [])) return false;
    const number = folioNumber(line);
    return recurs(line) || (number !== undefined && offsets.has(number - line.page));
  };

  // A running head that changes from page to page (the author on the left, the title on the
  // right) repeats nowhere in a short document: at the top, a line set apart and smaller than
  // the text is one too. Not at the foot, where a one-line note area looks the same.
  const sizes: number[] = [];
  for (const page of pages) for (const line of page.lines) for (const ch of line.chars) if (ch.c.trim() !== "") sizes.push(ch.size);
  const textSize = mostCommon(sizes) ?? 0;
  // A line set larger than the text is a title, never a head: chapters titled "Chapter 1",
  // "Chapter 2" open pages 1 and 2 at the same height, their numbers keeping pace with the folios.
  const largerThanText = (line: PdfLine): boolean => lineBase(line).size > textSize / smallerThanText;
  const margins = new Set<PdfLine>();
  const sorted = pages.map((page) => [...page.lines].sort((a, b) => a.top - b.top));
  // The foot first: its page numbers show where the heads, centred in the same margin boxes, stand.
  // They show how high the foot margin reaches, too: above it, a line that recurs with numbers
  // that follow the pages is text ("Figure 2. Chart 2" under a picture that fills page 3, after
  // "Figure 1. Chart 1" at the same height on page 2), not a running foot.
  const folioTops = sorted.flatMap((lines) => {
    const last = lines.at(-1);
    return last && folioNumber(last) !== undefined && looksLikeMargin(last) ? [last.top] : [];
  });
  const footTop = folioTops.length ? Math.min(...folioTops) : -Infinity;
  const inFootMargin = (line: PdfLine): boolean => line.top >= footTop - (line.bottom - line.top) - samePlace;
  sorted.forEach((lines) => {
    for (let i = lines.length - 1; i > 0; i--) {
      const line = lines[i] as PdfLine;
      const above = lines[i - 1] as PdfLine;
      if (!looksLikeMargin(line) || !inFootMargin(line) || line.top - above.bottom < line.bottom - line.top) break;
      margins.add(line);
    }
  });
  const centres = marginCentres(margins);

  // A call a page break left alone at the top of a page is digits only: it stays text.
  // Where notes fill most pages (endnotes after a short text), the text's size is the notes' and
  // a head set about as small reads as one of them: it still stands where the page numbers do,
  // centred in the margin, as no line of text does, and is no larger than the text (a title is).
  // Heads that repeat show how deep the top margin is: below it, a line set apart from the head
  // above (a caption under a picture at the top of a page) is text, however small.
  // Below a page's first line, a line is a head only as high as the first lines that are heads:
  // a caption under a head, recurring on the next page with its numbers, is text.
  let firstHeadsBottom = -Infinity;
  for (const lines of sorted) {
    const [first, next] = lines;
    if (first && next && looksLikeMargin(first) && !largerThanText(first) && next.top - first.bottom >= first.bottom - first.top) firstHeadsBottom = Math.max(firstHeadsBottom, first.bottom);
  }
  const inHeadMargin = (line: PdfLine, index: number): boolean => index === 0 || line.top <= firstHeadsBottom + samePlace;
  let headsBottom = -Infinity;
  for (const lines of sorted) {
    for (let i = 0; i < lines.length - 1; i++) {
      const line = lines[i] as PdfLine;
      if (!looksLikeMargin(line) || largerThanText(line) || !inHeadMargin(line, i) || (lines[i + 1] as PdfLine).top - line.bottom < line.bottom - line.top) break;
      headsBottom = Math.max(headsBottom, line.bottom);
    }
  }
  // With no head repeated to show the margin's depth, only a page's first line can be its head:
  // a caption alone on a page under its head (a figure moved to the last page) is text.
  const inTopMargin = (line: PdfLine, index: number): boolean => (headsBottom === -Infinity ? index === 0 : line.top <= headsBottom + samePlace);
  const looksLikeHead = (line: PdfLine, index: number): boolean =>
    (looksLikeMargin(line) && inHeadMargin(line, index) && !largerThanText(line)) ||
    (!/^[\d\s,]+$/.test(lineText(line)) &&
      inTopMargin(line, index) &&
      (lineBase(line).size < smallerThanText * textSize || (lineBase(line).size <= textSize / smallerThanText && centredAsFolios(line, centres))));
  sorted.forEach((lines) => {
    for (let i = 0; i < lines.length - 1; i++) {
      const line = lines[i] as PdfLine;
      const below = lines[i + 1] as PdfLine;
      if (!looksLikeHead(line, i) || below.top - line.bottom < line.bottom - line.top) break;
      margins.add(line);
    }
  });
  marginsCache.set(pages, margins);
  return margins;
}

const marginsCache = new WeakMap<readonly PdfPage[], Set<PdfLine>>();

/** A head's middle and its page number's may differ by this much (points): glyph boxes, not the margin box. */
const centreTolerance = 3;

/** The middles of the page numbers found, by the side of the spread (odd pages, even pages), whose margins differ. */
function marginCentres(margins: Set<PdfLine>): Map<number, Set<number>> {
  const centres = new Map<number, Set<number>>([
    [0, new Set()],
    [1, new Set()],
  ]);
  for (const line of margins) if (folioNumber(line) !== undefined) centres.get(line.page % 2)?.add((line.left + line.right) / 2);
  return centres;
}

/** A line whose middle is that of the page numbers printed on its side of the spread. */
function centredAsFolios(line: PdfLine, centres: Map<number, Set<number>>): boolean {
  const middle = (line.left + line.right) / 2;
  for (const centre of centres.get(line.page % 2) ?? []) if (Math.abs(centre - middle) <= centreTolerance) return true;
  return false;
}

const romanFigures: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** The value of a line that is a roman numeral alone ("iii"), or undefined. */
function romanNumber(line: PdfLine): number | undefined {
  const text = lineText(line).trim().toLowerCase();
  if (!/^[ivxlcdm]{1,8}$/.test(text)) return undefined;
  const values = [...text].map((figure) => romanFigures[figure] ?? 0);
  return values.reduce((sum, value, index) => sum + ((values[index + 1] ?? 0) > value ? -value : value), 0);
}

/** The heights of roman folios: roman numerals alone that follow the page numbering on two pages at one height. */
function romanFolioTops(pages: readonly PdfPage[]): number[] {
  const romans = pages.flatMap((page) => page.lines.flatMap((line) => {
    const value = romanNumber(line);
    return value === undefined ? [] : [{ line, value }];
  }));
  return romans
    .filter(({ line, value }) => romans.some((other) => other.line.page !== line.page && Math.abs(other.line.top - line.top) < samePlace && other.value - other.line.page === value - line.page))
    .map(({ line }) => line.top);
}

/** The number of a line that is only a page number (`7`, `- 7 -`); undefined otherwise. */
function folioNumber(line: PdfLine): number | undefined {
  const text = lineText(line);
  const digits = /\d+/.exec(text)?.[0];
  return folio.test(text) && digits !== undefined ? Number(digits) : undefined;
}

/** Same text, or numbers that differ between the two lines exactly as their page numbers do. */
function numbersFollowPages(a: PdfLine, b: PdfLine): boolean {
  const [x, y] = [numbersOf(a), numbersOf(b)];
  return x.every((value, i) => value - a.page === (y[i] ?? Number.NaN) - b.page || value === y[i]);
}

// Keyed by the chars array, as lineText is: a line whose characters are replaced is read again.
const numbersCache = new WeakMap<readonly PdfChar[], number[]>();
const templateCache = new WeakMap<readonly PdfChar[], string>();

function numbersOf(line: PdfLine): number[] {
  let numbers = numbersCache.get(line.chars);
  if (!numbers) numbersCache.set(line.chars, (numbers = (lineText(line).match(/\d+/g) ?? []).map(Number)));
  return numbers;
}

/** The line's words with every number replaced, so "Page 3" and "Page 4" match. */
function template(line: PdfLine): string {
  let words = templateCache.get(line.chars);
  if (words === undefined) templateCache.set(line.chars, (words = lineText(line).replace(/\d+/g, "#").replace(/\s+/g, " ").trim()));
  return words;
}
