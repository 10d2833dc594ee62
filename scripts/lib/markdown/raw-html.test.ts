import { describe, expect, it } from "vitest";
import { takeOutHtmlComments } from "./raw-html.ts";
import { parseArticle } from "../document/article.ts";
import { renderArticle } from "../engine/render.ts";
import { webNoteRenderer } from "../editions/web/web-notes.ts";

const warningsOf = (source: string, lineOffset = 0): Array<[number | undefined, string]> =>
  takeOutHtmlComments(source, "a.md", lineOffset).warnings.map((w) => [w.location?.line, w.message.split(" is printed")[0]!]);

describe("raw HTML in the Markdown", () => {
  it("blanks a comment block's lines, keeping every later line's number", () => {
    const source = "Intro.\n\n<!-- more -->\n\nText.\n\n<!--\nA draft's\nnote to self\n-->\n\nEnd.\n";
    const { text, warnings } = takeOutHtmlComments(source, "a.md", 0);
    expect(warnings).toEqual([]);
    expect(text.split("\n")).toHaveLength(source.split("\n").length);
    expect(text).not.toContain("<!--");
    expect(text).not.toContain("note to self");
    expect(text).toContain("Intro.\n\n\n\nText.");
  });

  it("warns, with the file's line, about every other raw HTML, and about a comment over lines inside a paragraph", () => {
    const source = "<pre>kept as text</pre>\n\nA <video src=x.mp4> and\n<blink>on</blink> and <!-- an\naside --> here.\n";
    expect(warningsOf(source, 4)).toEqual([
      [5, "raw HTML `<pre>kept as text</pre>`"],
      [7, "raw HTML `<video src=x.mp4>`"],
      [8, "raw HTML `<blink>`"],
      [8, "the HTML comment `<!-- an` runs over lines inside a paragraph and"],
    ]);
  });

  it("draws a rule for <hr> alone on its line, also right under a line of text or in a quote, every line kept", () => {
    const source = "Above.\n\n<hr>\n\nText right over it\n<hr class=\"foo\" id=\"bar\" />\n\n> quoted\n>\n> <HR/>\n";
    const { text, warnings } = takeOutHtmlComments(source, "a.md", 0);
    expect(warnings).toEqual([]);
    expect(text).toBe("Above.\n\n***\n\nText right over it\n***\n\n> quoted\n>\n> ***\n");
    const html = renderArticle(parseArticle(`---\ntitle: T\n---\n${source}`, "a.md"), webNoteRenderer);
    expect(html.match(/<hr>/g)).toHaveLength(3);
    expect(html).toContain("<p>Text right over it</p>");
  });

  it("does not warn about the inline formatting kept as formatting, only about such a tag left open", () => {
    expect(warningsOf("A <sup>2</sup> and<br>\n<span lang=\"fr\">mot</span> and <b>open\n")).toEqual([[2, "raw HTML `<b>`"]]);
  });

  it("cuts a comment within a line of text from its line, in a paragraph, a quote or a note, every line kept", () => {
    const source = "The 2019 figures <!-- check them --> are final.\nNext line <!-- end -->\n\n> Quoted <!-- q --> text.\n\nA call.[^a]\n\n[^a]: A note <!-- draft --> here.\n";
    const { text, warnings } = takeOutHtmlComments(source, "a.md", 0);
    expect(warnings).toEqual([]);
    expect(text).toBe("The 2019 figures are final.\nNext line\n\n> Quoted text.\n\nA call.[^a]\n\n[^a]: A note here.\n");
  });

  it("cuts a comment from a table cell and from an inline note, and names the line of raw HTML there", () => {
    const source = "Intro.^[A note <!-- n --> here, <font>big</font>.]\n\n| A | B |\n| - | - |\n| a cell <!-- c --> here | <big>b</big> |\n";
    const { text, warnings } = takeOutHtmlComments(source, "a.md", 3);
    expect(text).toBe("Intro.^[A note here, <font>big</font>.]\n\n| A | B |\n| - | - |\n| a cell here | <big>b</big> |\n");
    expect(warnings.map((w) => [w.location?.line, w.message.split(" is printed")[0]])).toEqual([
      [4, "raw HTML `<font>`"],
      [8, "raw HTML `<big>`"],
    ]);
  });

  it("leaves tags inside code, autolinks and comparisons alone", () => {
    const source = "Use `<pre>` here, see <https://example.org>, and 3 < 4.\n\n```html\n<!-- not a comment here -->\n<div>x</div>\n```\n";
    const { text, warnings } = takeOutHtmlComments(source, "a.md", 0);
    expect(warnings).toEqual([]);
    expect(text).toBe(source);
  });

  it("takes a comment on lines of its own out of a quote, a list item and a note, their markers and indents kept", () => {
    const source = "> Quoted.\n>\n> <!-- x -->\n> More.\n\n- Item.\n\n  <!-- in\n  the item -->\n\nText.[^a]\n\n[^a]: Note text.\n\n    <!-- in the note -->\n\n    More of the note.\n";
    const { text, warnings } = takeOutHtmlComments(source, "a.md", 0);
    expect(warnings).toEqual([]);
    expect(text).toBe("> Quoted.\n>\n>\n> More.\n\n- Item.\n\n\n\n\nText.[^a]\n\n[^a]: Note text.\n\n\n\n    More of the note.\n");
    const article = parseArticle(`---\ntitle: T\n---\n${source}`, "/x/a.md");
    const html = renderArticle(article, webNoteRenderer);
    expect(html).not.toMatch(/<!--|the item|in the note/);
    expect(html).toContain("More of the note.");
    expect(html.match(/<blockquote>/g)).toHaveLength(1);
  });

  it("publishes an article without its comments, the note numbers and lines unchanged", () => {
    const article = parseArticle("---\ntitle: T\n---\n\n<!-- TODO: cite the report -->\n\nText.[^a]\n\n[^a]: A note.\n\nAn <blink>error</blink>.\n", "/x/a.md");
    expect(article.notes.notes.map((note) => note.number)).toEqual([1]);
    expect(article.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([["raw-html", 11]]);
    const html = renderArticle(article, webNoteRenderer);
    expect(html).not.toContain("TODO");
    expect(html).toContain("An &lt;blink&gt;error&lt;/blink&gt;.");
  });
});
