import { describe, expect, it } from "vitest";
import { parseArticle } from "../../document/article.ts";
import { RenderError } from "../../errors.ts";
import type { LayoutReport } from "./browser-scripts.ts";
import { assertLayoutSound, blankFootWarnings, emptyNoteAreaWarnings, heldOverBehindLongNote, longestCallRun, notePlacementProblems, scaledFigureWarnings, shortPageLines } from "./layout-checks.ts";

// Three notes, the first cited twice; the calls sit on lines 5, 5 and 7 of the file.
const article = parseArticle(
  "---\ntitle: T\n---\n\nOne.[^a] Two.[^b]\n\nThree.[^c] Again.[^a]\n\n[^a]: A.\n[^b]: B.\n[^c]: C.\n",
  "/virtual/t.md",
);

/** A layout where every note sits on its call's page (page 1 for notes 1-2, page 2 for note 3). */
function soundReport(): LayoutReport {
  return {
    pageCount: 2,
    emptyNoteAreas: [],
    blankFeet: [],
    textPastPagePages: [],
    splitFigures: [],
    scaledFigures: [],
    notesPastPagePages: [],
    pageStarts: [
      { page: 1, start: { tokenIndex: 0, textOffset: 0 } },
      { page: 2, start: { tokenIndex: 3, textOffset: 0 } },
    ],
    calls: [
      { number: 1, id: "fnref-1", page: 1, inNote: false },
      { number: 2, id: "fnref-2", page: 1, inNote: false },
      { number: 3, id: "fnref-3", page: 2, inNote: false },
      { number: 1, id: "fnref-1-2", page: 2, inNote: false },
    ],
    notes: [
      { number: 1, page: 1, continued: false, inNoteArea: true },
      { number: 2, page: 1, continued: false, inNoteArea: true },
      { number: 3, page: 2, continued: false, inNoteArea: true },
    ],
    sourceFound: true,
    textMismatches: [],
    noteTextMismatches: [],
  };
}

