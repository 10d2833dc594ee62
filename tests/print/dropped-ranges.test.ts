/**
 * The ranges Paged.js measures with are moved out of the document once their page is laid
 * out (print-runtime.js), so that Blink stops updating them on every later change to the
 * document. Every range the page makes is recorded from before any of its scripts run; after
 * layout, the test counts those still attached to the document, with the parking on (none)
 * and off (most of them: what the parking removes).
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
