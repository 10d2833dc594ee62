/**
 * The sample article's print edition, rendered in a real Chromium and read back with the
 * system's PDF tools: calls 1-11 in reading order, each a smaller raised number, each with
 * its note (the seed's text) at the foot of the same page; fonts embedded; metadata; tagging.
 */
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { loadArticle, type Article } from "../../scripts/lib/document/article.ts";
import type { PrintResult } from "../../scripts/lib/editions/print/print-edition.ts";
import { pdfCreator } from "../../scripts/lib/editions/print/pdf-metadata.ts";
import { seedNotes } from "../helpers/seed-notes.ts";
import { readPdfPages } from "../../scripts/lib/verify/pdf-lines.ts";
import { readPdfNoteLinks } from "../../scripts/lib/verify/pdf-links.ts";
import { findCalls, normalise, notesOnPage, pageTexts, pdfFonts, pdfInfo, printArticle, printHtmlOf, sampleFile, stextChars, tool, writePdf } from "./print-harness.ts";

let session: BrowserSession;
let article: Article;
let result: PrintResult;
let file: string;
let html: string;

beforeAll(async () => {
  expect(existsSync(sampleFile), `${sampleFile} is the sample article`).toBe(true);
  session = await BrowserSession.launch();
  article = await loadArticle(sampleFile);
  html = await printHtmlOf(article);
  result = await printArticle(session, article);
  file = writePdf(result.pdf, "sample");
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe("the sample article's PDF", () => {
  it("has calls 1 to 11 in reading order, each set smaller and raised above the line", () => {
    const calls = findCalls(stextChars(file));
    expect(calls.map((call) => call.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const call of calls) {
      expect(call.raise, `call ${call.number} is raised`).toBeGreaterThan(1.5);
      expect(call.size, `call ${call.number} is smaller than the text`).toBeLessThan(8);
    }
  });

  it("prints each note, with the seed's text, at the foot of its call's page", () => {
    const seed = seedNotes();
    expect(seed.size).toBe(11);
    const callPages = new Map(findCalls(stextChars(file)).map((call) => [call.number, call.page]));
    const texts = pageTexts(file, true);
    const numbers = [...seed.keys()];
    const printed = new Map<number, { page: number; text: string }>();
    texts.forEach((text, index) => {
      for (const [number, noteText] of notesOnPage(text, numbers)) printed.set(number, { page: index + 1, text: noteText });
    });
    for (const [number, seedText] of seed) {
      const note = printed.get(number);
      expect(note, `note ${number} is printed`).toBeDefined();
      expect(note?.page, `note ${number} is on its call's page`).toBe(callPages.get(number));
      // A word of a note hyphenated at a line's end reads "With- drawal" in pdftotext's layout
      // mode, which keeps the drawn hyphen (its plain mode joins the word, as a reader's search does).
      const joined = note?.text.replace(/(\p{L})- (?=\p{Ll})/gu, "$1");
      expect([note?.text, joined], `note ${number}`).toContain(normalise(seedText));
    }
  });

  it("embeds and subsets every font, and uses only the project's faces", () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, `${font.name} embedded`).toBe(true);
      expect(font.subset, `${font.name} subset`).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+(SourceSerif4|Vazirmatn)/);
    }
  });

  it("carries the article's metadata, fixed dates, and stays tagged", () => {
    const info = pdfInfo(file);
    expect(info.get("Title")).toBe(article.meta.title);
    expect(info.get("Subject")).toBe(article.meta.description);
    expect(info.get("Creator")).toBe(pdfCreator);
    expect(info.get("CreationDate")).toMatch(/Nov\s+5 00:00:00 2011 UTC/);
    expect(info.get("Tagged")).toBe("yes");
    expect(info.get("Pages")).toBe(String(result.pageCount));
    expect(info.get("Page size")).toContain("(A5)");
    expect(tool("qpdf", ["--check", file])).toContain("No syntax or stream encoding errors");
  });

  it("has a running head from page 2 on, none on page 1, and a page number on every page", () => {
    const texts = pageTexts(file, true);
    expect(texts.length).toBe(result.pageCount);
    expect(result.pageCount).toBeGreaterThan(1);
    texts.forEach((text, index) => {
      const lines = text.split("\n").filter((line) => line.trim());
      expect(lines[lines.length - 1]?.trim(), `page ${index + 1} number`).toBe(String(index + 1));
      if (index > 0) expect(lines[0]?.trim(), `page ${index + 1} running head`).toBe(article.meta.title);
    });
    const title = article.meta.title;
    // Page 1 sets the title large over two lines; a running head would repeat it on one.
    expect(texts[0]?.split("\n").filter((line) => line.trim() === title).length, "no running head on page 1").toBe(0);
    expect(texts[0]).toContain("MKO fears the U.S. military");
  });

  it("reports where each page starts, in blocks the print page marks", () => {
    expect(result.pageStarts.map((start) => start.page)).toEqual(Array.from({ length: result.pageCount }, (_, i) => i + 1));
    expect(result.pageStarts[0]).toEqual({ page: 1, tokenIndex: 0, textOffset: 0 });
    const marked = new Set([...html.matchAll(/data-token="(\d+)"/g)].map((match) => Number(match[1])));
    let previous = { tokenIndex: -1, textOffset: 0 };
    for (const start of result.pageStarts) {
      expect(marked.has(start.tokenIndex), `page ${start.page} starts in a marked block`).toBe(true);
      const later = start.tokenIndex > previous.tokenIndex || (start.tokenIndex === previous.tokenIndex && start.textOffset > previous.textOffset);
      expect(later, `page ${start.page} starts after page ${start.page - 1}`).toBe(true);
      previous = start;
    }
  });

  it("starts each later page with the text found at its reported offset", () => {
    const texts = pageTexts(file, false);
    for (const start of result.pageStarts.slice(1)) {
      const block = new RegExp(`<p data-token="${start.tokenIndex}">([\\s\\S]*?)</p>`).exec(html)?.[1] ?? "";
      // The block's body text: notes and calls out, tags out, soft hyphens out.
      const text = block
        .replace(/<sup class="note-call"[\s\S]*?<\/sup>/g, "")
        .replace(/<span class="footnote"[\s\S]*?<\/span><\/span>/g, "")
        .replace(/<[^>]+>/g, "")
        .replace(/\u00AD/g, "")
        .replace(/&amp;/g, "&");
      // Letters only: the page's text also holds call numbers and its running head.
      const letters = (value: string): string => value.replace(/[^\p{L}]/gu, "");
      const expected = letters(text.slice(start.textOffset)).slice(0, 24);
      const pageBody = letters((texts[start.page - 1] ?? "").replace(article.meta.title, ""));
      expect(expected.length).toBe(24);
      expect(pageBody.startsWith(expected), `page ${start.page} starts with "${expected}"`).toBe(true);
    }
  });

  it("gives a PNG of page 1 with the page's proportions, and no warnings", () => {
    const png = Buffer.from(result.firstPagePng);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(500);
    expect(height / width).toBeCloseTo(210 / 148, 1);
    // A blank page of this size compresses to a few kilobytes; page 1 of the sample, to about 75.
    expect(png.length, "page 1 is pictured with its text").toBeGreaterThan(30_000);
    expect(result.warnings).toEqual([]);
    expect(result.timings.layoutMs).toBeGreaterThan(0);
    expect(result.timings.pdfMs).toBeGreaterThan(0);
  });

  it("links each call to its note and each note's number back to its call, within the PDF", async () => {
    // Chromium prints the links as leaving ones (browser/internal-links.js); the finisher makes them internal again.
    expect(readFileSync(file).toString("latin1")).not.toContain("press-link:");
    const links = readPdfNoteLinks(await readPdfPages(result.pdf));
    const calls = links.filter((link) => link.kind === "call");
    const backlinks = links.filter((link) => link.kind === "backlink");
    expect(calls.map((link) => link.number)).toEqual(Array.from({ length: 11 }, (_, index) => index + 1));
    expect(backlinks.map((link) => link.number)).toEqual(calls.map((link) => link.number));
    // Where a reader lands: the same page, on the number of the note (or of the call) linked.
    for (const link of links) expect(link.target, `${link.kind} ${link.number}`).toEqual({ page: link.page, number: link.number });
  });

  it("keeps the title in the PDF outline, spelt as written", () => {
    const outline = tool("mutool", ["show", file, "outline"]);
    expect(outline).toContain(`"${article.meta.title}"`);
  });

  it("leaves a print page the layout links to with only the project's assets", () => {
    expect(html).toContain(`<html lang="en">`);
    expect(html).toMatch(/<link rel="stylesheet" href="\/styles\/print-a5\.css">\s*<link rel="stylesheet" href="\/styles\/print\.css">\s*<link rel="stylesheet" href="\/styles\/print-notes\.css">/);
    expect(html).toContain(`<script src="/vendor/print-runtime.js"></script>`);
    expect(html).toContain(`<script src="/vendor/paged.polyfill.js"></script>`);
    expect(html).toContain(`<meta name="description" content="`);
    expect(html).not.toMatch(/<script>(?!<)/);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
  });
});

describe("the print page after the layout", () => {
  it("is reused blank, with the layout's pinned clock and seeded random gone", async () => {
    // The session reuses pages between articles: the next one must not inherit this one's environment.
    session.site.add("/test/after-layout.html", "<!DOCTYPE html><p>next</p>");
    const opened = await session.newPage();
    try {
      await opened.page.goto(session.site.url("/test/after-layout.html"));
      const state = await opened.page.evaluate(() => ({
        options: (window as unknown as { __pressOptions?: unknown }).__pressOptions ?? null,
        randomIsNative: Math.random.toString().includes("[native code]"),
        clockMoves: Date.now() > Date.UTC(2020, 0, 1),
      }));
      expect(state).toEqual({ options: null, randomIsNative: true, clockMoves: true });
    } finally {
      await opened.close();
    }
  });
});
