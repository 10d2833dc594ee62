import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { renderArticle } from "../engine/render.ts";
import { webNoteRenderer } from "../editions/web/web-notes.ts";

const parse = (body: string) => parseArticle(`---\ntitle: T\n---\n\n${body}\n\n[^1]: Hansard, 12 May 1999.\n`, "a.md");

describe("a note call followed by a parenthesis or a bracket", () => {
  it("is a call, and the parenthesis stays text, as pandoc reads it", () => {
    const article = parse("The minister denied it[^1](sic) in the house.");
    expect(article.notes.calls.map((call) => call.number)).toEqual([1]);
    const html = renderArticle(article, webNoteRenderer);
    expect(html).toContain("(sic) in the house.");
    expect(html).not.toContain('href="sic"');
    expect(article.diagnostics.filter((diagnostic) => /never called|leads to a file/.test(diagnostic.message))).toEqual([]);
  });

  it("keeps a bracket after a call as text, and a year in parentheses", () => {
    const html = renderArticle(parse("As reported[^1][see below] and[^1](1999)."), webNoteRenderer);
    expect(html).toContain("[see below] and");
    expect(html).toContain("(1999).");
  });

  it("leaves a link whose text starts with a caret but names no note a link", () => {
    const html = renderArticle(parse("A [^caret](https://example.org/caret) link.[^1]"), webNoteRenderer);
    expect(html).toContain('<a href="https://example.org/caret">^caret</a>');
  });
});
