/**
 * Once layout is over, the page boxes nothing is printed in (the empty margin groups and
 * corners, and the bleed boxes of pages without bleed) are out of the layout, so printing
 * skips them (print-runtime.js), while the running head and the folio stay. The running-head
 * and sample PDF tests read what is printed; this one checks what was dropped.
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

interface PageFurniture {
  /** Per page: the classes of the boxes taken out of the layout, sorted. */
  dropped: string[][];
  /** Boxes taken out that had something to print. */
  droppedWithContent: number;
  /** Per page: the margin boxes with content, all still laid out. */
  shown: string[][];
}

const readFurniture = `(() => {
  const pages = [...document.querySelectorAll(".pagedjs_page")];
  const named = (element) => [...element.classList].find((name) => /^pagedjs_(margin|bleed)-|corner-holder/.test(name));
  const dropped = pages.map((page) => [...page.querySelectorAll("*")].filter((element) => element.style.display === "none").map(named).sort());
  const droppedWithContent = pages.reduce((count, page) => count + [...page.querySelectorAll("[style*='display: none'] .hasContent")].length, 0);
  const shown = pages.map((page) => [...page.querySelectorAll(".pagedjs_margin.hasContent")].filter((box) => box.closest("[style*='display: none']:not(.pagedjs_page)") === null).map(named).sort());
  return { dropped, droppedWithContent, shown };
})()`;

describe("page furniture", () => {
  const article = generatedArticle(longArticleMarkdown({ chapters: 1, notesPerChapter: 11 }), "page-furniture");

  it("leaves the empty margin groups and the zero bleed out of the layout, and keeps the running head and folio", async () => {
    const furniture = await evaluateAfterLayout<PageFurniture>(session, article, readFurniture);
    const expected = [
      "pagedjs_bleed-bottom",
      "pagedjs_bleed-left",
      "pagedjs_bleed-right",
      "pagedjs_bleed-top",
      "pagedjs_margin-bottom-left-corner-holder",
      "pagedjs_margin-bottom-right-corner-holder",
      "pagedjs_margin-left",
      "pagedjs_margin-right",
      "pagedjs_margin-top-left-corner-holder",
      "pagedjs_margin-top-right-corner-holder",
    ];
    expect(furniture.dropped.length).toBeGreaterThan(1);
    for (const dropped of furniture.dropped) expect(dropped).toEqual(expected);
    expect(furniture.droppedWithContent).toBe(0);
    // The folio and the running head (which page 1 gives no text) stay in the layout.
    for (const shown of furniture.shown) expect(shown).toEqual(["pagedjs_margin-bottom-center", "pagedjs_margin-top-center"]);
  }, 60_000);
});