describe("layout checks", () => {
  it("accept a layout with every note on its first call's page, a note continued on the next page included", () => {
    const report = soundReport();
    report.notes.push({ number: 3, page: 3, continued: true, inNoteArea: true });
    expect(notePlacementProblems(article, report)).toEqual([]);
    expect(() => assertLayoutSound(article, report)).not.toThrow();
  });

  it("accept a note that follows an earlier note cut at the foot of its call's page onto the next page, and no other move", () => {
    const report = soundReport();
    // Note 1, called on page 1, runs on to page 2; note 2, called on page 1 too, opens page 2's notes after it.
    report.notes[1] = { number: 2, page: 2, continued: false, inNoteArea: true };
    report.notes.push({ number: 1, page: 2, continued: true, inNoteArea: true });
    expect(notePlacementProblems(article, report)).toEqual([]);
    expect(heldOverBehindLongNote(report, 2, 1, 2)).toBe(true);
    // No earlier note goes on to page 2: the move is wrong.
    report.notes.pop();
    expect(notePlacementProblems(article, report).map((problem) => problem.message)).toEqual(["note 2 was moved to page 2, after its call on page 1"]);
  });

  it("accept a note held over behind an earlier note that fills whole pages on the way, and not when one page between lacks it", () => {
    const report = soundReport();
    report.pageCount = 4;
    // Note 1, called on page 1, runs on over pages 2 and 3; note 2, called on page 1, opens page 3's notes after it.
    report.notes[1] = { number: 2, page: 3, continued: false, inNoteArea: true };
    report.notes.push({ number: 1, page: 2, continued: true, inNoteArea: true }, { number: 1, page: 3, continued: true, inNoteArea: true });
    expect(heldOverBehindLongNote(report, 2, 1, 3)).toBe(true);
    expect(notePlacementProblems(article, report)).toEqual([]);
    // Note 1 ends at the foot of page 2, which Paged.js filled to its last line: note 2 opens page 3.
    report.notes.pop();
    expect(heldOverBehindLongNote(report, 2, 1, 3)).toBe(true);
    // Note 1 ends on page 1: nothing held note 2 back from page 2.
    report.notes.pop();
    expect(heldOverBehindLongNote(report, 2, 1, 3)).toBe(false);
    expect(notePlacementProblems(article, report).map((problem) => problem.message)).toEqual(["note 2 was moved to page 3, after its call on page 1"]);
    // Note 1 goes on to page 2 only, and note 2 waits until page 4: page 3 held nothing of note 1.
    report.notes.push({ number: 1, page: 2, continued: true, inNoteArea: true });
    report.pageCount = 5;
    expect(heldOverBehindLongNote(report, 2, 1, 4)).toBe(false);
    // Note 2 called on page 2, where the rest of note 1 (from page 1) fills the foot: it opens page 3.
    expect(heldOverBehindLongNote(report, 2, 2, 3)).toBe(true);
    // Behind a note that starts on page 2 and ends there, nothing held it back.
    const short = { ...soundReport(), notes: [{ number: 1, page: 2, continued: false, inNoteArea: true }, { number: 2, page: 3, continued: false, inNoteArea: true }] };
    expect(heldOverBehindLongNote(short, 2, 2, 3)).toBe(false);
  });

  it("name a page by the folio it prints, and a note by the number it prints, in a book numbered per chapter", () => {
    const report = soundReport();
    report.pageStarts = [
      { page: 1, label: "iii", start: { tokenIndex: 0, textOffset: 0 } },
      { page: 2, label: "1", start: { tokenIndex: 3, textOffset: 0 } },
    ];
    report.emptyNoteAreas = [{ page: 1, lines: 12 }];
    const perChapter = { ...article, notes: { ...article.notes, notes: article.notes.notes.map((note) => (note.number === 3 ? { ...note, printed: 1 } : note)) } };
    report.calls[2] = { number: 3, id: "fnref-3", page: 2, inNote: false };
    expect(emptyNoteAreaWarnings(perChapter, report).map((warning) => [warning.line, warning.message])).toEqual([
      [7, "page iii (page 1 of the PDF file) is left partly empty: note 1, too long for the space left under its call, moved to the next page with the call"],
    ]);
    // The room a note's first line did not fit in, with the call's line gone on: a page short by a few lines, as TeX sets it.
    report.emptyNoteAreas = [{ page: 1, lines: shortPageLines }];
    expect(emptyNoteAreaWarnings(perChapter, report)).toEqual([]);
    report.notes[2] = { number: 3, page: 1, continued: false, inNoteArea: true };
    expect(notePlacementProblems(perChapter, report).map((problem) => problem.message)).toEqual(["note 1 was moved to page iii (page 1 of the PDF file), before its call on page 1 (page 2 of the PDF file)"]);
  });

  it("name the note, its page and its call's page when a note left its call's page", () => {
    const report = soundReport();
    report.notes[2] = { number: 3, page: 3, continued: false, inNoteArea: true };
    expect(() => assertLayoutSound(article, report)).toThrow("note 3 was moved to page 3, after its call on page 2");
    try {
      assertLayoutSound(article, report);
    } catch (error) {
      expect(error).toBeInstanceOf(RenderError);
      expect((error as RenderError).location).toEqual({ file: "/virtual/t.md", line: 7 });
    }
  });

  it("report a lost note, a duplicated note and a note left in the running text", () => {
    const lost = soundReport();
    lost.notes.splice(1, 1);
    expect(notePlacementProblems(article, lost).map((p) => p.message)).toEqual(["note 2 is missing from the layout (its call is on page 1)"]);

    const doubled = soundReport();
    doubled.notes.push({ number: 2, page: 2, continued: false, inNoteArea: true });
    expect(notePlacementProblems(article, doubled).map((p) => p.message)).toEqual(["note 2 is printed 2 times (pages 1, 2)"]);

    const stranded = soundReport();
    stranded.notes[0] = { number: 1, page: 1, continued: false, inNoteArea: false };
    expect(notePlacementProblems(article, stranded)[0]?.message).toMatch(/note 1 was left in the running text on page 1/);
  });

  it("report a missing or extra call, and a note the article does not have", () => {
    const report = soundReport();
    report.calls.pop();
    report.notes.push({ number: 9, page: 2, continued: false, inNoteArea: true });
    const messages = notePlacementProblems(article, report).map((p) => p.message);
    expect(messages).toContain("note 1 has 2 call(s) in the article but 1 in the layout");
    expect(messages).toContain("the layout holds a note 9 the article does not have");
  });

  it("refuse text printed twice or lost at a page break, with the block's source line", () => {
    const report = soundReport();
    report.textMismatches.push({ tokenIndex: 3, expected: 20, printed: 35 });
    expect(() => assertLayoutSound(article, report)).toThrow(/printed partly twice across a page break \(35 visible characters printed, 20 in the source\)/);
    const noteCut = soundReport();
    noteCut.noteTextMismatches.push({ number: 2, expected: 40, printed: 12 });
    expect(() => assertLayoutSound(article, noteCut)).toThrow("note 2 was cut short (12 visible characters printed, 40 in the source)");
  });

  it("refuse a page whose last text went past its edge, where nothing prints it", () => {
    const report = soundReport();
    report.textPastPagePages.push(2);
    expect(() => assertLayoutSound(article, report)).toThrow("the text at the foot of page 2 does not fit beside its notes and would not be printed");
  });

  it("refuse a figure cut from its caption, and warn of one made much smaller, each with its source line", () => {
    const report = soundReport();
    report.splitFigures.push({ tokenIndex: 3, page: 2 });
    expect(() => assertLayoutSound(article, report)).toThrow("print edition: this figure is cut in two at the foot of page 1: part of it is printed on page 2, apart from the rest");
    const scaled = soundReport();
    scaled.scaledFigures.push({ tokenIndex: 3, page: 2, percent: 28 });
    expect(() => assertLayoutSound(article, scaled)).not.toThrow();
    expect(scaledFigureWarnings(article, scaled).map((warning) => [warning.line, warning.message])).toEqual([
      [7, "this figure is printed at 28% of its height on page 2, to fit above the rest of a long note; moving it after more text gives it room"],
    ]);
  });

  it("warn of a page whose text stops more than a quarter of its lines above the foot, naming what opens the next page, and only once", () => {
    const report = soundReport();
    report.blankFeet = [
      { page: 1, lines: 21.4, pageLines: 35.4, next: { tokenIndex: 3, kind: "figure" } },
      // A heading kept with its first lines, a table's caption with its rows: a few lines, no warning.
      { page: 2, lines: 5, pageLines: 35.4, next: { tokenIndex: 3, kind: "block" } },
    ];
    expect(() => assertLayoutSound(article, report)).not.toThrow();
    expect(blankFootWarnings(article, report).map((warning) => [warning.line, warning.message])).toEqual([
      [7, "page 1 is left partly empty (21 of its 35 lines): this figure, too tall for the room left, opens page 2"],
    ]);
    report.blankFeet[1] = { page: 2, lines: 12, pageLines: 35.4, next: null };
    expect(blankFootWarnings(article, report).map((warning) => warning.message)[1]).toBe("page 2 is left partly empty (12 of its 35 lines)");
    // Named already for the note whose call moved on.
    report.emptyNoteAreas = [{ page: 1, lines: 12 }];
    expect(blankFootWarnings(article, report).map((warning) => warning.message)).toEqual(["page 2 is left partly empty (12 of its 35 lines)"]);
  });

  it("refuse a page whose notes run below its text area, into the bottom margin", () => {
    const report = soundReport();
    report.notesPastPagePages.push(1);
    expect(() => assertLayoutSound(article, report)).toThrow("the notes at the foot of page 1 run below the page's text area, into its bottom margin");
  });
});

