/**
 * Print page numbers in the e-book: a pagebreak marker where each print page begins, at the
 * character the print edition reported, and a page list in the navigation document.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PageStart } from "../../scripts/lib/editions/page-starts.ts";
import { loadArticle } from "../../scripts/lib/document/article.ts";
import { books, buildBook, samplePageStarts, visibleBlockText, type BuiltBook } from "./books.ts";
import { ancestors, findAll, hasClass, textOf, type XmlElement, type XmlNode } from "./xhtml-reader.ts";

const isMarker = (e: XmlElement): boolean => e.attributes["epub:type"] === "pagebreak";

/** Visible text of `block` before `marker`, note calls left out. */
function textBefore(block: XmlElement, marker: XmlElement): string {
  let text = "";
  const walk = (node: XmlNode): boolean => {
    if (node === marker) return true;
    if (typeof node === "string") {
      text += node;
      return false;
    }
    if (hasClass(node, "note-call")) return false;
    return node.children.some(walk);
  };
  walk(block);
  return text;
}

describe("print page numbers in the long book", () => {
  let book: BuiltBook;
  let starts: PageStart[];
  beforeAll(async () => {
    starts = samplePageStarts(await loadArticle(books.long));
    book = await buildBook(books.long, { pageStarts: starts });
  });

  it("has page starts to place, including offsets inside and past blocks", () => {
    expect(starts.length).toBeGreaterThan(30);
    expect(starts.some((s) => s.textOffset > 0 && s.textOffset < 100)).toBe(true);
    expect(starts.some((s) => s.textOffset >= 100_000)).toBe(true);
  });

  it("places one empty, named pagebreak marker per page, in reading order", () => {
    const markers = book.opened.documents.flatMap((doc) => findAll(doc.root, isMarker));
    expect(markers.map((m) => m.attributes["aria-label"])).toEqual(starts.map((s) => String(s.page)));
    for (const marker of markers) {
      expect(marker.name).toBe("span");
      expect(marker.attributes.role).toBe("doc-pagebreak");
      expect(marker.attributes.id).toBe(`page-${marker.attributes["aria-label"]}`);
      expect(marker.children).toEqual([]);
    }
  });

  it("puts each marker in the block the page starts in, after exactly textOffset characters", () => {
    for (const start of starts) {
      const marker = book.opened.documents.flatMap((doc) => findAll(doc.root, (e) => e.attributes.id === `page-${start.page}`))[0];
      if (!marker) throw new Error(`page ${start.page} has no marker`);
      const block = ancestors(marker).find((a) => a.name === "p" || /^h[1-6]$/.test(a.name));
      if (!block) throw new Error(`page ${start.page} is not inside a paragraph or heading`);
      const expected = visibleBlockText(book.article, start.tokenIndex);
      expect(textOf(block, (e) => hasClass(e, "note-call")), `block of page ${start.page}`).toBe(expected);
      expect(textBefore(block, marker), `text before page ${start.page}`).toBe(expected.slice(0, start.textOffset));
    }
  });

  it("lists every page in the navigation document, each reaching its marker", () => {
    const [list] = findAll(book.opened.navigation.root, (e) => e.name === "nav" && e.attributes["epub:type"] === "page-list");
    if (!list) throw new Error("no page list");
    const links = findAll(list, (e) => e.name === "a");
    expect(links.map((a) => textOf(a))).toEqual(starts.map((s) => String(s.page)));
    for (const link of links) {
      const [file, id] = (link.attributes.href ?? "").split("#");
      const doc = book.opened.documents.find((d) => d.href === file);
      expect(doc && findAll(doc.root, (e) => e.attributes.id === id && isMarker(e)).length).toBe(1);
    }
  });

  it("names the print edition as the source of the page numbers", () => {
    expect(book.opened.packageXml).toContain('<dc:source id="page-source">print edition PDF (A5)</dc:source>');
    expect(book.opened.packageXml).toContain('<meta refines="#page-source" property="source-of">pagination</meta>');
    expect(book.opened.packageXml).toContain('<meta property="schema:accessibilityFeature">printPageNumbers</meta>');
  });
});

describe("a book without page starts", () => {
  it("has no markers, no page list and claims no page numbers", async () => {
    const book = await buildBook(books.notes);
    expect(book.opened.documents.flatMap((doc) => findAll(doc.root, isMarker))).toEqual([]);
    expect(book.opened.navigation.source).not.toContain("page-list");
    expect(book.opened.packageXml).not.toContain("printPageNumbers");
    expect(book.opened.packageXml).not.toContain("dc:source");
  });
});
