import { describe, expect, it } from "vitest";
import { pdfLinkMismatches, readPdfNoteLinks, type PdfNoteLink } from "./pdf-links.ts";
import type { ExtractedEdition } from "./edition-types.ts";
import { lineOf, type PdfChar, type PdfLine, type PdfPage } from "./pdf-lines.ts";

function char(c: string, x: number, right: number, top: number, bottom: number): PdfChar {
  return { c, size: 10, x, baseline: bottom - 3, right, top, bottom };
}

const line = (order: number, chars: PdfChar[]): PdfLine => lineOf(chars, 1, order);

describe("readPdfNoteLinks", () => {
  // Positions as MuPDF read them from a Persian paragraph set in Vazirmatn: the call 3 ends the
  // second line at its left edge, and the letters of the line above reach down past the top of
  // the call's box, where the note's number links back to.
  it("reads the number a backlink lands on, not the letters of the line above that reach down to it", () => {
    const lineAbove = line(0, [char("س", 60.3, 68.2, 187.7, 203.4), char("ا", 68.2, 70.5, 187.7, 203.4)]);
    const callLine = line(1, [char("3", 63.3, 66.9, 201.5, 210.8), char(".", 66.9, 69.9, 201.9, 215.6), char("د", 69.9, 75.2, 202.0, 217.6)]);
    const noteLine = line(2, [char("3", 59.5, 62.5, 524, 534), char(".", 62.5, 65.5, 524, 534)]);
    const page: PdfPage = {
      number: 1,
      height: 842,
      lines: [lineAbove, callLine, noteLine],
      internalLinks: [
        { left: 63, top: 201.8, right: 66.8, bottom: 210.8, target: { pageIndex: 0, x: 58.5, y: 523.5 } },
        { left: 59.3, top: 523.5, right: 66, bottom: 534.8, target: { pageIndex: 0, x: 63, y: 201 } },
      ],
    };
    expect(readPdfNoteLinks([page])).toEqual([
      { kind: "call", number: 3, page: 1, target: { page: 1, number: 3 } },
      { kind: "backlink", number: 3, page: 1, target: { page: 1, number: 3 } },
    ]);
  });

  // Positions as MuPDF read them from two calls side by side ("1953.²,³"): the comma between
  // them starts a little above the point the second note's backlink lands on.
  it("keeps the comma between two calls, so that the first call's number is read alone", () => {
    const lineAbove = line(0, [char("r", 329.1, 333.7, 229.6, 243.3), char("a", 333.6, 339, 229.6, 243.3)]);
    const callLine = line(1, [char(".", 328.7, 331.7, 246.9, 260.6), char("2", 332, 335.6, 247.2, 256.5), char(",", 335.6, 338.1, 244.5, 256), char("3", 338.4, 342, 247.2, 256.5)]);
    const noteLine = line(2, [char("2", 59.5, 62.5, 524, 534), char(".", 62.5, 65.5, 524, 534)]);
    const page: PdfPage = {
      number: 1,
      height: 842,
      lines: [lineAbove, callLine, noteLine],
      internalLinks: [{ left: 59.3, top: 523.5, right: 66, bottom: 534.8, target: { pageIndex: 0, x: 331.5, y: 246.8 } }],
    };
    expect(readPdfNoteLinks([page])).toEqual([{ kind: "backlink", number: 2, page: 1, target: { page: 1, number: 2 } }]);
  });

  // A contents whose entry is a year ("1848", on page 2): the entry's link holds digits only.
  it("reads no call in a contents entry whose title is a number", () => {
    const digits = (text: string, left: number, top: number): PdfChar[] => [...text].map((c, i) => char(c, left + i * 5, left + i * 5 + 5, top, top + 10));
    const entry = line(0, digits("1848", 51, 215));
    const pageNumber = line(1, digits("2", 370, 215));
    const heading = lineOf(digits("1848", 42, 80), 2, 0);
    const contents: PdfPage = { number: 1, height: 600, lines: [entry, pageNumber], internalLinks: [{ left: 51, top: 214.5, right: 377.25, bottom: 228, target: { pageIndex: 1, x: 42, y: 79.5 } }] };
    const chapter: PdfPage = { number: 2, height: 600, lines: [heading], internalLinks: [] };
    expect(readPdfNoteLinks([contents, chapter])).toEqual([]);
  });
});

describe("pdfLinkMismatches in a book numbered per chapter", () => {
  // Note 1 of the first chapter on page 1, note 1 of the second on page 3: each call must open its own chapter's.
  const edition = (notePages: number[], callPages: number[] = []): ExtractedEdition => ({
    kind: "pdf",
    calls: callPages.map((page) => ({ number: 1, page })),
    notes: notePages.map((page) => ({ number: 1, text: "x", page })),
  });
  const call = (page: number, targetPage: number): PdfNoteLink => ({ kind: "call", number: 1, page, target: { page: targetPage, number: 1 } });
  // Each note's number links back (to a call on its page: where is no matter here).
  const backlinks = (notePages: number[]): PdfNoteLink[] => notePages.map((page) => ({ kind: "backlink", number: 1, page, target: { page, number: 1 } }));
  const messages = (links: PdfNoteLink[], notePages: number[], placement: "footnotes" | "endnotes" | "book-endnotes" = "footnotes") =>
    pdfLinkMismatches([...links, ...backlinks(notePages)], edition(notePages), placement).map((m) => m.message);

  it("accepts footnote calls that open the note on their page, or the last one before it", () => {
    expect(messages([call(1, 1), call(3, 3), call(4, 3)], [1, 3])).toEqual([]);
  });

  // Chapter 3's note 1, held over to page 5 behind a long note's rest; chapter 2's note 1 is on page 2.
  it("accepts a call that opens its note held over to the next page", () => {
    expect(messages([call(4, 5)], [2, 5])).toEqual([]);
    expect(messages([call(4, 2)], [2, 5])).toEqual(["note 1: PDF call on page 4 links to the note 1 on page 2, not to the one on page 5"]);
  });

  // Chapter 2's note 1 on page 2, called again on page 4; chapter 3 opens page 5 and calls its note 1 there.
  it("takes a repeated call back to its chapter's note when the next chapter's note of that number, on the next page, is called there", () => {
    const links = [call(2, 2), call(4, 2), call(5, 5)];
    const found = pdfLinkMismatches([...links, ...backlinks([2, 5])], edition([2, 5], [2, 4, 5])).map((m) => m.message);
    expect(found).toEqual([]);
  });

  it("refuses a call that opens another chapter's note of the same number", () => {
    expect(messages([call(3, 1)], [1, 3])).toEqual(["note 1: PDF call on page 3 links to the note 1 on page 1, not to the one on page 3"]);
  });

  it("takes an endnote call to the first note of its number after it", () => {
    expect(messages([call(1, 2), call(3, 4)], [2, 4], "endnotes")).toEqual([]);
    expect(messages([call(3, 2)], [2, 4], "endnotes")).toEqual(["note 1: PDF call on page 3 links to the note 1 on page 2, not to the one on page 4"]);
  });
});
