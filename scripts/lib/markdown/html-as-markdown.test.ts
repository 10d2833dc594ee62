import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { takeOutHtmlComments } from "./raw-html.ts";
import { parseArticle } from "../document/article.ts";
import { renderArticle } from "../engine/render.ts";
import { webNoteRenderer } from "../editions/web/web-notes.ts";
import { ContentError } from "../errors.ts";

const rewritten = (source: string): { text: string; warnings: Array<number | undefined> } => {
  const scan = takeOutHtmlComments(source, "a.md", 0);
  return { text: scan.text, warnings: scan.warnings.map((w) => w.location?.line) };
};

/** The line and message of the error that stops `source` from being parsed. */
function refusal(source: string): { line: number | undefined; message: string } {
  try {
    parseArticle(source, "/x/a.md");
  } catch (error) {
    if (error instanceof ContentError) return { line: error.location?.line, message: error.message };
    throw error;
  }
  throw new Error("parsed without an error");
}

describe("HTML divs and images written as the Markdown they stand for", () => {
  it("reads a div's inside as Markdown, notes and all, as pandoc does, every line kept", () => {
    const source = "---\ntitle: T\n---\n\nBefore.[^a]\n\n<div class=\"aside wide\" lang=\"fr\" style=\"color:red\">\nUn *aparté*.[^b]\n</div>\n\nAfter.[^c]\n\n[^a]: A.\n[^b]: B.\n[^c]: C.\n";
    const article = parseArticle(source, "/x/a.md");
    expect(article.diagnostics).toEqual([]);
    expect(article.notes.notes.map((note) => note.number)).toEqual([1, 2, 3]);
    const html = renderArticle(article, webNoteRenderer);
    expect(html).toMatch(/<div class="div-aside div-wide" lang="fr">\s*<p>Un <em>aparté<\/em>\.<sup[^>]*>.*?2/s);
    expect(html).not.toContain("&lt;div");
    expect(html).not.toContain("color:red");
  });

  it("nests divs, and leaves an unpaired closing tag or a div inside a quote raw, with its warning", () => {
    expect(rewritten("<div class=\"a\">\n\n<div>\nText.\n</div>\n\n</div>\n").text).toBe("::: {.a}\n\n::: {}\nText.\n:::\n\n:::\n");
    expect(rewritten("Text.\n\n</div>\n").warnings).toEqual([3]);
    const quoted = rewritten("> <div>\n> Quoted.\n> </div>\n");
    expect(quoted.text).toBe("> <div>\n> Quoted.\n> </div>\n");
    expect(quoted.warnings).toEqual([1]);
  });

  it("keeps later lines' numbers for messages after a rewritten div", () => {
    expect(refusal("---\ntitle: T\n---\n<div>\n\nText.\n\n</div>\n\nA call.[^missing]\n")).toMatchObject({ line: 10, message: expect.stringContaining("[^missing]") });
  });

  it("shows an <img>, alone on its line or within text, as the image it is, vetted like any other", () => {
    const folder = mkdtempSync(join(tmpdir(), "html-img-"));
    // The smallest valid PNG: one transparent pixel.
    writeFileSync(join(folder, "map 1.png"), Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"));
    const source = "---\ntitle: T\n---\n\n<img src=\"map 1.png\" alt=\"The [old] map *here*\">\n\nA line with <img alt=\"icon\" src='map 1.png' onerror=\"alert(1)\" /> inside.\n";
    const article = parseArticle(source, join(folder, "a.md"));
    expect(article.diagnostics).toEqual([]);
    expect(article.images).toHaveLength(1);
    const html = renderArticle(article, webNoteRenderer);
    expect(html).toContain('alt="The [old] map *here*"');
    expect(html).toContain('alt="icon"');
    expect(html).not.toContain("&lt;img");
    expect(html).not.toContain("onerror");
  });

  it("shows an <img> on a line of its own right inside a div (a README's centred logo)", () => {
    expect(rewritten("<div align=\"center\">\n<img src=\"logo.png\" alt=\"Logo\">\n</div>\n")).toEqual({ text: "::: {}\n![Logo](<logo.png>)\n:::\n", warnings: [] });
  });

  it("reads an empty <a name> or <a id> as the anchor []{#…}, on a heading or alone, and leaves one shown as code", () => {
    const source = "## Overview<a name=\"overview\"></a>\n\nSee [the overview](#overview), [the list](#list) and `<a name=\"x\"></a>`.\n\n<a id='list'></a>\n\n- One.\n\n```html\n<a name=\"y\"></a>\n```\n";
    const scan = rewritten(source);
    expect(scan.warnings).toEqual([]);
    expect(scan.text).toBe(source.replace('<a name="overview"></a>', "[]{#overview}").replace("<a id='list'></a>", "[]{#list}"));
    const article = parseArticle(`---\ntitle: T\n---\n${source}`, "/x/a.md");
    expect(article.diagnostics).toEqual([]);
    const html = renderArticle(article, webNoteRenderer);
    expect(html).toMatch(/<h2 id="overview">Overview(<span><\/span>)?<\/h2>/);
    expect(html).toContain('<span id="list"></span>');
    expect(html).toContain('href="#list"');
    expect(html).not.toContain("&lt;a name=&quot;overview");
  });

  it("refuses an <img> from outside the article's folder as it refuses ![…](…), with the line", () => {
    expect(refusal("---\ntitle: T\n---\n\n<img src=\"/etc/passwd.png\" alt=\"x\">\n")).toMatchObject({ line: 5, message: expect.stringContaining("absolute path") });
  });

  it("leaves an <img> without a source as raw HTML, with its warning", () => {
    expect(rewritten("An <img alt=\"nothing\"> here.\n").warnings).toEqual([1]);
  });
});
