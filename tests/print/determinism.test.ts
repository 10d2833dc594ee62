/**
 * The same article gives the same PDF bytes: rendered twice a few seconds apart, and again
 * in a browser started under another time zone. SOURCE_DATE_EPOCH, when set, decides the dates.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { loadArticle, type Article } from "../../scripts/lib/document/article.ts";
import { loadFixture, pdfInfo, printArticle, printHtmlOf, sampleFile, writePdf } from "./print-harness.ts";
import { renderPdf } from "../../scripts/lib/editions/print/render-pdf.ts";

let session: BrowserSession;
let articles: Article[];

beforeAll(async () => {
  session = await BrowserSession.launch();
  articles = [await loadArticle(sampleFile), await loadFixture("headings")];
}, 120_000);

afterAll(async () => {
  await session?.close();
});

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

describe("print edition bytes", () => {
  it("are identical across two renders at different times, PNG of page 1 included", async () => {
    for (const article of articles) {
      const first = await printArticle(session, article);
      await sleep(1_100);
      const second = await printArticle(session, article);
      expect(same(first.pdf, second.pdf), `${article.slug} PDF`).toBe(true);
      expect(same(first.firstPagePng, second.firstPagePng), `${article.slug} PNG`).toBe(true);
      expect(second.pageStarts).toEqual(first.pageStarts);
    }
  }, 120_000);

  it("are identical when several articles are laid out at once in the one browser", async () => {
    // Pages that shared a renderer process got structure ids depending on timing (see BrowserSession.newPage).
    const article = articles[1] as Article;
    const runs = await Promise.all([0, 1, 2, 3].map(() => printArticle(session, article)));
    for (const run of runs.slice(1)) expect(same(run.pdf, (runs[0] as { pdf: Uint8Array }).pdf)).toBe(true);
  }, 120_000);

  it("do not depend on the time zone of the browser or of the build", async () => {
    const article = articles[0] as Article;
    const reference = await printArticle(session, article);
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Tehran";
    let tehran: BrowserSession | undefined;
    try {
      tehran = await BrowserSession.launch();
      const other = await printArticle(tehran, article);
      expect(new Date(Date.UTC(2011, 10, 5)).getHours()).toBe(3); // the zone really changed
      expect(same(reference.pdf, other.pdf)).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
      await tehran?.close();
    }
  }, 120_000);

  it("take their dates from SOURCE_DATE_EPOCH when it is set", async () => {
    const article = articles[0] as Article;
    const html = await printHtmlOf(article);
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = "1700000000";
    try {
      const result = await renderPdf(session, article, html);
      const info = pdfInfo(writePdf(result.pdf, "epoch"));
      expect(info.get("CreationDate")).toMatch(/Nov 14 22:13:20 2023 UTC/);
      expect(info.get("ModDate")).toMatch(/Nov 14 22:13:20 2023 UTC/);
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  }, 120_000);
});
