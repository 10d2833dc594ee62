import { describe, expect, it } from "vitest";
import { markdownEngine, type RenderEnv } from "../engine/markdown-engine.ts";
import { parseTag } from "./inline-html.ts";

function render(markdown: string, xhtml = false): string {
  const env: RenderEnv = { sourcePath: "article.md", lineOffset: 0, languages: { document: "en", scripts: {} } };
  const tokens = markdownEngine.parse(markdown, env as unknown as Record<string, unknown>);
  return markdownEngine.renderer.render(tokens, { ...markdownEngine.options, xhtmlOut: xhtml }, env as unknown as Record<string, unknown>).trim();
}

describe("reading one tag", () => {
  it("reads names and attributes with an HTML parser, closing tags too", () => {
    expect(parseTag('<SPAN Lang="fr" class=x>')).toEqual({ name: "span", closing: false, attributes: { lang: "fr", class: "x" } });
    expect(parseTag("</em >")).toEqual({ name: "em", closing: true, attributes: {} });
    expect(parseTag("<br/>")).toMatchObject({ name: "br", closing: false });
    expect(parseTag("<!-- x -->")).toBeUndefined();
  });
});

describe("inline HTML kept as formatting", () => {
  it("keeps formatting tags that open and close in the same text, as tokens every edition renders", () => {
    expect(render("H<sub>2</sub>O, 10<sup>6</sup>, <u>u</u>, <b>b</b> and <strike>gone</strike>")).toBe("<p>H<sub>2</sub>O, 10<sup>6</sup>, <u>u</u>, <b>b</b> and <s>gone</s></p>");
  });

  it("keeps only the attributes that mean something to a reader, dropping handlers and classes", () => {
    expect(render('<abbr title="World Health Organization" class="x">WHO</abbr> <span onclick="f()">x</span>')).toBe('<p><abbr title="World Health Organization">WHO</abbr> <span>x</span></p>');
  });

  it("makes <span lang> a language mark, with xml:lang in XHTML, like [text]{lang=fr}", () => {
    expect(render('a <span lang="FR">mot</span>', true)).toBe('<p>a <span xml:lang="fr" lang="fr">mot</span></p>');
  });

  it("makes <a href> a link when its address is one Markdown would link to, and text otherwise", () => {
    expect(render('<a href="https://example.org/">here</a>')).toBe('<p><a href="https://example.org/">here</a></p>');
    expect(render('<a href="javascript:alert(1)">bad</a>')).toBe("<p>&lt;a href=“javascript:alert(1)”&gt;bad&lt;/a&gt;</p>");
  });

  it("makes <br> a line break, the line's end with it one break, not also a space", () => {
    expect(render("one<br>\ntwo")).toBe("<p>one<br>\ntwo</p>");
    expect(render("one<br/>two", true)).toBe("<p>one<br />\ntwo</p>");
  });

  it("prints as text a tag left open, one closed across Markdown's emphasis, and every other tag", () => {
    expect(render("<b>open and *em*")).toBe("<p>&lt;b&gt;open and <em>em</em></p>");
    expect(render("<b>*crossed</b>*")).toBe("<p>&lt;b&gt;<em>crossed&lt;/b&gt;</em></p>");
    expect(render("<img src=x.png> <script>x</script> <div>d</div>")).toBe("<p>&lt;img src=x.png&gt; &lt;script&gt;x&lt;/script&gt; &lt;div&gt;d&lt;/div&gt;</p>");
  });

  it("prints block-level HTML as the text of its paragraph, as before", () => {
    expect(render('<div class="box">\nA block.\n</div>')).toBe("<p>&lt;div class=“box”&gt;\nA block.\n&lt;/div&gt;</p>");
  });
});
