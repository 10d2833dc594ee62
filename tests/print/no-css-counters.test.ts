/**
 * The laid-out print page keeps no CSS counter on Paged.js's pages, note calls and note
 * markers (Blink would update every counter of the document for each note and page added),
 * and each page's folio is its position, written by print-runtime.js. Checked in a real
 * Chromium on the page the renderer prints; the sample's PDF test reads the folios back.
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

interface CounterState {
  pages: number;
  notes: number;
  /** Every distinct computed counter-increment / counter-reset on Paged.js's elements. */
  increments: string[];
  resets: string[];
  /** The folio each page prints (its bottom-centre margin box). */
  folios: string[];
}

const readCounters = `(() => {
  const pages = [...document.querySelectorAll(".pagedjs_page")];
  const counted = [...pages, ...document.querySelectorAll("[data-footnote-call], [data-footnote-marker]")];
  const distinct = (values) => [...new Set(values)].sort();
  return {
    pages: pages.length,
    notes: document.querySelectorAll(".pagedjs_footnote_inner_content [data-footnote-marker]").length,
    increments: distinct(counted.map((element) => getComputedStyle(element).counterIncrement)),
    resets: distinct([...document.querySelectorAll(".pagedjs_pages")].map((element) => getComputedStyle(element).counterReset)),
    folios: pages.map((page) => getComputedStyle(page.querySelector(".pagedjs_margin-bottom-center > .pagedjs_margin-content"), "::after").content),
  };
})()`;

describe("the laid-out print page", () => {
  const article = generatedArticle(longArticleMarkdown({ chapters: 2, notesPerChapter: 11 }), "no-counters");

  it("counts nothing with CSS counters, and prints each page's position as its folio", async () => {
    const state = await evaluateAfterLayout<CounterState>(session, article, readCounters);
    expect(state.pages).toBeGreaterThan(2);
    expect(state.notes).toBeGreaterThanOrEqual(22);
    expect(state.increments).toEqual(["none"]);
    expect(state.resets).toEqual(["none"]);
    expect(state.folios).toEqual(Array.from({ length: state.pages }, (_, index) => `"${index + 1}"`));
  }, 60_000);
});
