import { describe, expect, it } from "vitest";
import { parseArticle } from "../../document/article.ts";
import { renderSidenoteArticle } from "./sidenotes.ts";

const article = (body: string) => parseArticle(`---\ntitle: T\nwebNotes: sidenotes\n---\n\n${body}`, "s.md");

/** The sequence of top-level elements and asides, as a screen reader meets them. */
const outline = (html: string): string[] => [...html.matchAll(/^<(p|ul|ol|blockquote|table|h\d)\b|<aside id="(fn-\d+)"/gm)].map((m) => m[2] ?? m[1] ?? "");

describe("renderSidenoteArticle", () => {
  it("puts each note after the top-level block of its first call, once, numbered as the model says", () => {
    const html = renderSidenoteArticle(
      article("One[^b] two.[^a]\n\n> Quoted[^c].\n\nAgain[^a].\n\n- item[^d]\n\n[^a]: A.\n[^b]: B.[^e]\n[^c]: C.\n[^d]: D.\n[^e]: E.\n"),
    );
    // The quotation's own paragraph is listed after it: the note waits for the quotation's end.
    expect(outline(html)).toEqual(["p", "fn-1", "fn-2", "fn-3", "blockquote", "p", "fn-4", "p", "ul", "fn-5"]);
    expect(html).toContain('<aside id="fn-1" class="note sidenote" role="doc-footnote" aria-label="Note 1"><p><span class="note-number">1.</span> B.');
    // Note 1 (b) calls note 2 (e), which follows it, before note 3 (a) of the same paragraph.
    expect(html).toMatch(/<aside id="fn-2"[^>]*><p><span class="note-number">2\.<\/span> E\./);
    // The second call of note 3 links back from the note, and adds no second aside.
    expect(html.match(/id="fn-3"/g)).toHaveLength(1);
    expect(html).toContain('href="#fnref-3-2" class="note-backlink"');
    expect(html).not.toContain("doc-endnotes");
  });

  it("puts the notes of the title block's calls first, before the text, each once", () => {
    const html = renderSidenoteArticle(parseArticle("---\ntitle: T[^t]\nauthor: Ann^[Her note.]\nwebNotes: sidenotes\n---\n\nText[^x] and T again[^t].\n\n[^t]: On T.\n[^x]: X.\n", "s.md"));
    expect(outline(html)).toEqual(["fn-1", "fn-2", "p", "fn-3"]);
    expect(html.match(/<aside id="fn-1"/g)).toHaveLength(1);
    expect(html).toContain('href="#fnref-1-2" class="note-backlink"');
  });
});
