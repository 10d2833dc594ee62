/** pandoc's inline extensions through the shared engine, with the note rules first. */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { renderArticle } from "./render.ts";
import { webNoteRenderer } from "../editions/web/web-notes.ts";

const parse = (body: string) => parseArticle(`---\ntitle: T\n---\n\n${body}\n`, "/x/a.md");

describe("pandoc's extensions beside the notes", () => {
  it("reads ^[…]text^[…] as two inline notes, not a superscript from caret to caret", () => {
    expect(parse("^[note1]test^[note2]").notes.notes.map((note) => note.text)).toEqual(["note1", "note2"]);
  });

  it("sets superscripts, subscripts, marks and definition lists", () => {
    const html = renderArticle(parse("10^6^ in H~2~O, ==marked==.[^a]\n\nTerm\n: Definition.\n\n[^a]: A note."), webNoteRenderer);
    expect(html).toContain("10<sup>6</sup> in H<sub>2</sub>O, <mark>marked</mark>.");
    expect(html).toMatch(/<dl>\s*<dt>Term<\/dt>\s*<dd>Definition\.<\/dd>\s*<\/dl>/);
  });
});
