import { describe, expect, it } from "vitest";
import { parseArticle } from "./article.ts";
import { ContentError } from "../errors.ts";
import { renderArticle, renderHeaderCalls } from "../engine/render.ts";
import { webNoteRenderer } from "../editions/web/web-notes.ts";
import { renderPrintBody } from "../editions/print/print-edition.ts";
import { sourcePassages } from "../verify/source-passages.ts";

const source = [
  "---", // 1
  "title: A Title[^t]", // 2
  "author:", // 3
  "  - Jane Doe^[University of Somewhere, see [^inner].]", // 4 (calls take the line of their field, 3)
  "  - John Roe", // 5
  "---", // 6
  "", // 7
  "Body text.[^b] The title note again.[^t]", // 8
  "", // 9
  "[^t]: On the title.", // 10
  "[^b]: Body note.", // 11
  "[^inner]: Inside the author note.", // 12
  "",
].join("\n");

const refusal = (text: string): string => {
  try {
    parseArticle(text, "h.md");
  } catch (error) {
    if (error instanceof ContentError) return error.toLine();
    throw error;
  }
  throw new Error("the article was accepted");
};

describe("note calls on the title block", () => {
  const article = parseArticle(source, "h.md");

  it("numbers them first, in reading order (title, then authors), notes they call right after them", () => {
    expect(article.notes.notes.map((note) => [note.label ?? "inline", note.number, note.text])).toEqual([
      ["t", 1, "On the title."],
      ["inline", 2, "University of Somewhere, see 3."],
      ["inner", 3, "Inside the author note."],
      ["b", 4, "Body note."],
    ]);
    expect(article.notes.calls.map((call) => [call.number, call.occurrence, call.line])).toEqual([
      [1, 0, 2],
      [2, 0, 3],
      [3, 0, 3],
      [4, 0, 8],
      [1, 1, 8],
    ]);
    // The inline note's line is that of its field; the others' that of their definitions.
    expect(article.notes.notes.map((note) => note.line)).toEqual([10, 3, 12, 11]);
  });

  it("keeps the title and names plain, and the text's lines and passages as written", () => {
    expect(article.meta.title).toBe("A Title");
    expect(article.meta.authors).toEqual(["Jane Doe", "John Roe"]);
    expect(sourcePassages(article)).toEqual([{ line: 8, text: "Body text. The title note again." }]);
    expect(article.headerCalls?.title).toHaveLength(1);
    expect(article.headerCalls?.authors.map((calls) => calls.length)).toEqual([1]);
  });

  it("prints the calls with the edition's renderer, and the web page's notes in their order", () => {
    const header = renderHeaderCalls(article, webNoteRenderer);
    expect(header?.title).toContain('href="#fn-1" id="fnref-1"');
    expect(header?.authors[0]).toContain('href="#fn-2" id="fnref-2"');
    const html = renderArticle(article, webNoteRenderer);
    expect(html.trimStart().startsWith("<p>Body text.")).toBe(true);
    expect([...html.matchAll(/<li id="fn-(\d+)"/g)].map((match) => match[1])).toEqual(["1", "2", "3", "4"]);
  });

  it("places each note with its first call on the print title block, and only there", () => {
    const print = renderPrintBody(article);
    expect(print.headerCalls?.title).toMatch(/data-note-call="1".*<span class="footnote"[^>]*data-note-number="1"/s);
    expect(print.headerCalls?.authors[0]).toMatch(/data-note-number="2".*data-note-number="3"/s);
    expect(print.html).not.toMatch(/data-note-number="[123]"/);
    expect(print.html).toMatch(/data-note-number="4"/);
  });

  it("reports a call with no definition at the line of its field", () => {
    expect(refusal("---\ntitle: T\nauthor: Jane Doe[^nowhere]\n---\n\nText.\n")).toBe("h.md:3: footnote [^nowhere] is called but never defined");
  });
});
