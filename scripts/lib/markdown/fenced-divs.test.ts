import { describe, expect, it } from "vitest";
import { markdownEngine, type RenderEnv } from "../engine/markdown-engine.ts";
import { parseOpeningFence } from "./fenced-divs.ts";

function render(markdown: string, lang = "en", xhtml = false): { html: string; env: RenderEnv } {
  const env: RenderEnv = { sourcePath: "article.md", lineOffset: 3, languages: { document: lang, scripts: {} } };
  const tokens = markdownEngine.parse(markdown, env as unknown as Record<string, unknown>);
  const html = markdownEngine.renderer.render(tokens, { ...markdownEngine.options, xhtmlOut: xhtml }, env as unknown as Record<string, unknown>);
  return { html: html.trim(), env };
}

describe("opening fences", () => {
  it("reads a single class word or pandoc's attribute braces", () => {
    expect(parseOpeningFence("::: warning")).toEqual({ classes: ["warning"], understood: true });
    // The id is read (a span keeps it as an anchor); a div's renderer writes none.
    expect(parseOpeningFence("::::: {.aside .wide #ignored lang=fa} :::")).toEqual({ classes: ["aside", "wide"], id: "ignored", lang: "fa", langValid: true, understood: true });
    expect(parseOpeningFence('::: {lang="zh-hant" dir=ltr class="a b"}')).toEqual({ classes: ["a", "b"], lang: "zh-Hant", langValid: true, dir: "ltr", understood: true });
    expect(parseOpeningFence("::: {lang=fr_FR!}")).toEqual({ classes: [], lang: "fr_FR!", langValid: false, understood: true });
  });

  it("is no opening fence without attributes, or with fewer than three colons", () => {
    expect(parseOpeningFence(":::")).toBeUndefined();
    expect(parseOpeningFence(":: warning")).toBeUndefined();
    expect(parseOpeningFence("::: two words")).toBeUndefined();
  });
});

describe("fenced divs", () => {
  it("renders a div holding its blocks, classes prefixed so they cannot take the pipeline's own", () => {
    expect(render("::: note\nA passage.\n\n- item\n:::\n\nAfter.").html).toBe('<div class="div-note">\n<p>A passage.</p>\n<ul>\n<li>item</li>\n</ul>\n</div>\n<p>After.</p>');
  });

  it("nests as pandoc does: a bare fence closes the innermost div, whatever its colons", () => {
    const { html } = render("::: outer\none\n\n::: inner\ntwo\n:::\n\nthree\n:::");
    expect(html).toBe('<div class="div-outer">\n<p>one</p>\n<div class="div-inner">\n<p>two</p>\n</div>\n<p>three</p>\n</div>');
  });

  it("leaves colons inside a fenced code block to the code", () => {
    expect(render("::: box\n```\n:::\n```\n:::").html).toBe('<div class="div-box">\n<pre><code>:::\n</code></pre>\n</div>');
  });

  it("prints a fence that is never closed as the text it is, as pandoc does", () => {
    expect(render("::: aside\nNo end.").html).toBe("<p>::: aside\nNo end.</p>");
  });

  it("does not interrupt a paragraph", () => {
    expect(render("text\n::: aside\nmore\n:::").html).toBe("<p>text\n::: aside\nmore\n:::</p>");
  });

  it("sets the passage's language, its direction when it runs the other way, and xml:lang in XHTML", () => {
    expect(render("::: {lang=fa}\nتهران and Paris\n:::").html).toBe('<div lang="fa" dir="rtl">\n<p>تهران <span lang="en">and Paris</span></p>\n</div>');
    expect(render("::: {lang=fr}\nun passage\n:::", "en", true).html).toBe('<div xml:lang="fr" lang="fr">\n<p>un passage</p>\n</div>');
    expect(render("::: {lang=en}\nEnglish\n:::", "fa").html).toBe('<div lang="en" dir="ltr">\n<p>English</p>\n</div>');
  });

  it("refuses a lang that is no language tag, with the file and line", () => {
    const { env } = render("first\n\n::: {lang=fr_FR!}\nmot\n:::");
    expect(env.structureDiagnostics?.map((d) => `${d.location?.file}:${d.location?.line}: ${d.message}`)).toEqual([
      'article.md:6: "fr_FR!" in {lang=fr_FR!} is not a language tag; write one such as fr, fa or zh-Hant',
    ]);
  });

  it("keeps notes called inside a div in the one numbering", () => {
    const env: RenderEnv = { sourcePath: "article.md", lineOffset: 0 };
    markdownEngine.parse("Before.[^a]\n\n::: aside\nInside.[^b]\n:::\n\n[^a]: A.\n[^b]: B.", env as unknown as Record<string, unknown>);
    expect(env.footnoteModel?.notes.map((note) => [note.label, note.number])).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });
});

