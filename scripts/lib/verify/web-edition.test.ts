import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { renderSidenoteArticle } from "../editions/web/sidenotes.ts";
import { extractLinkedWebEdition, extractWebEdition } from "./web-edition.ts";

const contents = `<nav class="book-contents"><ol><li><a href="chapter-01.html">One</a></li><li><a href="chapter-02.html">Two</a></li><li><a href="https://example.org/x.html">elsewhere</a></li></ol></nav>`;
const chapter = (n: number, text: string) =>
  `<p>Text<sup class="note-call"><a href="#fn-${n}" id="fnref-${n}" role="doc-noteref">${n}</a></sup></p><section class="notes" role="doc-endnotes"><ol class="notes-list"><li id="fn-${n}" class="note"><p><span class="note-number">${n}.</span> ${text} <a href="#fnref-${n}" class="note-backlink" role="doc-backlink">↩︎</a></p></li></ol></section>`;

describe("a book's web edition", () => {
  it("is read page after page in the order of its contents, links followed on each page", async () => {
    const pages: Record<string, string> = { "chapter-01.html": chapter(1, "First."), "chapter-02.html": chapter(2, "Second.") };
    const edition = await extractLinkedWebEdition(contents, "index.html", async (name) => pages[name]);
    expect(edition.parts).toBe(3);
    expect(edition.calls.map((call) => [call.number, call.target])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(edition.notes.map((note) => [note.number, note.text.replace("↩︎", "").trim()])).toEqual([
      [1, "First."],
      [2, "Second."],
    ]);
  });

  it("fails when the contents links to a page that is not there", async () => {
    await expect(extractLinkedWebEdition(contents, "index.html", async () => undefined)).rejects.toThrow(/chapter-01\.html, which is not there/);
  });
});
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
