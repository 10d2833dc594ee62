import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { renderArticle } from "../engine/render.ts";
import { webNoteRenderer } from "../editions/web/web-notes.ts";

const render = (body: string): { html: string; calls: number } => {
  const article = parseArticle(`---\ntitle: T\n---\n\n${body}\n\n[^1]: The note.\n`, "a.md");
  return { html: renderArticle(article, webNoteRenderer), calls: article.notes.calls.length };
};

describe("a bare address right before a note call", () => {
  it("ends where the call begins, a full stop before the call staying text", () => {
    const { html, calls } = render("The report is at https://example.org/report.pdf.[^1]");
    expect(calls).toBe(1);
    expect(html).toContain('<a href="https://example.org/report.pdf">https://example.org/report.pdf</a>.');
    expect(html).not.toContain("[^1]");
  });

  it("ends before a call with no full stop, and before an inline note", () => {
    expect(render("See https://example.org/a/path[^1] first.").html).toContain('<a href="https://example.org/a/path">https://example.org/a/path</a>');
    const inline = parseArticle("---\ntitle: T\n---\n\nSee https://example.org/b^[An inline note.] too.\n", "b.md");
    expect(inline.notes.notes.map((note) => note.text)).toEqual(["An inline note."]);
    expect(renderArticle(inline, webNoteRenderer)).toContain('<a href="https://example.org/b">https://example.org/b</a>');
  });

  it("leaves an address with brackets of its own whole", () => {
    expect(render("See https://example.org/wiki/A_[disambiguation] here.[^1]").html).toContain('href="https://example.org/wiki/A_%5Bdisambiguation%5D"');
  });

  it("passes over an escaped inline note or call, which stays text", () => {
    const escaped = parseArticle("---\ntitle: T\n---\n\nSee https://example.org/b\\^[not a note] and https://example.org/c\\[\\^1] too.\n", "c.md");
    expect(escaped.notes.notes).toEqual([]);
    expect(escaped.notes.calls).toEqual([]);
    const html = renderArticle(escaped, webNoteRenderer);
    expect(html).toContain("not a note");
    expect(html).not.toContain('<a href="https://example.org/b">');
  });

  it("reads an address followed by a call whose bracket alone is escaped as linkify does, with no call in it", () => {
    const escaped = parseArticle("---\ntitle: T\n---\n\nSee https://example.org/c\\[^1] too.\n", "e.md");
    expect(escaped.notes.calls).toEqual([]);
    expect(renderArticle(escaped, webNoteRenderer)).toContain(">https://example.org/c\\[^1]</a> too.");
  });

  it("still ends before a call that follows an escaped backslash", () => {
    expect(render("See https://example.org/d\\\\[^1] here.").calls).toBe(1);
  });
});
