import { describe, expect, it } from "vitest";
import { abstractBlock, abstractParagraphs } from "./abstract-block.ts";

describe("an article's abstract", () => {
  it("keeps the paragraphs a blank line separates, each line joined to the next", () => {
    expect(abstractParagraphs("This article compares\nthree basins.\n\n  It finds   two kinds.\n")).toEqual(["This article compares three basins.", "It finds two kinds."]);
  });

  it("prints a heading in the document's language, then its paragraphs, escaped, the foreign runs marked", () => {
    const html = abstractBlock("Water <rights> & the commons.\n\nIn Persian: کتاب.", { lang: "de", scriptLanguages: {} });
    expect(html).toContain('<section class="abstract" aria-label="Zusammenfassung">');
    expect(html).toContain('<p class="abstract-heading">Zusammenfassung</p>');
    expect(html).toContain("<p>Water &lt;rights&gt; &amp; the commons.</p>");
    expect(html).toMatch(/<p>In Persian: <span lang="fa"[^>]*>کتاب<\/span>\.<\/p>/);
  });

  it("prints nothing for an article without one", () => {
    expect(abstractBlock(undefined, { lang: "en", scriptLanguages: {} })).toBe("");
    expect(abstractBlock(" \n\n ", { lang: "en", scriptLanguages: {} })).toBe("");
  });
});
