/**
 * The note area's height (--pagedjs-footnotes-height, set by Paged.js on each page's area)
 * reaches only the two boxes it sizes, not every element of the page (print-runtime.js
 * registers it as not inherited): a paragraph of a page with notes keeps the initial value,
 * while the note area and the text area both carry the page's value.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { registerPrintAssets } from "../../scripts/lib/editions/print/print-assets.ts";
import { longArticleMarkdown } from "./generated-articles.ts";
import { evaluateAfterLayout, generatedArticle } from "./print-harness.ts";

let session: BrowserSession;

beforeAll(async () => {
  session = await BrowserSession.launch();
  registerPrintAssets(session.site);
}, 60_000);
afterAll(async () => session?.close());

interface PageHeights {
  area: string;
  textArea: string;
  noteArea: string;
  paragraph: string;
  noteAreaPx: number;
}

/** On the first page with a note: the property as each box computes it, and the note area's laid-out height. */
const readHeights = `(() => {
  const page = [...document.querySelectorAll(".pagedjs_page")].find((candidate) => candidate.querySelector(".pagedjs_footnote_area span.footnote"));
  const value = (selector) => getComputedStyle(page.querySelector(selector)).getPropertyValue("--pagedjs-footnotes-height").trim();
  return {
    area: value(".pagedjs_area"),
    textArea: value(".pagedjs_page_content"),
    noteArea: value(".pagedjs_footnote_area"),
    paragraph: value(".pagedjs_page_content p"),
    noteAreaPx: page.querySelector(".pagedjs_footnote_area").getBoundingClientRect().height,
  };
})()`;

describe("the note area's height", () => {
  const article = generatedArticle(longArticleMarkdown({ chapters: 1, notesPerChapter: 4 }), "notes-height");

  it("sizes the note and text areas and is not inherited by the text", async () => {
    const heights = await evaluateAfterLayout<PageHeights>(session, article, readHeights);
    expect(Number.parseFloat(heights.area)).toBeGreaterThan(10);
    expect(heights.textArea).toBe(heights.area);
    expect(heights.noteArea).toBe(heights.area);
    expect(heights.noteAreaPx).toBeCloseTo(Number.parseFloat(heights.area), 0);
    expect(heights.paragraph).toBe("0px");
  }, 60_000);
});
