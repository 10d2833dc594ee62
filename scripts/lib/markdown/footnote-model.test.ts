import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { ContentError } from "../errors.ts";
import { metaOf } from "./markdown-types.ts";

const titled = (body: string): string => `---\ntitle: T\n---\n${body}`;

describe("footnote model", () => {
  it("numbers notes by first reference, not by label", () => {
    const article = parseArticle(titled("Text[^b] more[^a] again[^b].\n\n[^a]: A.\n[^b]: B.\n"), "n.md");
    expect(article.notes.notes.map((n) => [n.label, n.number])).toEqual([
      ["b", 1],
      ["a", 2],
    ]);
    expect(article.notes.calls.map((c) => [c.number, c.occurrence])).toEqual([
      [1, 0],
      [2, 0],
      [1, 1],
    ]);
  });

  it("agrees with markdown-it-footnote's own ids on every call token", () => {
    const article = parseArticle(titled("a[^x] b^[inline] c[^y] d[^x]\n\n[^y]: y\n[^x]: x\n"), "n.md");
    const calls = article.tokens.flatMap((t) => t.children ?? []).filter((t) => t.type === "footnote_ref");
    expect(calls.map((t) => metaOf(t).number)).toEqual(calls.map((t) => Number(metaOf(t).id) + 1));
    expect(calls.map((t) => metaOf(t).number)).toEqual([1, 2, 3, 1]);
  });

  it("warns of a note with no text at its definition's line, and of an empty inline note, and publishes them", () => {
    const article = parseArticle(titled("Songs that loop.[^examples] An empty one^[] here.\n\n[^examples]:\n * one\n * two\n"), "n.md");
    expect(article.notes.notes.map((note) => note.text)).toEqual(["", ""]);
    expect(article.diagnostics.filter((d) => d.code === "footnote-empty").map((d) => `${d.location?.line}: ${d.message}`)).toEqual([
      "4: this inline note has no text",
      "6: footnote [^examples] has no text; the lines of a note follow its label, and the lines after it are indented by four spaces",
    ]);
    const indented = parseArticle(titled("Songs.[^examples]\n\n[^examples]:\n    * one\n"), "n.md");
    expect(indented.diagnostics.filter((d) => d.code === "footnote-empty")).toEqual([]);
  });

  it("keeps source lines after front matter", () => {
    const article = parseArticle("---\ntitle: T\n---\n\nLine five[^a].\n\n[^a]: Note.\n", "n.md");
    expect(article.notes.notes[0]?.line).toBe(7);
    expect(article.notes.calls[0]?.line).toBe(5);
  });

  it("reports every error at once, with lines", () => {
    try {
      parseArticle("---\ntitle: T\n---\nA[^nope].\n\nB[^c].\n\n[^c]: one\n[^c]: two\n", "n.md");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).toLine().split("\n")).toEqual([
        "n.md:4: footnote [^nope] is called but never defined",
        "n.md:9: footnote [^c] is defined twice (first at line 8)",
      ]);
    }
  });

  it("says how to keep brackets as text when a label with no letter is never defined", () => {
    // A character class in a sentence about patterns, as likely text as a note.
    expect(() => parseArticle(titled("Match it with [^0-9]+ and stop.\n"), "n.md")).toThrow("footnote [^0-9] is called but never defined; if the brackets are text, write \\[^0-9]");
  });

  it("does not mistake code for a call", () => {
    const article = parseArticle(titled("Write `[^x]` to cite.\n"), "n.md");
    expect(article.notes.notes).toHaveLength(0);
  });

  it("takes the title from the first heading when front matter has none", () => {
    const article = parseArticle("# The Title\n\nText[^a].\n\n## Part\n\n[^a]: N.\n", "n.md");
    expect(article.meta.title).toBe("The Title");
    expect(article.headings.map((h) => h.text)).toEqual(["Part"]);
    const callToken = article.tokens[article.notes.calls[0]!.tokenIndex];
    expect(callToken?.children?.some((t) => t.type === "footnote_ref")).toBe(true);
  });

  it("refuses an article with no title and an empty file", () => {
    expect(() => parseArticle("Just text.\n", "n.md")).toThrow(/no title/);
    expect(() => parseArticle("  \n", "n.md")).toThrow(/the file is empty/);
  });
});
