/**
 * The book around the text: metadata, chapter files and contents, fonts, the stylesheet's
 * respect for the reader's settings, XHTML hygiene, right-to-left books.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../scripts/lib/document/article.ts";
import { renderEpub } from "../../scripts/lib/editions/epub/render-epub.ts";
import { fontFaces } from "../../scripts/lib/fonts/font-faces.ts";
import { sfntFileName } from "../../scripts/lib/fonts/sfnt-font.ts";
import { codePointsOf, facesHolding } from "../../scripts/lib/fonts/faces-for-text.ts";
import { books, buildBook } from "./books.ts";
import { openEpub } from "./epub-reader.ts";
import { findAll, parseXml, textOf } from "./xhtml-reader.ts";

const metaValues = (opf: string, property: string): string[] =>
  [...opf.matchAll(new RegExp(`<meta property="${property}">([^<]*)</meta>`, "g"))].map((m) => m[1] ?? "");

describe("the sample article as an e-book", () => {
  it("is one content document, titled and dated from its front matter", async () => {
    const book = await buildBook(books.sample);
    expect(book.opened.documents.map((d) => d.href)).toEqual(["chapter-00.xhtml"]);
    const opf = book.opened.packageXml;
    expect(opf).toContain("<dc:title id=\"title\">MKO fears the U.S. military withdrawal</dc:title>");
    expect(opf).toContain("<dc:language>en</dc:language>");
    expect(opf).toContain("<dc:date>2011-11-05</dc:date>");
    expect(opf).toMatch(/<dc:identifier id="pub-id">urn:uuid:[0-9a-f-]{36}<\/dc:identifier>/);
    expect(metaValues(opf, "dcterms:modified")).toEqual(["2011-11-05T00:00:00Z"]);
    expect(opf).toContain(`<dc:description>${book.article.meta.description}</dc:description>`);
    const [h1] = findAll(book.opened.documents[0]?.root ?? parseXml("<x/>"), (e) => e.name === "h1");
    expect(h1 && textOf(h1)).toBe("MKO fears the U.S. military withdrawal");
  });

  it("states true accessibility metadata for a book of text with notes and no images", async () => {
    const opf = (await buildBook(books.sample)).opened.packageXml;
    expect(metaValues(opf, "schema:accessMode")).toEqual(["textual"]);
    expect(metaValues(opf, "schema:accessModeSufficient")).toEqual(["textual"]);
    expect(metaValues(opf, "schema:accessibilityHazard")).toEqual(["none"]);
    expect(metaValues(opf, "schema:accessibilityFeature")).toEqual(expect.arrayContaining(["structuralNavigation", "tableOfContents", "readingOrder"]));
    expect(metaValues(opf, "schema:accessibilityFeature")).not.toContain("alternativeText");
    expect(metaValues(opf, "schema:accessibilityFeature")).not.toContain("printPageNumbers");
    const [summary] = metaValues(opf, "schema:accessibilitySummary");
    expect(summary).toContain("Its 11 notes are footnotes");
    expect(summary).toContain("There are no images.");
    expect(metaValues(opf, "dcterms:conformsTo")).toEqual(["EPUB Accessibility 1.1 - WCAG 2.2 Level AA"]);
  });
});

describe("the note edge cases as an e-book", () => {
  it("falls back to the title for the description and lists every author, publisher and keyword", async () => {
    const opf = (await buildBook(books.notes)).opened.packageXml;
    expect(opf).toContain("<dc:description>Notes in every shape</dc:description>");
    expect(opf).toContain('<dc:creator id="creator-1">Ada Example</dc:creator>');
    expect(opf).toContain('<dc:creator id="creator-2">Zweite Autorin</dc:creator>');
    expect(opf).toContain("<dc:publisher>Footnote Press Tests</dc:publisher>");
    expect(opf).toContain('<dc:title id="subtitle">A fixture for the e-book edition</dc:title>');
    expect([...opf.matchAll(/<dc:subject>([^<]*)<\/dc:subject>/g)].map((m) => m[1])).toEqual(["footnotes", "epub", "fixture"]);
  });

  it("embeds its image with its description and says so", async () => {
    const book = await buildBook(books.notes);
    const [img] = book.opened.documents.flatMap((d) => findAll(d.root, (e) => e.name === "img"));
    expect(img?.attributes.alt).toBe("A red square on white");
    const inZip = book.opened.zip.file(book.opened.base + (img?.attributes.src ?? ""));
    expect(await inZip?.async("string")).toBe(readFileSync(books.notes.replace("notes-edge-cases.md", "figure.svg"), "utf8"));
    expect(book.opened.packageXml).toMatch(/<item id="image-01" href="images\/[0-9a-f]{16}\.svg" media-type="image\/svg\+xml" \/>/);
    expect(metaValues(book.opened.packageXml, "schema:accessMode")).toEqual(["textual", "visual"]);
    expect(metaValues(book.opened.packageXml, "schema:accessibilityFeature")).toContain("alternativeText");
    expect(metaValues(book.opened.packageXml, "dcterms:conformsTo")).toEqual(["EPUB Accessibility 1.1 - WCAG 2.2 Level AA"]);
  });
});

describe("the long book as an e-book", () => {
  it("has one content document per ## heading after the opening one, and a contents page", async () => {
    const book = await buildBook(books.long);
    const source = readFileSync(books.long, "utf8");
    const chapterHeadings = source.split("\n").filter((line) => line.startsWith("## ")).map((line) => line.slice(3));
    expect(book.opened.documents).toHaveLength(chapterHeadings.length + 1);
    expect(book.opened.packageXml).toMatch(/<itemref idref="chapter-00" \/>\s*<itemref idref="nav" \/>\s*<itemref idref="chapter-01" \/>/);
    const toc = findAll(book.opened.navigation.root, (e) => e.name === "nav" && e.attributes["epub:type"] === "toc")[0];
    const topLevel = findAll(toc ?? parseXml("<x/>"), (e) => e.name === "li" && e.parent?.parent === toc);
    expect(topLevel.map((li) => textOf(findAll(li, (e) => e.name === "a")[0] ?? li))).toEqual(["Rivers, Bridges and Archives", ...chapterHeadings]);
    book.opened.documents.slice(1).forEach((doc, i) => {
      const [h2] = findAll(doc.root, (e) => e.name === "h2");
      expect(h2 && textOf(h2)).toBe(chapterHeadings[i]);
    });
  });

  it("keeps the front matter identifier", async () => {
    const opf = (await buildBook(books.long)).opened.packageXml;
    expect(opf).toContain('<dc:identifier id="pub-id">urn:uuid:9b3a6f1e-2c4d-4e5f-8a6b-7c8d9e0f1a2b</dc:identifier>');
  });

  it("writes XHTML without named entities, data attributes or non-breaking-space entities", async () => {
    const book = await buildBook(books.long);
    for (const doc of [...book.opened.documents, book.opened.navigation]) {
      expect(doc.source).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#x?[0-9A-Fa-f]+;)/);
      expect(doc.source).not.toMatch(/\sdata-[\w-]+=/);
    }
    const text = book.opened.documents.map((d) => textOf(d.root)).join("\n");
    expect(text).toContain("©");
    expect(text).toContain("non-breaking\u00A0space");
    expect(text).toContain("شهر تهران در دامنهٔ کوه‌های البرز");
    expect(text).toContain("تقع مدينة بغداد على ضفاف نهر دجلة.");
    expect(text).toContain("„Grüße aus Köln“");
  });

  it("keeps the start number of an ordered list", async () => {
    const book = await buildBook(books.long);
    const lists = book.opened.documents.flatMap((d) => findAll(d.root, (e) => e.name === "ol"));
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.every((ol) => ol.attributes.start === "3")).toBe(true);
  });
});

describe("fonts and stylesheet", () => {
  it("embeds the faces its text needs and no other, declared by @font-face rules that point at them", async () => {
    const book = await buildBook(books.sample);
    const css = await book.opened.text(`${book.opened.base}style.css`);
    const urls = [...css.matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1] ?? "");
    // Embedded as OpenType decoded from the packages' WOFF2 files, under the same names.
    const embedded = new Set(fontFaces().flatMap((face) => (urls.includes(`fonts/${sfntFileName(face.fileName, false)}`) ? [face.fileName] : [])));
    expect(embedded.size).toBe(urls.length);
    for (const url of urls) {
      expect(book.opened.zip.file(`${book.opened.base}${url}`), url).not.toBeNull();
      expect(book.opened.packageXml).toContain(`href="${url}" media-type="application/vnd.ms-opentype"`);
    }
    expect(css).not.toContain("woff2");
    // Every character a face of the project has a glyph for is found in an embedded one.
    const text = book.opened.documents.map((d) => textOf(d.root)).join("");
    for (const point of codePointsOf(text)) {
      const holding = facesHolding(point, "en");
      if (holding) expect(holding.faces.some((face) => embedded.has(face.fileName)), `U+${point.toString(16)}`).toBe(true);
    }
    // The fixture has Arabic-script lines and no Cyrillic or Greek.
    expect(css).toContain('font-family: "Vazirmatn"');
    expect(text).not.toMatch(/[\u0370-\u03ff\u0400-\u052f]/);
    expect(urls.some((url) => /cyrillic|greek/.test(url))).toBe(false);
    // Bold and italic Latin are there whatever the text, as the stylesheet may ask for them.
    expect(urls.filter((url) => url.includes("-latin-")).length).toBeGreaterThanOrEqual(4);
  });

  it("stores pictures as they are and deflates the text and the fonts", async () => {
    const book = await buildBook(books.sample);
    const methods = zipEntryMethods(book.epub);
    const fonts = [...methods].filter(([name]) => name.endsWith(".ttf"));
    expect(fonts.length).toBeGreaterThan(0);
    for (const [name, method] of methods) {
      if (/\.png$/.test(name) || name === "mimetype" || name.endsWith("/")) expect(method, name).toBe("stored");
      else expect(method, name).toBe("deflated");
    }
  });

  it("leaves size and colour to the reader", async () => {
    const book = await buildBook(books.sample);
    const css = (await book.opened.text(`${book.opened.base}style.css`)).replace(/\/\*[\s\S]*?\*\//g, "");
    const body = /(?:^|\n)body\s*{([^}]*)}/.exec(css)?.[1];
    expect(body).toBeDefined();
    expect(body).not.toMatch(/font-size/);
    expect(css).not.toMatch(/(?:^|[\s;{])(?:color|background(?:-color)?)\s*:/);
    for (const [, size] of css.matchAll(/font-size:\s*([^;]+);/g)) expect(size).toMatch(/^[\d.]+(em|%)$/);
  });
});

describe("a right-to-left book", () => {
  it("sets the language and direction everywhere and names its notes in Persian", async () => {
    const article = parseArticle("---\ntitle: آزمون\nlang: fa\ndate: 2020-03-20\n---\nمتن با یادداشت[^1].\n\n[^1]: یادداشت.\n", "/x/fa-test.md");
    const book = await openEpub((await renderEpub(article)).epub);
    expect(book.packageXml).toContain('<spine page-progression-direction="rtl">');
    for (const doc of [...book.documents, book.navigation]) {
      expect(doc.root.attributes).toMatchObject({ lang: "fa", "xml:lang": "fa", dir: "rtl" });
    }
    const [notes] = findAll(book.documents[0]?.root ?? parseXml("<x/>"), (e) => e.name === "section");
    expect(notes?.attributes["aria-label"]).toBe("یادداشت‌ها");
  });
});

/** Each entry's compression method, read from the zip's local file headers. */
function zipEntryMethods(zip: Uint8Array): Map<string, "stored" | "deflated"> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const methods = new Map<string, "stored" | "deflated">();
  let offset = 0;
  while (offset + 30 <= zip.length && view.getUint32(offset, true) === 0x04034b50) {
    const method = view.getUint16(offset + 8, true);
    const compressedSize = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    const name = new TextDecoder().decode(zip.subarray(offset + 30, offset + 30 + nameLength));
    methods.set(name, method === 0 ? "stored" : "deflated");
    offset += 30 + nameLength + extraLength + compressedSize;
  }
  return methods;
}
