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
      'note 3: web edition text differs: "…Hard Line on Amercan Withdrawal, Oct. 23, 2011" vs "…Hard Line on American Withdrawal, Oct. 23, 2011"',
    ]);
  });

  it("names links that open the wrong note or none", () => {
    const calls = [call(1, { target: 1 }), call(2, { target: 3 }), call(1, { target: null }), call(3, { target: 3 })];
    expect(messages(edition("epub", calls, goodNotes()))).toEqual(["note 1: EPUB 2nd call links to no note", "note 2: EPUB call links to note 3"]);
  });

  it("names notes printed out of order, an extra note and a note placed before its call", () => {
    const notes = [note(2, "ibid"), note(1, texts[0] ?? ""), note(3, texts[2] ?? ""), note(4, "Unknown source")];
    expect(messages(edition("web", [call(1), call(2), call(1), call(3)], notes))).toEqual(["note 1: web edition prints it after note 2", 'web edition shows an extra note 4: "Unknown source"']);
    const early = [note(1, texts[0] ?? "", { page: 1 }), note(2, "ibid", { page: 1 }), note(3, texts[2] ?? "", { page: 1 })];
    const calls = [call(1, { page: 1 }), call(2, { page: 1 }), call(1, { page: 1 }), call(3, { page: 2 })];
    expect(messages(edition("pdf", calls, early))).toEqual(["note 3: PDF places it on page 1, before its call on page 2"]);
  });

  it("reads PDF line ends against the expected text", () => {
    const broken = note(3, "Dagher, Sam, Wall Street Journal, Maliki Takes Hard Line on Ameri-\ncan Withdrawal, Oct. 23,\n2011", { page: 1 });
    const calls = [call(1, { page: 1 }), call(2, { page: 1 }), call(1, { page: 1 }), call(3, { page: 1 })];
    expect(messages(edition("pdf", calls, [note(1, texts[0] ?? "", { page: 1 }), note(2, "ibid", { page: 1 }), broken]))).toEqual([]);
  });
});