describe("a run of many calls", () => {
  const calls = Array.from({ length: 14 }, (_, i) => `[^${i + 1}]`).join("");
  const notes = Array.from({ length: 14 }, (_, i) => `[^${i + 1}]: https://example.org/${i + 1}`).join("\n");
  const crowded = parseArticle(`---\ntitle: T\n---\n\nA few words.[^a]\n\nThe sources.${calls}\n\n[^a]: A.\n${notes}\n`, "/virtual/run.md");

  it("is found, with the line of its first call; a short run is not", () => {
    expect(longestCallRun(crowded)).toEqual({ calls: 14, line: 7, file: "/virtual/run.md" });
    expect(longestCallRun(article)).toBeUndefined();
  });

  it("is named with what to do when its notes are printed twice or left in the text, in place of the first symptom", () => {
    const report = soundReport();
    report.notes = [{ number: 2, page: 1, continued: false, inNoteArea: true }, { number: 2, page: 2, continued: false, inNoteArea: true }];
    try {
      assertLayoutSound(crowded, report);
      expect.unreachable();
    } catch (error) {
      expect((error as RenderError).message).toMatch(/^print edition: a run of 14 calls here calls more notes than the foot of a page can hold.*`notePlacement: endnotes`/);
      expect((error as RenderError).location).toEqual({ file: "/virtual/run.md", line: 7 });
    }
  });
});
