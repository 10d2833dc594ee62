/**
 * What the print runtime (browser/print-runtime.js) does to the print page, checked in a real
 * Chromium on the page the renderer prints, each point shown to fail without the runtime's
 * change where the page itself can show it:
 * - the article stays out of the screen layout until Paged.js takes it into pages, and the
 *   pages stay invisible on screen until they are laid out;
 * - Paged.js's pages, note calls and note markers keep no CSS counter, and each folio is the
 *   page's position;
 * - the note area's height is not inherited by the text;
 * - page boxes with nothing to print are out of the layout once it is over;
 * - the ranges Paged.js measures with are out of the document once their page is laid out.
 * The running-head and sample PDF tests read what is printed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { addPrintPage, printAssetUrls } from "../../scripts/lib/editions/print/print-assets.ts";
import { longArticleMarkdown } from "./generated-articles.ts";
import { renderPdf } from "../../scripts/lib/editions/print/render-pdf.ts";
import { evaluateAfterLayout, generatedArticle, launchPrintSession, printHtmlOf } from "./print-harness.ts";

let session: BrowserSession;

beforeAll(async () => {
  session = await launchPrintSession();
}, 60_000);
afterAll(async () => session?.close());

// ---- Before Paged.js: the article's boxes are measured when the document turns interactive,
// which is when Paged.js starts; without the runtime the measurement sees the whole article.
const recordBoxes = `document.addEventListener("readystatechange", function () {
  if (document.readyState !== "interactive") return;
  var main = document.querySelector("main.article-body");
  window.__boxesWhenInteractive = main ? main.getClientRects().length : -1;
});`;

async function boxesWhenInteractive(slug: string, html: string, waitForPages: boolean): Promise<{ before: number; pageShown: boolean }> {
  const printPage = addPrintPage(session.site, slug, html, "en");
  const opened = await session.newPage();
  try {
    await opened.page.evaluateOnNewDocument(recordBoxes);
    await opened.page.goto(session.site.url(printPage.path), { waitUntil: "domcontentloaded" });
    if (waitForPages) await opened.page.evaluate("window.__pressLayout");
    return (await opened.page.evaluate(`({
      before: window.__boxesWhenInteractive,
      pageShown: (document.querySelector(".pagedjs_page")?.getClientRects().length ?? 0) > 0,
    })`)) as { before: number; pageShown: boolean };
  } finally {
    await opened.close({ discard: true });
    printPage.remove();
  }
}

describe("the print page before Paged.js", () => {
  const article = generatedArticle("---\ntitle: Screen layout\ndate: 2020-01-01\n---\n\nSome text[^1] to lay out.\n\n[^1]: A note.\n", "screen-layout");

  it("keeps the article out of the screen layout, then shows the pages Paged.js made", async () => {
    const result = await boxesWhenInteractive("screen-layout", await printHtmlOf(article), true);
    expect(result.before).toBe(0);
    expect(result.pageShown).toBe(true);
  }, 60_000);

  it("lays the article out when the runtime is not there (the measurement can see it)", async () => {
    const html = (await printHtmlOf(article)).replace(`<script src="${printAssetUrls.runtimeScript}"></script>`, "").replace(`<script src="${printAssetUrls.polyfillScript}"></script>`, "");
    const result = await boxesWhenInteractive("screen-layout-bare", html, false);
    expect(result.before).toBeGreaterThan(0);
  }, 60_000);
});

// ---- No frames drawn during layout: the pages are invisible on screen while Paged.js fills
// them (recorded when the first page appears), visible once it is done.
const recordVisibility = `new MutationObserver((records, observer) => {
  const pages = document.querySelector(".pagedjs_pages");
  if (!pages || !pages.querySelector(".pagedjs_page")) return;
  window.__visibilityDuringLayout = getComputedStyle(pages).visibility;
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });`;

describe("the pages on screen", () => {
  const article = generatedArticle(longArticleMarkdown({ chapters: 1, notesPerChapter: 6 }), "pages-on-screen");

  it("are invisible while Paged.js lays them out, and visible afterwards", async () => {
    const seen = await evaluateAfterLayout<{ during: string; after: string }>(
      session,
      article,
      `({ during: window.__visibilityDuringLayout, after: getComputedStyle(document.querySelector(".pagedjs_pages")).visibility })`,
      recordVisibility,
    );
    expect(seen).toEqual({ during: "hidden", after: "visible" });
  }, 60_000);
});

// ---- No CSS counters: Blink would update every counter of the document for each note and
// page added; nothing a reader sees comes from them.
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

// ---- The note area's height (--pagedjs-footnotes-height, set by Paged.js on each page's area):
// the note and text areas carry it, a paragraph keeps the initial value.
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

// ---- Page furniture: boxes with nothing to print leave the layout; the running head and the
// folio stay.
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

// ---- Dropped ranges: every range the page makes is recorded from before any of its scripts
// run; after layout none is attached to the document, and most are without the parking.
/** Records every range made in the page, by either way of making one; sets the runtime's option. */
const recordRanges = (parkRanges: boolean): string => `(() => {
  window.__pressOptions = { parkRanges: ${parkRanges} };
  const made = (window.__madeRanges = []);
  const createRange = Document.prototype.createRange;
  Document.prototype.createRange = function () {
    const range = createRange.call(this);
    made.push(range);
    return range;
  };
  const NativeRange = window.Range;
  const RecordedRange = function Range() {
    const range = new NativeRange();
    made.push(range);
    return range;
  };
  RecordedRange.prototype = NativeRange.prototype;
  window.Range = RecordedRange;
})();`;

