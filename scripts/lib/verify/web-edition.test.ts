import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { renderSidenoteArticle } from "../markdown/sidenotes.ts";
import { extractWebEdition } from "./web-edition.ts";

const article = parseArticle("---\ntitle: T\nwebNotes: sidenotes\n---\n\nOne[^a] two.[^b]\n\nAgain[^a].\n\n[^a]: First note.\n[^b]: Second note, which calls a third.[^c]\n[^c]: Third.\n", "w.md");
const body = renderSidenoteArticle(article);

describe("reading sidenotes back from the web page", () => {
  it("finds every call and sidenote with its number, text, link and backlinks", () => {
    const edition = extractWebEdition(`<main>${body}</main>`);
    expect(edition.calls.map((call) => [call.number, call.target, call.inNote ?? false])).toEqual([
      [1, 1, false],
      [2, 2, false],
      [3, 3, true],
      [1, 1, false],
    ]);
    expect(edition.notes.map((note) => [note.number, note.text.trim()])).toEqual([
      [1, "First note. ↩︎ ↩︎"],
      [2, "Second note, which calls a third.3 ↩︎"],
      [3, "Third. ↩︎"],
    ]);
    expect(edition.notes.map((note) => note.backlinks?.map((link) => link.reaches))).toEqual([["call", "call"], ["call"], ["call"]]);
    // The notes' words are not counted as body text.
    expect(edition.bodyText).not.toContain("First note");
  });

  it("reads the number a sidenote shows, so a wrong one is seen", () => {
    const edition = extractWebEdition(`<main>${body.replace('<span class="note-number">2.</span>', '<span class="note-number">7.</span>')}</main>`);
    expect(edition.notes.map((note) => note.number)).toEqual([1, 7, 3]);
    expect(edition.calls[1]?.target).toBe(7);
  });
});
