import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { compareEdition } from "./compare-edition.ts";
import type { ExtractedCall, ExtractedEdition, ExtractedNote, EditionKind } from "./edition-types.ts";

// Calls in reading order: 1, 2, 1, 3 (note 1 is called twice).
const model = parseArticle(
  `---\ntitle: T\n---\nOne.[^a] Two.[^b] Again.[^a]\n\nThree.[^c]\n\n[^a]: Feller, Ben, AP, Oct. 21, 2011\n[^b]: ibid\n[^c]: Dagher, Sam, Wall Street Journal, Maliki Takes Hard Line on American Withdrawal, Oct. 23, 2011\n`,
  "/virtual/t.md",
).notes;
const texts = model.notes.map((note) => note.text);

function edition(kind: EditionKind, calls: ExtractedCall[], notes: ExtractedNote[]): ExtractedEdition {
  return { kind, calls, notes };
}
const call = (number: number | null, extra: Partial<ExtractedCall> = {}): ExtractedCall => ({ number, ...extra });
const note = (number: number | null, text: string, extra: Partial<ExtractedNote> = {}): ExtractedNote => ({ number, text, ...extra });
const messages = (e: ExtractedEdition): string[] => compareEdition(model, e).mismatches.map((m) => m.message);
const goodNotes = (): ExtractedNote[] => texts.map((text, i) => note(i + 1, text));

