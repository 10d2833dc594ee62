/**
 * The same language marks in the three editions of the mixed-script article (title block, text
 * and notes): the web page, the print page Paged.js lays out, and the EPUB's content documents, each read with a real
 * parser (jsdom; XML mode for the EPUB). Every letter of a script foreign to the article sits
 * in an element that gives its language, right-to-left runs say so, and the marks change no
 * character of the text.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { loadArticle } from "../../scripts/lib/document/article.ts";
import { webView } from "../../scripts/lib/editions/web/web-edition.ts";
import { renderPages } from "../../scripts/lib/editions/web/eleventy-pages.ts";
import { renderEpub } from "../../scripts/lib/editions/epub/render-epub.ts";
import { openEpub } from "../epub/epub-reader.ts";
import { printHtmlOf } from "../print/print-harness.ts";
import { mixedSlug, mixedSource, persianSlug, persianSource } from "./built-articles.ts";

interface Mark {
  lang: string;
  dir: string;
  text: string;
}

const expectedMarks: Mark[] = [
  // The subtitle, in the title block of each edition.
  { lang: "fa", dir: "rtl", text: "محمد مصدق" },
  { lang: "el", dir: "", text: "Αθήνα" },
  // The text and the notes.
  { lang: "fa", dir: "rtl", text: "محمد مصدق" },
  { lang: "fa", dir: "rtl", text: "فضل‌الله زاهدی" },
  { lang: "ar", dir: "rtl", text: "الشرق الأوسط" },
  { lang: "fr", dir: "", text: "à la française" },
  { lang: "el", dir: "", text: "δημοκρατία" },
  { lang: "el", dir: "", text: "Αθήνα" },
  { lang: "zh", dir: "", text: "中华人民共和国" },
  { lang: "zh", dir: "", text: "北京" },
  { lang: "fa", dir: "rtl", text: "کودتا" },
  { lang: "fa", dir: "rtl", text: "۲۸ مرداد" },
  { lang: "fa", dir: "rtl", text: "زاهدی" },
  { lang: "ar", dir: "rtl", text: "الشرق الأوسط" },
  { lang: "el", dir: "", text: "δῆμος" },
  { lang: "el", dir: "", text: "κράτος" },
  { lang: "zh", dir: "", text: "中华人民共和国" },
];

const sorted = (marks: Mark[]): string[] => marks.map((mark) => `${mark.lang}|${mark.dir}|${mark.text}`).sort();
const foreignLetter = /[\p{Script=Arabic}\p{Script=Greek}\p{Script=Han}]/u;

/** The marks of a document, and the foreign letters found outside any mark. */
function readMarks(document: Document): { marks: Mark[]; unmarked: string[]; text: string } {
  const marks = [...document.querySelectorAll("body span[lang]")].map((span) => ({ lang: span.getAttribute("lang") ?? "", dir: span.getAttribute("dir") ?? "", text: span.textContent ?? "" }));
  const unmarked: string[] = [];
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const inMark = node.parentElement?.closest("span[lang]");
    for (const char of node.textContent ?? "") if (foreignLetter.test(char) && !inMark) unmarked.push(char);
  }
  return { marks, unmarked, text: document.body.textContent ?? "" };
}

describe("language marks on the mixed-script article", async () => {
  const article = await loadArticle(mixedSource);
  const web = (await renderPages([webView(article)])).get(`${mixedSlug}/index.html`) ?? "";
  const print = await printHtmlOf(article);
  const epub = await openEpub((await renderEpub(article)).epub);

  it("are the same in the web page, the print page and the EPUB", () => {
    const webMarks = readMarks(new JSDOM(web).window.document);
    const printMarks = readMarks(new JSDOM(print).window.document);
    expect(sorted(webMarks.marks)).toEqual(sorted(expectedMarks));
    expect(sorted(printMarks.marks)).toEqual(sorted(expectedMarks));
    const epubMarks = epub.documents.map((document) => readMarks(new JSDOM(document.source, { contentType: "application/xhtml+xml" }).window.document));
    expect(sorted(epubMarks.flatMap((found) => found.marks))).toEqual(sorted(expectedMarks));
    for (const found of [webMarks, printMarks, ...epubMarks]) expect(found.unmarked).toEqual([]);
  });

  it("give the EPUB's spans xml:lang as well", () => {
    const spans = epub.documents.flatMap((document) => [...new JSDOM(document.source, { contentType: "application/xhtml+xml" }).window.document.querySelectorAll("span[lang]")]);
    expect(spans.length).toBe(expectedMarks.length);
    for (const span of spans) expect(span.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).toBe(span.getAttribute("lang"));
  });

  it("leave the article's own language on the page", () => {
    expect(web).toMatch(/<html lang="en">/);
    expect(print).toMatch(/<html lang="en">/);
    expect(epub.documents[0]?.source).toMatch(/<html [^>]*xml:lang="en"/);
  });
});

describe("language marks on a Persian article", async () => {
  const article = await loadArticle(persianSource);
  const web = (await renderPages([webView(article)])).get(`${persianSlug}/index.html`) ?? "";
  const print = await printHtmlOf(article);
  const epub = await openEpub((await renderEpub(article)).epub);
  // Latin words get their language and no direction: inside right-to-left text the
  // bidirectional algorithm sets them left to right already.
  const expected = sorted([
    { lang: "en", dir: "", text: "The Times" },
    { lang: "el", dir: "", text: "δημοκρατία" },
    { lang: "en", dir: "", text: "Ervand Abrahamian" },
    { lang: "en", dir: "", text: "The Coup" },
  ]);

  it("marks English and Greek runs the same way in the three editions", () => {
    expect(sorted(readMarks(new JSDOM(web).window.document).marks)).toEqual(expected);
    expect(sorted(readMarks(new JSDOM(print).window.document).marks)).toEqual(expected);
    const epubMarks = epub.documents.flatMap((document) => readMarks(new JSDOM(document.source, { contentType: "application/xhtml+xml" }).window.document).marks);
    expect(sorted(epubMarks)).toEqual(expected);
    expect(web).toMatch(/<html lang="fa" dir="rtl">/);
  });
});
