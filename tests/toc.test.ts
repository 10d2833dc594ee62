/**
 * The table of contents end to end, on the cross-reference fixture built by the real build:
 * in the PDF each entry's page number (read with pdftotext) is the page where its heading
 * starts, after a dotted leader drawn as no character, and each entry is a link to its
 * heading; the EPUB's nav lists the same entries, nested, with the print page list; the web
 * page lists them as its contents. A wrong contents number makes the verifier's check fail.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticle } from "../scripts/lib/document/article.ts";
import { readPdfPages, type PdfPage } from "../scripts/lib/verify/pdf-lines.ts";
import { readPdfCrossrefs } from "../scripts/lib/verify/pdf-cross-references.ts";
import { pdfCrossrefMismatches } from "../scripts/lib/verify/cross-reference-check.ts";
import { expectedCrossrefs } from "../scripts/lib/verify/crossref-expected.ts";
import { buildCrossrefBook, crossrefFixture, pdfPageTexts, readText, type BuiltCrossrefBook } from "./helpers/crossref-book.ts";
import { runCli } from "./helpers/run-cli.ts";

const entries = ["1 Beginnings", "1.1 Sources", "1.2 Method", "2 The dams", "2.1 Years of record", "3 After the dams"];

let book: BuiltCrossrefBook;
let pages: string[];

beforeAll(async () => {
  book = await buildCrossrefBook("toc-");
  pages = pdfPageTexts(book.pdf);
}, 240_000);
afterAll(() => book && rmSync(book.out, { recursive: true, force: true }));

describe("the PDF's table of contents", () => {
  it("lists every # and ## heading with its number and the page where it starts", () => {
    expect(book.result.code).toBe(0);
    const contentsPage = pages.findIndex((text) => /^\s*Contents\s*$/m.test(text));
    expect(contentsPage).toBe(0);
    for (const entry of entries) {
      const printed = new RegExp(`^\\s*${entry.replace(/\./g, "\\.")}\\s+(\\d+)\\s*$`, "m").exec(pages[contentsPage] ?? "");
      expect(printed, entry).not.toBeNull();
      const heading = new RegExp(`^\\s*${entry.replace(/\./g, "\\.")}\\s*$`, "m");
      const where = pages.findIndex((text, index) => index > contentsPage && heading.test(text)) + 1;
      expect(Number(printed?.[1]), `${entry} is on page ${where}`).toBe(where);
    }
  });

  it("puts the headings on more than one page, so the numbers are not all alike", () => {
    const numbers = entries.map((entry) => new RegExp(`${entry.replace(/\./g, "\\.")}\\s+(\\d+)`).exec(pages[0] ?? "")?.[1]);
    expect(new Set(numbers).size).toBeGreaterThanOrEqual(3);
  });

  it("draws the leaders as no text, and links each entry to its heading", async () => {
    expect(pages[0]).not.toMatch(/\.{3,}|…/);
    const read = readPdfCrossrefs(await readPdfPages(readFileSync(book.pdf)));
    expect(read.contents.map((entry) => entry.text)).toEqual(entries);
    for (const entry of read.contents) expect(entry.lands, entry.text).toMatchObject({ showsHeading: true, folio: entry.printedPage });
  });

  it("draws the leaders as vector dots, not as bitmaps: the contents page uses no pattern or image", async () => {
    const pdf = await PDFDocument.load(readFileSync(book.pdf), { updateMetadata: false });
    const resources = pdf.getPage(0).node.Resources();
    if (!resources) throw new Error("the contents page has no resources");
    expect(resources.lookup(PDFName.of("Pattern"))).toBeUndefined();
    const xObjects = resources.lookup(PDFName.of("XObject"));
    const images = xObjects instanceof PDFDict ? xObjects.keys().filter((key) => xObjects.lookup(key, PDFDict)?.get(PDFName.of("Subtype"))?.toString() === "/Image") : [];
    expect(images).toEqual([]);
  });

  it("fails the check when a printed page number is changed", async () => {
    const changed: PdfPage[] = await readPdfPages(readFileSync(book.pdf));
    const contents = changed[0] as PdfPage;
    // The page number inside the link of "3 After the dams".
    const chars = contents.lines.flatMap((l) => l.chars);
    const inLink = (contents.internalLinks ?? []).map((link) => chars.filter((ch) => (ch.x + ch.right) / 2 >= link.left && (ch.x + ch.right) / 2 <= link.right && (ch.top + ch.bottom) / 2 >= link.top && (ch.top + ch.bottom) / 2 <= link.bottom));
    const entry = inLink.find((found) => found.map((ch) => ch.c).join("").includes("After the dams"));
    const digit = entry?.filter((ch) => /\d/.test(ch.c)).at(-1);
    if (!digit) throw new Error("no page number in the contents entry");
    const printed = digit.c;
    digit.c = printed === "2" ? "3" : "2";
    const expected = expectedCrossrefs(await loadArticle(crossrefFixture));
    const messages = pdfCrossrefMismatches(expected, readPdfCrossrefs(changed)).map((m) => m.message);
    expect(messages).toEqual([`contents entry "3 After the dams": the PDF prints page ${digit.c}, but the heading is on page ${printed}`]);
  });
});

describe("the EPUB's navigation and the web page's contents", () => {
  it("make the same entries the EPUB's nav, nested by level, with the print page list", async () => {
    const zip = await JSZip.loadAsync(readFileSync(book.epub));
    const nav = await zip.file("OEBPS/toc.xhtml")!.async("string");
    const toc = nav.slice(nav.indexOf(`epub:type="toc"`), nav.indexOf("</nav>"));
    expect([...toc.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => m[2])).toEqual(entries);
    expect(toc).toMatch(/<li><a href="chapter-\d+\.xhtml#sec_beginnings">1 Beginnings<\/a><ol><li><a href="chapter-\d+\.xhtml#sec_sources">1\.1 Sources<\/a><\/li>/);
    const pageList = nav.slice(nav.indexOf(`epub:type="page-list"`));
    expect([...pageList.matchAll(/#page-(\d+)">(\d+)<\/a>/g)].map((m) => m[2])).toEqual(pages.map((_, index) => String(index + 1)));
    const opf = await zip.file("OEBPS/content.opf")!.async("string");
    expect(opf).toMatch(/<itemref idref="nav"/);
  });

  it("lists them on the web page, linked to the headings, without page numbers", () => {
    const html = readText(book.web);
    const nav = html.slice(html.indexOf(`<nav class="toc"`), html.indexOf("</nav>", html.indexOf(`<nav class="toc"`)));
    expect(nav).toContain(`<a href="#sec_years"><span class="toc-label"><span class="toc-number">2.1</span> Years of record</span></a>`);
    expect(nav).not.toContain("toc-page");
    expect(html).toContain(`<h2 id="sec_years"><span class="section-number">2.1</span> Years of record</h2>`);
  });
});

describe("a contents of headings in other scripts", () => {
  const headings = ["Вывод", "结论", "Résumé"];
  const work = mkdtempSync(join(tmpdir(), "press-toc-scripts-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("links each entry to its heading in the PDF, as MuPDF follows it (a link to a Russian heading led nowhere)", async () => {
    mkdirSync(join(work, "src"));
    const body = headings.map((heading, i) => `# ${heading}\n\nText of part ${i + 1}.[^${i + 1}]\n\n[^${i + 1}]: A note.\n`).join("\n");
    writeFileSync(join(work, "src", "report.md"), `---\ntitle: Report\ntoc: true\n---\n\n${body}`);
    const result = await runCli("build.ts", [join(work, "src"), "--out", join(work, "dist")]);
    expect(result.code, result.stderr).toBe(0);
    const read = readPdfCrossrefs(await readPdfPages(readFileSync(join(work, "dist", "report", "report.pdf"))));
    expect(read.contents.map((entry) => entry.text)).toEqual(headings);
    for (const entry of read.contents) expect(entry.lands, entry.text).toMatchObject({ showsHeading: true, folio: entry.printedPage });
  }, 120_000);
});

describe("a book's contents", () => {
  const work = mkdtempSync(join(tmpdir(), "press-toc-book-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("spaces a chapter's sections evenly, the first as the rest, and keeps a title's italics in every edition's contents", async () => {
    mkdirSync(join(work, "book", "ch"), { recursive: true });
    writeFileSync(join(work, "book", "book.yml"), "title: Min\ntoc: true\nchapters: [ch/a.md, ch/b.md]\n");
    const sections = (names: string[]): string => names.map((name) => `## ${name} {#sec:${name.toLowerCase()}}\n\nText.[^${name}]\n\n[^${name}]: A note.\n`).join("\n");
    writeFileSync(join(work, "book", "ch", "a.md"), `# First *Italic* chapter\n\nText.\n\n${sections(["One", "Two", "Three"])}`);
    writeFileSync(join(work, "book", "ch", "b.md"), `# Second\n\nText.\n\n${sections(["Four", "Five"])}`);
    const result = await runCli("build.ts", [join(work, "book"), "--out", join(work, "dist")], { PRESS_CACHE_DIR: join(work, "cache") });
    expect(result.code, result.stderr).toBe(0);
    const pdfPages = await readPdfPages(readFileSync(join(work, "dist", "book", "book.pdf")));
    const contents = pdfPages.find((page) => page.lines.some((line) => line.chars.map((char) => char.c).join("").trim() === "Contents"));
    const topOf = (start: string): number => {
      const line = contents?.lines.find((candidate) => candidate.chars.map((char) => char.c).join("").startsWith(start));
      expect(line, start).toBeDefined();
      return line!.top;
    };
    const [chapter, one, two, three, second] = ["1 First", "1.1 One", "1.2 Two", "1.3 Three", "2 Second"].map(topOf) as [number, number, number, number, number];
    // The first section once sat tight under its chapter and every later one 0.5 em lower.
    expect(Math.abs(one - chapter - (two - one))).toBeLessThan(0.5);
    expect(Math.abs(three - two - (two - one))).toBeLessThan(0.5);
    expect(second - three).toBeGreaterThan(two - one + 2);
    const web = readText(join(work, "dist", "book", "index.html"));
    expect(web).toContain(`<span class="toc-number">1</span> First <em>Italic</em> chapter</span>`);
    const nav = await (await JSZip.loadAsync(readFileSync(join(work, "dist", "book", "book.epub")))).file("OEBPS/toc.xhtml")!.async("string");
    expect(nav).toContain(">1 First <em>Italic</em> chapter</a>");
    const print = execFileSync("pdffonts", [join(work, "dist", "book", "book.pdf")], { encoding: "utf8" });
    expect(print).toMatch(/Italic/);
  }, 120_000);
});
