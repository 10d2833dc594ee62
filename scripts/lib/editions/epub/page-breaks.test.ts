import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findAll, parseXml } from "../../../../tests/epub/xhtml-reader.ts";
import { Element, Text, type AnyNode } from "domhandler";
import type { PageStart } from "../page-starts.ts";
import { insertPageBreaks as insertIntoTree, pageBreakMarker } from "./page-breaks.ts";
import { parseHtmlFragment, serializeXhtml } from "./xhtml-dom.ts";

const mark = (page: number): AnyNode => new Text(`[${page}]`);

/** The markers placed in `xhtml`, written back out, with the pages placed. */
function insertPageBreaks(xhtml: string, starts: readonly PageStart[], marker?: (page: number) => AnyNode): { xhtml: string; placed: number[] } {
  const tree = parseHtmlFragment(xhtml);
  const placed = insertIntoTree(tree, starts, 0, marker);
  return { xhtml: serializeXhtml(tree.children), placed };
}
const at = (page: number, tokenIndex: number, textOffset: number) => ({ page, tokenIndex, textOffset });

describe("insertPageBreaks", () => {
  it("keeps page order for pages that start at one place (pages of endnotes after the text's end)", () => {
    const result = insertPageBreaks('<p data-token="0">end</p>', [at(9, 0, 3), at(7, 0, 3), at(8, 0, 3)], mark);
    expect(result.xhtml).toBe('<p data-token="0">end[7][8][9]</p>');
  });

  it("puts a page that starts with its block before the block's first character", () => {
    const result = insertPageBreaks('<p data-token="0">one</p><p data-token="3">two</p>', [at(2, 3, 0)], mark);
    expect(result.xhtml).toBe('<p data-token="0">one</p><p data-token="3">[2]two</p>');
    expect(result.placed).toEqual([2]);
  });

  it("counts characters, an entity being one character", () => {
    const result = insertPageBreaks('<p data-token="1">AT&amp;T rocks</p>', [at(5, 1, 3)], mark);
    expect(result.xhtml).toBe('<p data-token="1">AT&amp;[5]T rocks</p>');
  });

  it("does not count note calls or note bodies", () => {
    const xhtml = '<div data-token="1">ab<a class="note-call" href="#fn-12">12</a>cd<aside id="fn-9"><p>note text</p></aside>ef</div>';
    expect(insertPageBreaks(xhtml, [at(4, 1, 3)], mark).xhtml).toContain("</a>c[4]d");
    expect(insertPageBreaks(xhtml, [at(4, 1, 5)], mark).xhtml).toContain("</aside>e[4]f");
  });

  it("does not count soft hyphens", () => {
    const result = insertPageBreaks('<p data-token="2">Donau&#xAD;dampf\u00ADschiff</p>', [at(7, 2, 11)], mark);
    expect(result.xhtml).toBe('<p data-token="2">Donau\u00ADdampf\u00ADs[7]chiff</p>');
  });

  it("goes into inline elements to reach the character", () => {
    expect(insertPageBreaks('<p data-token="1">ab<em>cd</em>ef</p>', [at(3, 1, 2)], mark).xhtml).toBe('<p data-token="1">ab<em>[3]cd</em>ef</p>');
  });

  it("counts a character outside the BMP as two units and never splits it", () => {
    expect(insertPageBreaks('<p data-token="1">a😀b</p>', [at(2, 1, 1)], mark).xhtml).toBe('<p data-token="1">a[2]😀b</p>');
    expect(insertPageBreaks('<p data-token="1">a😀b</p>', [at(2, 1, 2)], mark).xhtml).toBe('<p data-token="1">a😀[2]b</p>');
    expect(insertPageBreaks('<p data-token="1">a😀b</p>', [at(2, 1, 3)], mark).xhtml).toBe('<p data-token="1">a😀[2]b</p>');
  });

  it("puts an offset past the end of the block after its last character", () => {
    expect(insertPageBreaks('<li data-token="4"><p>abc</p></li>', [at(9, 4, 50)], mark).xhtml).toBe('<li data-token="4"><p>abc[9]</p></li>');
  });

  it("uses the first character of nested blocks for a list or table that starts a page", () => {
    const xhtml = '<table data-token="7"><tr data-token="8"><td>x</td></tr></table>';
    expect(insertPageBreaks(xhtml, [at(3, 7, 0)], mark).xhtml).toBe('<table data-token="7"><tr data-token="8"><td>[3]x</td></tr></table>');
  });

  it("puts a page before a block without text such as a rule", () => {
    expect(insertPageBreaks('<p data-token="1">a</p><hr data-token="3" />', [at(6, 3, 0)], mark).xhtml).toBe('<p data-token="1">a</p>[6]<hr data-token="3" />');
  });

  it("sends a start whose block is absent to the next block, or to the end", () => {
    const xhtml = '<p data-token="2">a</p><p data-token="9">b</p>';
    expect(insertPageBreaks(xhtml, [at(4, 5, 30)], mark).xhtml).toBe('<p data-token="2">a</p><p data-token="9">[4]b</p>');
    expect(insertPageBreaks(xhtml, [at(4, 12, 0)], mark).xhtml).toBe(`${xhtml}[4]`);
  });

  it("places several pages of one block in order and skips repeated page numbers", () => {
    const result = insertPageBreaks('<p data-token="1">abcdef</p>', [at(3, 1, 4), at(2, 1, 2), at(3, 1, 5), at(4, 1, 4)], mark);
    expect(result.xhtml).toBe('<p data-token="1">ab[2]cd[3][4]ef</p>');
    expect(result.placed).toEqual([2, 3, 4]);
  });

  it("writes the EPUB 3 pagebreak marker with the page number as its name", () => {
    const root = parseXml(`<body xmlns:epub="http://www.idpf.org/2007/ops">${insertPageBreaks('<p data-token="1">ab</p>', [at(12, 1, 1)]).xhtml}</body>`);
    const [marker] = findAll(root, (e) => e.name === "span");
    expect(marker?.attributes).toEqual({ "epub:type": "pagebreak", role: "doc-pagebreak", id: "page-12", "aria-label": "12" });
    expect(serializeXhtml(pageBreakMarker(3))).toContain('id="page-3"');
  });

  it("leaves exactly `textOffset` characters of visible text before the marker", () => {
    const segment = fc.oneof(
      fc.string({ minLength: 1, maxLength: 8 }).map((text) => ({ kind: "text" as const, text: text.replace(/[<>&]/g, "x") })),
      fc.string({ minLength: 1, maxLength: 5 }).map((text) => ({ kind: "em" as const, text: text.replace(/[<>&]/g, "x") })),
      fc.integer({ min: 1, max: 300 }).map((n) => ({ kind: "call" as const, text: String(n) })),
    );
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 8 }), fc.nat(60), (segments, wanted) => {
        const html = segments
          .map((s) => (s.kind === "text" ? s.text : s.kind === "em" ? `<em>${s.text}</em>` : `<a class="note-call" href="#fn-${s.text}">${s.text}</a>`))
          .join("");
        const visible = segments.filter((s) => s.kind !== "call").map((s) => s.text).join("");
        const offset = Math.min(wanted, visible.length);
        const { xhtml } = insertPageBreaks(`<p data-token="1">${html}</p>`, [at(1, 1, offset)], () => new Element("mark", {}));
        const before = xhtml.slice(0, xhtml.indexOf("<mark></mark>"));
        // The generated text holds no <, > or &, so stripping tags (and calls with their number) gives the visible text.
        const textBefore = before.replace(/<a class="note-call"[^>]*>[^<]*<\/a>/g, "").replace(/<[^>]+>/g, "");
        expect(textBefore).toBe(visible.slice(0, offset));
      }),
      { numRuns: 300 },
    );
  });
});