describe("compareEdition", () => {
  it("accepts an edition that shows what the model says, whitespace and backlinks aside", () => {
    const notes = [note(1, ` ${texts[0]} ↩︎ ↩︎`), note(2, "ibid\n"), note(3, texts[2] ?? "")];
    expect(messages(edition("web", [call(1, { target: 1 }), call(2, { target: 2 }), call(1, { target: 1 }), call(3, { target: 3 })], notes))).toEqual([]);
  });

  it("accepts a PDF note whose lines read as the source only in another order it offers (a table cell by cell), and no other", () => {
    const calls = [call(1, { page: 1 }), call(2, { page: 1 }), call(1, { page: 1 }), call(3, { page: 1 })];
    const shuffled = "Feller, Ben, Oct. 21,\nAP, 2011";
    const withReading = [note(1, shuffled, { page: 1, readings: ["Feller, Ben,\nAP, Oct. 21, 2011"] }), note(2, "ibid", { page: 1 }), note(3, texts[2] ?? "", { page: 1 })];
    expect(messages(edition("pdf", calls, withReading))).toEqual([]);
    const wrongReading = [note(1, shuffled, { page: 1, readings: ["Feller, Ben, AP, 2011"] }), note(2, "ibid", { page: 1 }), note(3, texts[2] ?? "", { page: 1 })];
    expect(messages(edition("pdf", calls, wrongReading)).join("\n")).toMatch(/^note 1: the PDF prints/);
  });

  it("compares a right-to-left document's PDF notes by the characters they hold, and still finds one that lacks a character", () => {
    const calls = [call(1, { page: 1 }), call(2, { page: 1 }), call(1, { page: 1 }), call(3, { page: 1 })];
    const reordered = [note(1, "2011 ,21 .Oct ,AP ,Ben ,Feller", { page: 1 }), note(2, "ibid", { page: 1 }), note(3, texts[2] ?? "", { page: 1 })];
    const compare = (notes: ExtractedNote[], rightToLeft: boolean): string[] => compareEdition(model, edition("pdf", calls, notes), { rightToLeft }).mismatches.map((m) => m.message);
    expect(compare(reordered, true)).toEqual([]);
    expect(compare(reordered, false).join("\n")).toMatch(/^note 1: the PDF prints/);
    const short = [note(1, "2011 ,2 .Oct ,AP ,Ben ,Feller", { page: 1 }), ...reordered.slice(1)];
    expect(compare(short, true).join("\n")).toMatch(/^note 1: the PDF prints/);
  });

  it("names a repeated call that shows another number, and which call it is", () => {
    expect(messages(edition("epub", [call(1), call(2), call(3), call(3)], goodNotes()))).toEqual(["note 1: EPUB 2nd call shows 3"]);
  });

  it("names a missing second call and an extra call", () => {
    expect(messages(edition("web", [call(1), call(2), call(3)], goodNotes()))).toEqual(["note 1: 2nd call missing from the web edition"]);
    expect(messages(edition("web", [call(1), call(2), call(1), call(3), call(9)], goodNotes()))).toEqual(["web edition shows an extra call 9"]);
  });

  it("names a note renumbered consistently once, with its pages", () => {
    const calls = [call(1, { page: 1 }), call(2, { page: 1 }), call(1, { page: 2 }), call(1, { page: 2 })];
    const notes = [note(1, texts[0] ?? "", { page: 1 }), note(2, "ibid", { page: 1 }), note(1, texts[2] ?? "", { page: 2 })];
    expect(messages(edition("pdf", calls, notes))).toEqual(["note 3: PDF shows 1 on page 2"]);
  });

  it("says whether the call or the note shows the wrong number when they disagree", () => {
    const notes = [note(1, texts[0] ?? ""), note(2, "ibid"), note(4, texts[2] ?? "")];
    expect(messages(edition("epub", [call(1), call(2), call(1), call(3)], notes))).toEqual(["note 3: EPUB note shows 4"]);
    expect(messages(edition("epub", [call(1), call(2), call(1), call(null)], goodNotes()))).toEqual(["note 3: EPUB call shows no number"]);
  });

  it("shows where two texts first differ", () => {
    const changed = (texts[2] ?? "").replace("American", "Amercan");
    expect(messages(edition("web", [call(1), call(2), call(1), call(3)], [note(1, texts[0] ?? ""), note(2, "ibid"), note(3, changed)]))).toEqual([
      'note 3: the web edition prints "…Hard Line on Amercan Withdrawal, Oct. 23, 2011" where the source has "…Hard Line on American Withdrawal, Oct. 23, 2011"',
    ]);
  });

  it("names links that open the wrong note or none", () => {
    const calls = [call(1, { target: 1 }), call(2, { target: 3 }), call(1, { target: null }), call(3, { target: 3 })];
    expect(messages(edition("epub", calls, goodNotes()))).toEqual(["note 1: EPUB 2nd call links to no note", "note 2: EPUB call links to note 3"]);
  });

  it("names a call whose link leads nowhere or to something that is not a note, with the href", () => {
    const toNote = (n: number): ExtractedCall["link"] => ({ href: `c.xhtml#fn-${n}`, reaches: "note", number: n });
    const calls = [
      call(1, { target: 1, link: toNote(1) }),
      call(2, { target: null, link: { href: "chapter-03.xhtml#fn-2", reaches: "nothing" } }),
      call(1, { target: null, link: { href: "c.xhtml#intro", reaches: "other" } }),
      call(3, { target: 2, link: toNote(2) }),
    ];
    expect(messages(edition("epub", calls, goodNotes()))).toEqual([
      "note 1: EPUB 2nd call links to no note (c.xhtml#intro)",
      "note 2: EPUB call leads nowhere (chapter-03.xhtml#fn-2)",
      "note 3: EPUB call links to note 2 (c.xhtml#fn-2)",
    ]);
  });

  it("names a broken link even on a call that shows the wrong number", () => {
    const calls = [call(1), call(2), call(1), call(7, { target: null, link: { href: "c.xhtml#fn-7", reaches: "nothing" } })];
    expect(messages(edition("epub", calls, goodNotes()))).toEqual(["note 3: EPUB call shows 7", "note 3: EPUB call leads nowhere (c.xhtml#fn-7)"]);
  });

  it("names every backlink that leads nowhere, to another note's call or to no call", () => {
    const back = (href: string, reaches: "nothing" | "note" | "call" | "other", number?: number) => ({ href, reaches, ...(number === undefined ? {} : { number }) });
    const notes = [
      note(1, texts[0] ?? "", { backlinks: [back("chapter-03.xhtml#fnref-1", "nothing"), back("a.xhtml#fnref-1-2", "call", 1)] }),
      note(2, "ibid", { backlinks: [back("a.xhtml#fnref-3", "call", 3)] }),
      note(3, texts[2] ?? "", { backlinks: [back("a.xhtml#fn-3", "note", 3)] }),
    ];
    expect(messages(edition("epub", [call(1), call(2), call(1), call(3)], notes))).toEqual([
      "note 1: EPUB backlink leads nowhere (chapter-03.xhtml#fnref-1)",
      "note 2: EPUB backlink leads to a call of note 3 (a.xhtml#fnref-3)",
      "note 3: EPUB backlink leads to no call (a.xhtml#fn-3)",
    ]);
  });

  it("takes a backlink to the note's own call as reaching it, even when that call shows a wrong number", () => {
    const calls = [call(1), call(2), call(1), call(8)];
    const notes = [note(1, texts[0] ?? ""), note(2, "ibid"), note(3, texts[2] ?? "", { backlinks: [{ href: "a.xhtml#fnref-3", reaches: "call", number: 8, index: 3 }] })];
    expect(messages(edition("epub", calls, notes))).toEqual(["note 3: EPUB call shows 8"]);
    const toOther = [note(1, texts[0] ?? ""), note(2, "ibid", { backlinks: [{ href: "a.xhtml#fnref-1-2", reaches: "call", number: 1, index: 2 }] }), note(3, texts[2] ?? "")];
    expect(messages(edition("epub", [call(1), call(2), call(1), call(3)], toOther))).toEqual(["note 2: EPUB backlink leads to a call of note 1 (a.xhtml#fnref-1-2)"]);
  });

  it("names notes printed out of order, an extra note and a note placed before its call", () => {
    const notes = [note(2, "ibid"), note(1, texts[0] ?? ""), note(3, texts[2] ?? ""), note(4, "Unknown source")];
    expect(messages(edition("web", [call(1), call(2), call(1), call(3)], notes))).toEqual(["note 1: web edition prints it after note 2", 'web edition shows an extra note 4: "Unknown source"']);
    const early = [note(1, texts[0] ?? "", { page: 1 }), note(2, "ibid", { page: 1 }), note(3, texts[2] ?? "", { page: 1 })];
    const calls = [call(1, { page: 1 }), call(2, { page: 1 }), call(1, { page: 1 }), call(3, { page: 2 })];
    expect(messages(edition("pdf", calls, early))).toEqual(["note 3: PDF places it on page 1, before its call on page 2"]);
  });

  it("accepts a note held over behind an earlier note cut at the foot of its call's page, and only then", () => {
    const calls = [call(1, { page: 1 }), call(2, { page: 1 }), call(1, { page: 2 }), call(3, { page: 2 })];
    // Note 1 runs from page 1 onto page 2; note 2, called on page 1, follows it there.
    const heldOver = [note(1, texts[0] ?? "", { page: 1, lastPage: 2 }), note(2, "ibid", { page: 2 }), note(3, texts[2] ?? "", { page: 2 })];
    expect(messages(edition("pdf", calls, heldOver))).toEqual([]);
    const notCut = [note(1, texts[0] ?? "", { page: 1 }), note(2, "ibid", { page: 2 }), note(3, texts[2] ?? "", { page: 2 })];
    expect(messages(edition("pdf", calls, notCut))).toEqual(["note 2: PDF places it on page 2, after its call on page 1"]);
    // Two pages on, behind a note that fills page 2 and ends on page 3, it is held over too.
    const twoPagesOn = [call(1, { page: 1 }), call(2, { page: 1 }), call(1, { page: 3 }), call(3, { page: 3 })];
    const longer = [note(1, texts[0] ?? "", { page: 1, lastPage: 3 }), note(2, "ibid", { page: 3 }), note(3, texts[2] ?? "", { page: 3 })];
    expect(messages(edition("pdf", twoPagesOn, longer))).toEqual([]);
    // Behind a note that filled the foot of page 2 to its last line, it opens page 3.
    const filledPageTwo = [note(1, texts[0] ?? "", { page: 1, lastPage: 2 }), note(2, "ibid", { page: 3 }), note(3, texts[2] ?? "", { page: 3 })];
    expect(messages(edition("pdf", twoPagesOn, filledPageTwo))).toEqual([]);
    // Not two pages after that note's end.
    const threePagesOn = [call(1, { page: 1 }), call(2, { page: 1 }), call(1, { page: 4 }), call(3, { page: 4 })];
    const endedLongBefore = [note(1, texts[0] ?? "", { page: 1, lastPage: 2 }), note(2, "ibid", { page: 4 }), note(3, texts[2] ?? "", { page: 4 })];
    expect(messages(edition("pdf", threePagesOn, endedLongBefore))).toEqual(["note 2: PDF places it on page 4, after its call on page 1"]);
    // Called on page 2, where the rest of note 1 from page 1 fills the foot: it opens page 3.
    const onPageTwo = [call(1, { page: 1 }), call(2, { page: 2 }), call(1, { page: 3 }), call(3, { page: 3 })];
    expect(messages(edition("pdf", onPageTwo, filledPageTwo))).toEqual([]);
    // Not behind a note that starts and ends on page 2.
    const shortOnTwo = [note(1, texts[0] ?? "", { page: 2 }), note(2, "ibid", { page: 3 }), note(3, texts[2] ?? "", { page: 3 })];
    const calledOnTwo = [call(1, { page: 2 }), call(2, { page: 2 }), call(1, { page: 3 }), call(3, { page: 3 })];
    expect(messages(edition("pdf", calledOnTwo, shortOnTwo))).toEqual(["note 2: PDF places it on page 3, after its call on page 2"]);
  });

  it("reads PDF line ends against the expected text", () => {
    const broken = note(3, "Dagher, Sam, Wall Street Journal, Maliki Takes Hard Line on Ameri-\ncan Withdrawal, Oct. 23,\n2011", { page: 1 });
    const calls = [call(1, { page: 1 }), call(2, { page: 1 }), call(1, { page: 1 }), call(3, { page: 1 })];
    expect(messages(edition("pdf", calls, [note(1, texts[0] ?? "", { page: 1 }), note(2, "ibid", { page: 1 }), broken]))).toEqual([]);
  });
});

