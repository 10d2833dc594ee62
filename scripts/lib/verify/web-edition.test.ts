import { describe, expect, it } from "vitest";
import { extractLinkedWebEdition } from "./web-edition.ts";

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
