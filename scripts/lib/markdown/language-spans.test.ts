import { describe, expect, it } from "vitest";
import { markdownEngine, type RenderEnv } from "../engine/markdown-engine.ts";

function render(markdown: string, lang = "en", scripts: Record<string, string> = {}, xhtml = false): { html: string; env: RenderEnv } {
  const env: RenderEnv = { sourcePath: "article.md", lineOffset: 3, languages: { document: lang, scripts } };
  const tokens = markdownEngine.parse(markdown, env as unknown as Record<string, unknown>);
  const html = markdownEngine.renderer.render(tokens, { ...markdownEngine.options, xhtmlOut: xhtml }, env as unknown as Record<string, unknown>);
  return { html: html.trim(), env };
}

describe("language spans", () => {
  it("wraps foreign-script runs without changing a character", () => {
    expect(render("Mosaddegh (محمد مصدق) and *Αθήνα*.", "en", { Arab: "fa" }).html).toBe(
      '<p>Mosaddegh (<span lang="fa" dir="rtl">محمد مصدق</span>) and <em><span lang="el">Αθήνα</span></em>.</p>',
    );
  });

  it("reads [text]{lang=xx} as a span in that language, with its direction, and marks other scripts inside it", () => {
    expect(render("the talks went [à la française]{lang=fr}, slowly").html).toBe('<p>the talks went <span lang="fr">à la française</span>, slowly</p>');
    expect(render('title [الشرق الأوسط]{lang="ar"}').html).toBe('<p>title <span lang="ar" dir="rtl">الشرق الأوسط</span></p>');
    expect(render("[Ἀθῆναι *en grec*]{lang=fr}").html).toBe('<p><span lang="fr"><span lang="el">Ἀθῆναι</span> <em>en grec</em></span></p>');
    expect(render("[[texte](https://example.org/)]{lang=fr}").html).toBe('<p><span lang="fr"><a href="https://example.org/">texte</a></span></p>');
  });

  it("writes xml:lang beside lang in XHTML", () => {
    expect(render("name محمد", "en", {}, true).html).toBe('<p>name <span xml:lang="ar" lang="ar" dir="rtl">محمد</span></p>');
  });

  it("leaves other brackets alone: links, references, notes, braces that hold no attribute", () => {
    expect(render("[a](https://example.org/) [b] [c]{} [d]{just words}").html).toBe('<p><a href="https://example.org/">a</a> [b] [c]{} [d]{just words}</p>');
  });

  it("reads pandoc's other span attributes: classes prefixed span-, an id as an anchor, a direction", () => {
    expect(render("[Small caps]{.smallcaps} and [--reference-doc]{#option--reference-doc .opt}").html).toBe(
      '<p><span class="span-smallcaps">Small caps</span> and <span id="option--reference-doc" class="span-opt">–reference-doc</span></p>',
    );
    expect(render("[mot *mis*]{lang=fr .mark}").html).toBe('<p><span class="span-mark" lang="fr">mot <em>mis</em></span></p>');
    expect(render("[x]{dir=rtl}").html).toBe('<p><span dir="rtl">x</span></p>');
  });

  it("drops a span id that a heading, an earlier span or a note holds, with a warning at its line", () => {
    const { html, env } = render("# Intro\n\n[a]{#intro} [b]{#k} [c]{#k} [d]{#fn-1} [link](#k)");
    expect(html).toBe('<h1 id="intro">Intro</h1>\n<p><span>a</span> <span id="k">b</span> <span>c</span> <span>d</span> <a href="#k">link</a></p>');
    expect(env.structureDiagnostics?.map((d) => `${d.severity} ${d.location?.line}: #${/#([^ ]+)/.exec(d.message)?.[1]}`)).toEqual(["warning 6: #intro", "warning 6: #k", "warning 6: #fn-1"]);
  });

  it("refuses a tag that is no language tag, with the file and line", () => {
    const { env } = render("first\n\nthen [mot]{lang=fr_FR!}");
    expect(env.structureDiagnostics?.map((d) => `${d.location?.file}:${d.location?.line}: ${d.message}`)).toEqual([
      'article.md:6: "fr_FR!" in {lang=fr_FR!} is not a language tag; write one such as fr, fa or zh-Hant',
    ]);
  });
});
