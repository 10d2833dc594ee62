import { describe, expect, it } from "vitest";
import { descendants, parseHtml, type HtmlElement } from "./html-tree.ts";
import { visibleText } from "./html-text.ts";

const elements = (html: string, name: string): HtmlElement[] => [...descendants(parseHtml(html))].filter((e) => e.name === name);

describe("parseHtml", () => {
  it("nests elements and decodes text and attribute values", () => {
    const [a] = elements(`<p>Tom &amp; Jerry <a href="x.html?a=1&amp;b=2" title='say "hi"'>go&#x21;</a></p>`, "a");
    expect(a?.attrs).toEqual({ href: "x.html?a=1&b=2", title: 'say "hi"' });
    expect(visibleText(a as HtmlElement)).toBe("go!");
  });

  it("keeps a > inside a quoted attribute out of the tag's end", () => {
    const [span] = elements(`<span data-x="a>b" class=plain>text</span>`, "span");
    expect(span?.attrs).toEqual({ "data-x": "a>b", class: "plain" });
    expect(visibleText(span as HtmlElement)).toBe("text");
  });

  it("closes paragraphs, list items and cells that were left open, as browsers do", () => {
    const root = parseHtml(`<ol><li>one<li>two</ol><p>first<p>second<table><tr><td>a<td>b</table>`);
    expect(elements(`<ol><li>one<li>two</ol>`, "li").map((li) => visibleText(li).trim())).toEqual(["one", "two"]);
    const paragraphs = [...descendants(root)].filter((e) => e.name === "p");
    expect(paragraphs.map((p) => visibleText(p).trim())).toEqual(["first", "second"]);
    expect([...descendants(root)].filter((e) => e.name === "td").map((td) => visibleText(td).trim())).toEqual(["a", "b"]);
  });

  it("ignores stray end tags and comments, reads CDATA as text and script as raw text", () => {
    const root = parseHtml(`<div>a</span>b<!-- <p>hidden</p> --><![CDATA[<c>]]><script>if (a < b) x("</p>")</script></div>`);
    expect(visibleText(root).trim()).toBe("ab<c>");
    expect(elements(`<div><!-- <p>x</p> --></div>`, "p")).toHaveLength(0);
  });

  it("reads XHTML with self-closing tags, prefixed attributes and an XML declaration", () => {
    const xhtml = `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns:epub="http://www.idpf.org/2007/ops"><body><p>a<br/>b</p><aside epub:type="footnote" id="fn-1"><p>1. note</p></aside></body></html>`;
    const [aside] = elements(xhtml, "aside");
    expect(aside?.attrs["epub:type"]).toBe("footnote");
    expect(visibleText(parseHtml(xhtml)).replace(/\s+/g, " ").trim()).toBe("a b 1. note");
  });

  it("survives truncated input", () => {
    expect(visibleText(parseHtml(`<p>cut here <a href="#x`)).trim()).toBe("cut here");
    expect(visibleText(parseHtml(`<p>a < b and c</p>`)).trim()).toBe("a < b and c");
  });
});

describe("visibleText", () => {
  it("separates blocks, skips image descriptions (the page shows the picture) and hidden elements", () => {
    const root = parseHtml(`<li><p>One.</p><p>Two <img src="x.png" alt="chart"> <em>three</em>.</p><span hidden>no</span><style>p{}</style></li>`);
    expect(visibleText(root).replace(/\s+/g, " ").trim()).toBe("One. Two three.");
  });
});
