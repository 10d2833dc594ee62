import { describe, expect, it } from "vitest";
import { contentsEntries, contentsHtml } from "./contents.ts";
import type { NumberedSection } from "./crossref-types.ts";

const sections: NumberedSection[] = [
  { id: "a", level: 2, number: "1", text: "A" },
  { id: "a1", level: 3, number: "1.1", text: "A one" },
  { id: "a1x", level: 4, number: "1.1.1", text: "Deep" },
  { id: "b", level: 2, number: "2", text: "B & C" },
];

describe("the table of contents", () => {
  it("lists the levels asked for, counted from the highest used, nested", () => {
    const entries = contentsEntries(sections, 2);
    expect(entries.map((entry) => [entry.section.id, entry.children.map((child) => child.section.id)])).toEqual([["a", ["a1"]], ["b", []]]);
    expect(contentsEntries(sections, 1).flatMap((entry) => entry.children)).toEqual([]);
    expect(contentsEntries(sections, 3)[0]?.children[0]?.children.map((entry) => entry.section.text)).toEqual(["Deep"]);
  });

  it("writes a leader and a page placeholder the print runtime fills, only when asked", () => {
    const print = contentsHtml(contentsEntries(sections, 1), { pageNumbers: true, title: "Contents" });
    expect(print).toContain(`<li class="toc-entry toc-depth-1"><a href="#b"><span class="toc-label"><span class="toc-number">2</span> B &amp; C</span><span class="toc-leader" aria-hidden="true"></span><span class="toc-page" data-page-of="b">000</span></a></li>`);
    const web = contentsHtml(contentsEntries(sections, 1), { title: "Contents", href: (id) => `page.html#${id}` });
    expect(web).toContain(`<a href="page.html#a"><span class="toc-label"><span class="toc-number">1</span> A</span></a>`);
    expect(web).not.toContain("toc-page");
    expect(web).toMatch(/^<nav class="toc" role="doc-toc" aria-labelledby="toc-title"><h2 id="toc-title" class="toc-title">Contents<\/h2>/);
  });
});

describe("contents entries in another script", () => {
  it("carry the language of a heading's foreign words, as the heading does", () => {
    const entries = [{ section: { id: "oil", level: 2, number: "1", text: "The word نفت" }, depth: 1, children: [] }];
    const html = contentsHtml(entries, { title: "Contents", language: { lang: "en", scriptLanguages: { Arab: "fa" } } });
    expect(html).toContain('<span class="toc-label"><span class="toc-number">1</span> The word <span lang="fa" dir="rtl">نفت</span></span>');
  });
});