const countRanges = `(() => {
  const made = window.__madeRanges;
  const attached = made.filter((range) => (range.startContainer.ownerDocument ?? range.startContainer) === document);
  return { made: made.length, attached: attached.length, pages: document.querySelectorAll(".pagedjs_page").length };
})()`;

describe("the ranges Paged.js measures with", () => {
  const article = generatedArticle(longArticleMarkdown({ chapters: 3, notesPerChapter: 11 }), "dropped-ranges");

  it("are all out of the document once the pages are laid out", async () => {
    const result = await evaluateAfterLayout<{ made: number; attached: number; pages: number }>(session, article, countRanges, recordRanges(true));
    expect(result.pages).toBeGreaterThan(3);
    expect(result.made).toBeGreaterThan(100);
    expect(result.attached).toBe(0);
  }, 60_000);

  it("stay attached to the document without the parking", async () => {
    const result = await evaluateAfterLayout<{ made: number; attached: number }>(session, article, countRanges, recordRanges(false));
    expect(result.made).toBeGreaterThan(100);
    expect(result.attached).toBeGreaterThan(result.made / 2);
  }, 60_000);
});

// ---- A minimized window while Paged.js works (render-pdf.ts): no frames are drawn; the
// window is shown again before the PDF is written and page 1 pictured. The page reports its
// visibility on its console when the first page appears and when it is printed.
describe("the renderer's window", () => {
  const article = generatedArticle(longArticleMarkdown({ chapters: 1, notesPerChapter: 6 }), "renderer-window");

  it("is minimized during layout and shown again for printing", async () => {
    const said: string[] = [];
    const newPage = session.newPage.bind(session);
    const watched = async (...args: Parameters<BrowserSession["newPage"]>) => {
      const opened = await newPage(...args);
      opened.page.on("console", (message) => {
        if (message.text().startsWith("visibility ")) said.push(message.text());
      });
      await opened.page.evaluateOnNewDocument(`new MutationObserver((records, observer) => {
        if (!document.querySelector(".pagedjs_page")) return;
        console.info("visibility during layout: " + document.visibilityState);
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      window.addEventListener("beforeprint", () => console.info("visibility when printed: " + document.visibilityState));`);
      return opened;
    };
    const printed = await renderPdf(Object.assign(Object.create(session) as BrowserSession, { newPage: watched }), article, await printHtmlOf(article));
    expect(printed.pageCount).toBeGreaterThan(0);
    expect(said).toEqual(["visibility during layout: hidden", "visibility when printed: visible"]);
  }, 60_000);
});
