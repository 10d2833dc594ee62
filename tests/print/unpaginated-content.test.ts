/**
 * The article is laid out by the browser only inside Paged.js's pages: before Paged.js takes
 * the content, print-runtime.js keeps it out of the screen layout (a book would otherwise be
 * laid out once as one long page and thrown away). Measured in a real Chromium when the
 * document becomes interactive, which is when Paged.js starts; the same page without the
 * runtime shows that the measurement sees an unpaginated article when there is one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { addPrintPage, printAssetUrls, registerPrintAssets } from "../../scripts/lib/editions/print/print-assets.ts";
import { generatedArticle, printHtmlOf } from "./print-harness.ts";

let session: BrowserSession;

beforeAll(async () => {
  session = await BrowserSession.launch();
  registerPrintAssets(session.site);
}, 60_000);
afterAll(async () => session?.close());

const recordBoxes = `document.addEventListener("readystatechange", function () {
  if (document.readyState !== "interactive") return;
  var main = document.querySelector("main.article-body");
  window.__boxesWhenInteractive = main ? main.getClientRects().length : -1;
});`;

async function boxesWhenInteractive(slug: string, html: string, waitForPages: boolean): Promise<{ before: number; pageShown: boolean }> {
  const printPage = addPrintPage(session.site, slug, html);
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
