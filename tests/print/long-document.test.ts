/**
 * A long generated article (20 chapters × 11 notes, with repeated, multi-paragraph and list
 * notes): every note numbered continuously and printed once, at the foot of its first call's
 * page, checked from the PDF itself. Hiding finished pages during layout (the speed-up) must
 * not change where pages start.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import type { Article } from "../../scripts/lib/document/article.ts";
import type { PrintResult } from "../../scripts/lib/editions/print/print-edition.ts";
import { longArticleMarkdown } from "./generated-articles.ts";
import { findCalls, generatedArticle, pageTexts, printArticle, printHtmlOf, stextChars, writePdf } from "./print-harness.ts";
import { renderPdf } from "../../scripts/lib/editions/print/render-pdf.ts";

const chapters = 20;
const notesPerChapter = 11;
let session: BrowserSession;
let article: Article;
let result: PrintResult;
let file: string;

beforeAll(async () => {
  session = await BrowserSession.launch();
  article = generatedArticle(longArticleMarkdown({ chapters, notesPerChapter }), "long-generated");
  result = await printArticle(session, article);
  file = writePdf(result.pdf, "long-generated");
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe("a long article with 220 notes", () => {
  it("has the notes the generator wrote: repeated calls, and notes with several paragraphs or a list", () => {
    expect(article.notes.notes.length).toBe(chapters * notesPerChapter);
    expect(article.notes.calls.length).toBeGreaterThan(article.notes.notes.length);
    expect(result.pageCount).toBeGreaterThan(30);
  });

  it("prints every call in reading order with the model's numbers, later calls repeating the first number", () => {
    const printed = findCalls(stextChars(file)).map((call) => call.number);
    expect(printed).toEqual(article.notes.calls.map((call) => call.number));
    const firsts = printed.filter((number, index) => printed.indexOf(number) === index);
    expect(firsts).toEqual(Array.from({ length: chapters * notesPerChapter }, (_, i) => i + 1));
  });

  it("prints each note once, at the foot of the page of its first call", () => {
    const firstCallPage = new Map<number, number>();
    for (const call of findCalls(stextChars(file))) if (!firstCallPage.has(call.number)) firstCallPage.set(call.number, call.page);
    const notePage = new Map<number, number[]>();
    pageTexts(file, true).forEach((text, index) => {
      // A note starts a line with "N. Chapter c, source n:", as the generator writes it.
      for (const match of text.matchAll(/^\s*(\d+)\. Chapter \d+, source \d+:/gm)) {
        const number = Number(match[1]);
        notePage.set(number, [...(notePage.get(number) ?? []), index + 1]);
      }
    });
    for (const note of article.notes.notes) {
      expect(notePage.get(note.number), `note ${note.number}`).toEqual([firstCallPage.get(note.number)]);
    }
  });

  it("lays out the same pages when finished pages stay visible during layout", async () => {
    const unhidden = await renderPdf(session, article, await printHtmlOf(article), { hideFinishedPages: false });
    expect(unhidden.pageCount).toBe(result.pageCount);
    expect(unhidden.pageStarts).toEqual(result.pageStarts);
  }, 180_000);
});
