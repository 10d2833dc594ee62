import { describe, expect, it } from "vitest";
import { lineText } from "./pdf-line-metrics.ts";
import type { PdfLine, PdfPage } from "./pdf-lines.ts";
import { findMarginLines } from "./pdf-margins.ts";

/** A line of `text` in `size` points at `top`, each character 4 points wide, from `left`. */
function line(page: number, text: string, left: number, top: number, size: number): PdfLine {
  const chars = [...text].map((c, i) => ({ c, size, x: left + i * 4, right: left + i * 4 + 4, baseline: top + size * 0.8, top, bottom: top + size }));
  return { page, order: top, chars, top, bottom: top + size, left, right: left + text.length * 4 };
}

/** A line `text` centred on `centre`. */
const centred = (page: number, text: string, centre: number, top: number, size: number): PdfLine => line(page, text, centre - text.length * 2, top, size);

/** Lines of note text from `top` down, 12 points apart, starting at the text's left edge. */
function noteLines(page: number, top: number, count: number): PdfLine[] {
  return Array.from({ length: count }, (_, i) => line(page, `note words on line ${i} of the page, set ragged at the right`, 60, top + i * 12, 8.8));
}

describe("the margins of a short document whose pages are mostly notes", () => {
  // Odd pages centre their furniture on 200, even pages on 190 (their inner margins differ).
  const pages: PdfPage[] = [
    { number: 1, height: 600, lines: [line(1, "A title set large", 60, 60, 20), line(1, "Body text of the first page.", 60, 100, 11), ...noteLines(1, 140, 20), centred(1, "1", 200, 570, 8.5)] },
    { number: 2, height: 600, lines: [centred(2, "The Author", 190, 30, 8.5), ...noteLines(2, 60, 35), centred(2, "2", 190, 570, 8.5)] },
    { number: 3, height: 600, lines: [centred(3, "The Title", 200, 30, 8.5), line(3, "4.", 60, 60, 8.8), line(3, "5. a note after a picture", 60, 200, 8.8), centred(3, "3", 200, 570, 8.5)] },
  ];
  const margins = [...findMarginLines(pages)].map(lineText);

  it("take a head set about the notes' size, printed on one page only, for a head: it stands where the page numbers do", () => {
    expect(margins).toEqual(expect.arrayContaining(["The Author", "The Title", "1", "2", "3"]));
  });

  it("leave the text's first lines alone, even a note's number set apart by a picture under it", () => {
    expect(margins).not.toContain("4.");
    expect(margins).not.toContain("A title set large");
    expect(margins.some((text) => text.startsWith("note words"))).toBe(false);
  });

  it("leave a short line at the top that stands off the page numbers' middle", () => {
    const shifted: PdfPage[] = pages.map((page) => (page.number === 2 ? { ...page, lines: page.lines.map((l) => (lineText(l) === "The Author" ? centred(2, "The Author", 150, 30, 8.5) : l)) } : page));
    expect([...findMarginLines(shifted)].map(lineText)).not.toContain("The Author");
  });
});

describe("an empty note at the foot of a page, numbered as the page", () => {
  // "1." alone above the page number "1": a note with no text (pandoc's `^[]`), whose number is a link back to its call.
  const noteNumber = line(1, "1.", 60, 523, 8);
  const page: PdfPage = { number: 1, height: 600, lines: [line(1, "Body text with a call. 1", 60, 150, 10), line(1, "A list item in the text", 60, 170, 10), noteNumber, centred(1, "1", 200, 559, 8)] };

  it("is a note when its number is a link, and the page number alone is the margin", () => {
    const links = [{ left: 58, right: 70, top: 521, bottom: 533, target: { pageIndex: 0, x: 300, y: 150 } }];
    expect([...findMarginLines([{ ...page, internalLinks: links }])].map(lineText)).toEqual(["1"]);
  });

  it("is a note without the link too, standing above the page number's margin", () => {
    expect([...findMarginLines([page])].map(lineText)).toEqual(["1"]);
  });
});

describe("the folio of a book whose only chapter has one page", () => {
  // Front matter numbered i to iii, then the chapter's page 1, all at one height.
  const pages: PdfPage[] = [
    { number: 1, height: 600, lines: [line(1, "A Book", 60, 80, 20), centred(1, "i", 200, 570, 8.5)] },
    { number: 2, height: 600, lines: [line(2, "Copyright", 60, 250, 11), centred(2, "ii", 190, 570, 8.5)] },
    { number: 3, height: 600, lines: [line(3, "Contents", 60, 100, 14), line(3, "One", 60, 140, 11), line(3, "1", 370, 140, 11), centred(3, "iii", 200, 570, 8.5)] },
    { number: 4, height: 600, lines: [line(4, "1 One", 60, 100, 14), line(4, "See section 1.1 on page 1.", 60, 140, 11), centred(4, "1", 190, 570, 8.5)] },
  ];

  it("takes the lone arabic number standing where the roman folios stand for its page's folio", () => {
    const margins = findMarginLines(pages);
    expect(pages[3]?.lines.filter((l) => margins.has(l)).map(lineText)).toEqual(["1"]);
    expect(pages[2]?.lines.filter((l) => margins.has(l) && lineText(l) === "1")).toEqual([]);
  });
});