describe("compareEdition never reports what a reader cannot tell apart", () => {
  // Hard line breaks (two trailing spaces, a backslash), straight quotes the typographer curls, a hyphen after a digit.
  const source = parseArticle(
    `---\ntitle: T\n---\nA.[^hard] B.[^back] C.[^quotes] D.[^digits]\n\n[^hard]: First line  \n    second line.\n[^back]: First line\\\n    second line.\n[^quotes]: He said "no" and 'yes', it's theirs.\n[^digits]: The 4-color press, 1990-1995.\n`,
    "/virtual/robust.md",
  ).notes;
  const calls = source.calls.map((c) => call(c.number, { target: c.number }));
  const compare = (kind: EditionKind, noteTexts: string[]): string[] =>
    compareEdition(source, edition(kind, calls, noteTexts.map((text, i) => note(i + 1, text)))).mismatches.map((m) => m.message);

  it("a hard line break, read as a new line (PDF) or a break element (web, EPUB)", () => {
    expect(compare("pdf", ["First line\nsecond line.", "First line\nsecond line.", `He said “no” and ‘yes’, it’s theirs.`, "The 4-color press, 1990-1995."])).toEqual([]);
    expect(compare("epub", ["First line second line.", "First line second line.", `He said “no” and ‘yes’, it’s theirs.`, "The 4-color press, 1990-1995."])).toEqual([]);
  });

  it("straight quotes where the source's are curled, and a line broken after a digit's hyphen", () => {
    expect(compare("pdf", ["First line second line.", "First line second line.", `He said "no" and 'yes', it's theirs.`, "The 4-\ncolor press, 1990-\n1995."])).toEqual([]);
    expect(compare("web", ["First line second line.", "First line second line.", `He said "no" and 'yes', it's theirs.`, "The 4-color press, 1990-1995."])).toEqual([]);
  });

  it("but still a changed digit or a missing hyphen", () => {
    const kinds = (kind: EditionKind, noteTexts: string[]) =>
      compareEdition(source, edition(kind, calls, noteTexts.map((text, i) => note(i + 1, text)))).mismatches.map((m) => [m.note, m.kind]);
    const others = ["First line second line.", "First line second line.", `He said "no" and 'yes', it's theirs.`];
    expect(kinds("pdf", [...others, "The 4-\ncolor press, 1990-\n1996."])).toEqual([[4, "text"]]);
    expect(kinds("web", [...others, "The 4color press, 1990-1995."])).toEqual([[4, "text"]]);
  });
});
