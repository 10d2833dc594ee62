import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { contentsEntries } from "../crossref/contents.ts";
import { notesAtEndOfWork, withNotesOfWork } from "./notes-of-work.ts";

const article = (placement: string, notes = "Text.[^a]\n\n[^a]: A note.\n"): ReturnType<typeof parseArticle> =>
  parseArticle(`---\ntitle: T\ntoc: true\nnotePlacement: ${placement}\n---\n\n# One\n\n${notes}\n# Two\n\nMore.\n`, "/virtual/work-notes.md");

describe("the notes gathered at the end of the work", () => {
  it("are listed last in the printed contents of an article with endnotes", () => {
    const endnotes = article("endnotes");
    expect(notesAtEndOfWork(endnotes)).toBe(true);
    const entries = withNotesOfWork(contentsEntries(endnotes.env.crossrefs?.sections ?? [], 2), endnotes);
    expect(entries.map((entry) => [entry.section.id, entry.section.text])).toEqual([
      ["one", "One"],
      ["two", "Two"],
      ["notes-heading", "Notes"],
    ]);
  });

  it("are no entry with footnotes, or with no note at all", () => {
    for (const each of [article("footnotes"), article("endnotes", "No note here.\n")]) {
      expect(notesAtEndOfWork(each)).toBe(false);
      const entries = contentsEntries(each.env.crossrefs?.sections ?? [], 2);
      expect(withNotesOfWork(entries, each)).toBe(entries);
    }
  });
});