describe("a figure moved alone to the last page of a short article", () => {
  // Page 1 carries the title and no head; page 2 its head, the caption of the figure drawn
  // under it (a picture, no text) and its page number: no head repeats to show the margin's depth.
  const pages: PdfPage[] = [
    { number: 1, height: 595, lines: [line(1, "Min m2", 60, 60, 20), line(1, "Body text of the only page of text, set in the text's size,", 42, 120, 10), line(1, "and more of it on a second line of the same paragraph.", 42, 134, 10), centred(1, "1", 214, 559, 8)] },
    { number: 2, height: 595, lines: [centred(2, "Min m2", 205, 27, 8), line(2, "Figure 1. Plan of the inner harbour", 42, 411, 9), centred(2, "2", 205, 559, 8)] },
  ];

  it("keeps the caption, set smaller than the text, as text: only a page's first line can be its head", () => {
    expect([...findMarginLines(pages)].map(lineText).sort()).toEqual(["1", "2", "Min m2"]);
  });
});

describe("a chapter titled with a year, numbered, at the top of its opening page", () => {
  // Page 5 opens chapter "1 1811" (no head there) with folio 1; pages 6 and 7 carry heads and folios 2 and 3.
  const body = (page: number, top: number): PdfLine => line(page, "Body text of the chapter, a full line of it.", 60, top, 11);
  const pages: PdfPage[] = [
    { number: 5, height: 600, lines: [line(5, "1 1811", 60, 98, 14.5), body(5, 130), body(5, 144), centred(5, "1", 200, 559, 8.5)] },
    { number: 6, height: 600, lines: [centred(6, "Three Storms", 190, 27, 8.5), body(6, 60), body(6, 74), centred(6, "2", 190, 559, 8.5)] },
    { number: 7, height: 600, lines: [centred(7, "1 1811", 200, 27, 8.5), body(7, 60), body(7, 74), centred(7, "3", 200, 559, 8.5)] },
  ];
  const margins = [...findMarginLines(pages)];

  it("reads the title as text, not as a page number: its first number is the folio's, but a line of two numbers is none", () => {
    expect(margins.filter((found) => found.page === 5).map(lineText)).toEqual(["1"]);
  });
});

describe("figures alone on pages that follow each other, each with its caption at the same height", () => {
  // "Figure 1. Chart 1" on page 2, "Figure 2. Chart 2" on page 3: the same words, at the same
  // height, with numbers that follow the pages, like a running foot ("Title · 3") but mid-page.
  const page = (number: number): PdfPage => ({
    number,
    height: 600,
    lines: [centred(number, "The Author", 200, 30, 8.5), line(number, `Figure ${number - 1}. Chart ${number - 1}`, 60, 300, 9.5), centred(number, String(number), 200, 570, 8.5)],
  });
  const first: PdfPage = { number: 1, height: 600, lines: [line(1, "A title set large", 60, 60, 20), line(1, "Body text of the first page, long enough to be the text.", 60, 100, 11), centred(1, "1", 200, 570, 8.5)] };
  const margins = [...findMarginLines([first, page(2), page(3)])].map(lineText);

  it("keeps the captions as text: a running foot stands no higher than the page numbers", () => {
    expect(margins).toEqual(expect.arrayContaining(["1", "2", "3", "The Author"]));
    expect(margins.some((text) => text.startsWith("Figure"))).toBe(false);
  });
});

describe("chapter titles that keep pace with the page numbers", () => {
  // "Chapter 1" opens page 1 and "Chapter 2" page 2, at the same height: the same words, and
  // numbers that follow the folios, as a running head's would. They are set large: titles.
  const pages: PdfPage[] = [1, 2, 3].map((number) => ({
    number,
    height: 600,
    lines: [
      ...(number < 3 ? [line(number, `Chapter ${number}`, 60, 60, 20)] : [centred(number, "The Book", 200, 30, 8.5)]),
      line(number, "Body text of the chapter, a line of ordinary words.", 60, 100, 11),
      line(number, "More body text of the chapter, a second line.", 60, 114, 11),
      centred(number, String(number), 200, 570, 8.5),
    ],
  }));

  it("are text, not running heads; the folios and a head set small still are margins", () => {
    const margins = [...findMarginLines(pages)].map(lineText);
    expect(margins).not.toContain("Chapter 1");
    expect(margins).not.toContain("Chapter 2");
    expect(margins).toEqual(expect.arrayContaining(["1", "2", "3", "The Book"]));
  });
});
