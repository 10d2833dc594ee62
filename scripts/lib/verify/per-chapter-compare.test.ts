import { describe, expect, it } from "vitest";
import { readBookConfig } from "../document/book-config.ts";
import { parseBook } from "../document/book.ts";
import { compareEdition } from "./compare-edition.ts";
import type { ExtractedCall, ExtractedEdition, ExtractedNote, FollowedLink } from "./edition-types.ts";

// Two chapters numbered per chapter: each shows notes 1 and 2.
const yml = "title: B\nnotes: per-chapter\nchapters: [a.md, b.md]\n";
const model = parseBook({
  config: readBookConfig(yml, "/b/book.yml"),
  chapterTexts: ["# A\n\nOne[^1] two[^2].\n\n[^1]: A one.\n[^2]: A two.\n", "# B\n\nOne[^1] two[^2] again[^1].\n\n[^1]: B one.\n[^2]: B two.\n"],
  unlisted: [],
}).notes;

const toNote = (index: number): FollowedLink => ({ href: `x.xhtml#n${index}`, reaches: "note", index });
const call = (number: number, noteIndex: number): ExtractedCall => ({ number, target: number, link: toNote(noteIndex) });
const note = (number: number, text: string): ExtractedNote => ({ number, text });
const notes = [note(1, "A one."), note(2, "A two."), note(1, "B one."), note(2, "B two.")];
const messages = (calls: ExtractedCall[], shown = notes): string[] => compareEdition(model, { kind: "epub", calls, notes: shown } as ExtractedEdition).mismatches.map((m) => m.message);

describe("the read-back of a book numbered per chapter", () => {
  it("accepts the same numbers in several chapters, each call opening its own chapter's note", () => {
    expect(messages([call(1, 0), call(2, 1), call(1, 2), call(2, 3), call(1, 2)])).toEqual([]);
  });

  it("refuses a call that opens the other chapter's note of the same number", () => {
    expect(messages([call(1, 0), call(2, 1), call(1, 0), call(2, 3), call(1, 2)])).toEqual(["note 1 (the book's note 3): EPUB call links to another note 1 (x.xhtml#n0)"]);
  });

  it("refuses continuous numbers where the source restarts them", () => {
    const shown = [note(1, "A one."), note(2, "A two."), note(3, "B one."), note(4, "B two.")];
    expect(messages([call(1, 0), call(2, 1), call(3, 2), call(4, 3), call(3, 2)], shown)).toEqual(["note 1 (the book's note 3): EPUB shows 3", "note 2 (the book's note 4): EPUB shows 4"]);
  });
});
