import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { renderArticle } from "../engine/render.ts";
import { webNoteRenderer } from "../editions/web/web-notes.ts";

const headingsOf = (body: string): Array<[string, string]> =>
  parseArticle(`---\ntitle: T\n---\n\n${body}\n`, "/x/a.md").headings.map((heading) => [heading.id, heading.text]);

describe("pandoc's heading attributes", () => {
  it("give the heading its id and are not printed; classes and key=value pairs are dropped", () => {
    expect(headingsOf("## Introduction {#intro}\n\n## Method {#method .unnumbered lang=en}\n\n## Appendix {-}\n\n## Data {.unlisted data-x=\"a b\"}")).toEqual([
      ["intro", "Introduction"],
      ["method", "Method"],
      ["appendix", "Appendix"],
      ["data", "Data"],
    ]);
  });

  it("lands links on the id given, in the rendered page", () => {
    const html = renderArticle(parseArticle("---\ntitle: T\n---\n\nSee [the method](#method).\n\n## Method {#method .unnumbered}\n", "/x/a.md"), webNoteRenderer);
    expect(html).toContain('<h2 id="method">Method</h2>');
    expect(html).toContain('<a href="#method">the method</a>');
  });

  it("leaves a cross-reference label among them to the cross-reference rules", () => {
    const article = parseArticle("---\ntitle: T\n---\n\n## Method {#sec:method .unnumbered}\n\nSee @sec:method.\n", "/x/a.md");
    expect(article.headings.map((heading) => heading.text)).toEqual(["Method"]);
    expect(renderArticle(article, webNoteRenderer)).toMatch(/section\s+1/);
  });

  it("keeps braces that are not attributes, and code at the end of a heading", () => {
    expect(headingsOf("## Prices {in euros}\n\n## The `{#x}` syntax")).toEqual([
      ["prices-in-euros", "Prices {in euros}"],
      ["the-x-syntax", "The {#x} syntax"],
    ]);
  });
});
