/**
 * Lays out one article's print HTML with Paged.js in the build's shared Chromium and writes
 * the PDF, with what the other editions and the verifier need from the layout.
 *
 * Decision: we drive Paged.js's polyfill (node_modules/pagedjs/dist/paged.polyfill.js, served
 * by the virtual site at /vendor/paged.polyfill.js) through puppeteer-core in our shared
 * BrowserSession rather than pagedjs-cli, because pagedjs-cli cannot: share one browser
 * across articles and editions, block every request not in the project, give byte-identical
 * PDFs (random UUIDs, dates), report where each page starts (for the EPUB page list), or hide
 * finished pages during layout. pagedjs-cli can still print the same page, written as one
 * standalone file on request (standalone-print-page.ts).
 *
 * Steps: serve the page and its assets from the session's site (Paged.js with the small
 * patches in paged-polyfill.ts); pin the page's randomness and clock before any script runs;
 * wait for Paged.js's own "after" callback (never for network idle), within a per-article
 * timeout; read the layout back and refuse it if a note left its call's page or text was
 * printed twice or lost (layout-checks.ts); note where each link within the document leads
 * and print those links as leaving ones (browser/internal-links.js: Chromium's own took time
 * that grew with the square of the pages); print to PDF; make those links internal again and
 * fix the PDF's metadata, bookmarks and ID (pdf-metadata.ts) while Chromium pictures page 1.
 */
import { ProtocolError, TimeoutError, type Page } from "puppeteer-core";
import type { BrowserSession } from "../../browser/browser-session.ts";
import type { Article } from "../../document/article.ts";
import { layoutEnvironmentScript, type LayoutOptions } from "./layout-environment.ts";
import { PublishError, RenderError } from "../../errors.ts";
import type { PageStart } from "../page-starts.ts";
import { internalLinksExpression, layoutReportExpression, type LayoutReport, type LinkTargets } from "./browser-scripts.ts";
import { assertLayoutSound, blankFootWarnings, emptyNoteAreaWarnings, scaledFigureWarnings } from "./layout-checks.ts";
import { finishPdf, pdfInfoOf } from "./pdf-metadata.ts";
import { addPrintPage, registerPrintAssets } from "./print-assets.ts";
import type { PrintResult, PrintWarning } from "./print-result.ts";
import { watchPageMessages } from "./page-messages.ts";
import { setWindowState } from "../../browser/window-state.ts";
import { callLimitFor } from "../../browser/browser-session.ts";
import { trace } from "../../cli/trace.ts";
import { settlesAtOnce } from "../../browser/settles-at-once.ts";
import { renderTimeout } from "./timeout-message.ts";
import { layoutProgressOf } from "./layout-progress.ts";

export interface RenderPdfOptions extends LayoutOptions {
  /** Longest wait for Paged.js to finish one article; default 120 s. */
  timeoutMs?: number;
  /** Device pixels per CSS pixel of the page-1 picture (the catalog shows it 120 px wide); default 1. */
  screenshotScale?: number;
  /**
   * Called once the layout has passed its checks, before the page-1 picture and the PDF are
   * made: what needs only the page starts (the EPUB's page list) can start then, in this
   * process, while Chromium writes the PDF.
   */
  onLaidOut?: (pageStarts: PageStart[]) => void;
  /**
   * Called once Chromium has loaded the print page and Paged.js is laying it out: what this
   * process set aside so as not to hold up the layout's start can begin then.
   */
  onLayoutStarted?: () => void;
  /** Called when the page to lay out in is not ready at once: Chromium is still opening it. */
  onWaitingForPage?: () => void;
}

const defaultTimeoutMs = 120_000;

/** Renders the PDF of one article from its print HTML (`slug/print.html` from renderPages). */
export async function renderPdf(session: BrowserSession, article: Article, printHtml: string, options: RenderPdfOptions = {}): Promise<PrintResult> {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const info = pdfInfoOf(article);
  registerPrintAssets(session.site);
  const printPage = addPrintPage(session.site, article.slug, printHtml, article.meta.lang);
  // The print page links images as `images/<name>`, beside it, as the web edition publishes them.
  for (const image of article.images) session.site.addFile(`/${article.slug}/images/${image.fileName}`, image.path);
  trace(`print ${article.slug}: waiting for a page`);
  const opening = session.newPage();
  if (options.onWaitingForPage) void settlesAtOnce(opening).then((atOnce) => atOnce || options.onWaitingForPage?.());
  const opened = await opening;
  trace(`print ${article.slug}: page ready`);
  const { page } = opened;
  const messages = watchPageMessages(page);
  let environment: { identifier: string } | undefined;
  let failed = true;
  // What Chromium was asked to do last, for a call that never answers (see the catch below).
  let doing = "preparing the print page of";
  try {
    await page.setViewport({ width: 1280, height: 1024, deviceScaleFactor: options.screenshotScale ?? 1 });
    environment = await page.evaluateOnNewDocument(layoutEnvironmentScript(seedOf(article), info.date.getTime(), options));

    // No frames are drawn while Paged.js works (see window-state.ts); shown again below.
    await setWindowState(page, "minimized");
    const layoutStart = performance.now();
    const outOfTime = Symbol("out of time");
    const laidOut = await withTimeout(layOut(page, session.site.url(printPage.path), messages.failure, () => {
        trace(`print ${article.slug}: layout under way`);
        options.onLayoutStarted?.();
      }), timeoutMs, outOfTime);
    if (laidOut === outOfTime) {
      const progress = await layoutProgressOf(page, printHtml, timeoutMs);
      throw renderTimeout(article, timeoutMs, "Paged.js did not finish laying out", "print-timeout", undefined, progress);
    }
    const layoutMs = performance.now() - layoutStart;
    trace(`print ${article.slug}: laid out`);
    await setWindowState(page, "normal");

    doing = "reading back the layout of";
    const report = (await page.evaluate(layoutReportExpression())) as LayoutReport;
    assertLayoutSound(article, report);
    const pageStarts = pageStartsOf(report);
    trace(`print ${article.slug}: layout checked`);
    options.onLaidOut?.(pageStarts);
    doing = "measuring page 1 of";
    const firstPageBox = await firstPageBoxOf(page, article);

    const pdfStart = performance.now();
    doing = "preparing the links of";
    // Printed as leaving links, made internal again by finishPdf (see browser/internal-links.js).
    const linkTargets = (await page.evaluate(internalLinksExpression())) as LinkTargets;
    doing = "writing the PDF of";
    const chromiumPdf = await page
      .pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, timeout: timeoutMs })
      .catch((error: unknown) => {
        if (!(error instanceof TimeoutError)) throw error;
        throw renderTimeout(article, timeoutMs, `Chromium did not finish writing the ${report.pageCount.toLocaleString("en-US")}-page PDF of`, "pdf-timeout", error, {
          step: "pdf",
          pages: report.pageCount,
          ms: timeoutMs,
          layoutMs,
        });
      });
    trace(`print ${article.slug}: Chromium wrote the PDF`);
    // Chromium pictures page 1 while this process finishes the PDF: the request goes out first.
    doing = "picturing page 1 of";
    const picturing = page.screenshot({ type: "png", clip: firstPageBox, captureBeyondViewport: true }).then((png) => (trace(`print ${article.slug}: page 1 pictured`), png));
    picturing.catch(() => undefined);
    const pdf = await finishPdf(chromiumPdf, info, linkTargets);
    trace(`print ${article.slug}: PDF finished`);
    const pdfMs = performance.now() - pdfStart;
    const firstPagePng = new Uint8Array(await picturing);

    const refused = opened.blocked.filter((url) => !url.endsWith("/favicon.ico"));
    const warnings: PrintWarning[] = [
      ...messages.warnings.map((message) => ({ message })),
      ...refused.map((url) => ({ message: `the print page asked for ${url}, which was refused (only the project's own files are served)` })),
      ...emptyNoteAreaWarnings(article, report),
      ...blankFootWarnings(article, report),
      ...scaledFigureWarnings(article, report),
    ];
    failed = false;
    return {
      pdf,
      pageCount: report.pageCount,
      pageStarts,
      firstPagePng,
      warnings,
      timings: { layoutMs, pdfMs },
    };
  } catch (error) {
    if (error instanceof PublishError && error.location) throw error;
    // A call into Chromium outside the timed steps hit the session's call limit, which
    // --timeout raises (callLimitFor): said as such, not as puppeteer's "Runtime.evaluate timed out".
    if (error instanceof ProtocolError && /\btimed out\b/.test(error.message)) {
      const limitMs = callLimitFor(timeoutMs);
      throw renderTimeout(article, limitMs, `Chromium did not answer while ${doing}`, "print-call-timeout", error, { step: "call", ms: limitMs });
    }
    const message = error instanceof PublishError ? error.message : `print edition: ${(error as Error).message.split("\n")[0]}`;
    throw new RenderError(message, {
      code: error instanceof PublishError ? error.code : "print-render",
      location: { file: article.sourcePath },
      cause: error,
    });
  } finally {
    messages.stop();
    // The page is reused by the next article: its pinned clock and seed must not follow it.
    // A page that failed is closed instead, and is not asked first: after a PDF write that ran
    // out of time its renderer is still printing, and the request would wait for it up to the
    // session's call limit (minutes on a long book) before the failure could be reported.
    if (environment && !failed && !page.isClosed()) await page.removeScriptToEvaluateOnNewDocument(environment.identifier).catch(() => undefined);
    // A layout that failed or stalled may have left the page in any state: it is not reused.
    await opened.close({ discard: failed });
    printPage.remove();
  }
}

/** Opens the page and resolves when Paged.js calls PagedConfig.after (see browser/print-runtime.js). */
async function layOut(page: Page, url: string, failure: Promise<never>, started?: () => void): Promise<void> {
  const finished = (async () => {
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: 0 });
    const loaded = await page.evaluate("typeof window.__pressLayout === 'object'");
    if (!loaded) throw new RenderError("the Paged.js configuration script (/vendor/print-runtime.js) did not run", { code: "print-runtime-missing" });
    started?.();
    await page.evaluate("window.__pressLayout");
  })();
  await Promise.race([finished, failure]);
}

/**
 * Where page 1 is, for a clipped screenshot: no element handle, whose screenshot first
 * scrolls the element into view and waits for an animation frame, which a background tab
 * never gets.
 */
async function firstPageBoxOf(page: Page, article: Article): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = (await page.evaluate(`(() => {
    const first = document.querySelector(".pagedjs_pages > .pagedjs_page");
    if (!first) return null;
    const rect = first.getBoundingClientRect();
    return { x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height };
  })()`)) as { x: number; y: number; width: number; height: number } | null;
  if (!box) throw new RenderError("print edition: Paged.js produced no page", { code: "print-no-pages", location: { file: article.sourcePath } });
  return box;
}

function pageStartsOf(report: LayoutReport): PageStart[] {
  return report.pageStarts.map(({ page, label, start }) => ({ page, ...(label !== undefined && label !== String(page) ? { label } : {}), tokenIndex: start?.tokenIndex ?? 0, textOffset: start?.textOffset ?? 0 }));
}

/** A 32-bit seed from the source's hash: the same article always gets the same page ids. */
function seedOf(article: Article): number {
  return Number.parseInt(article.sourceHash.slice(0, 8), 16) >>> 0;
}

/** `work`'s result, or `outOfTime` once `ms` have passed; the losing promise's later rejection is swallowed. */
async function withTimeout<T, M>(work: Promise<T>, ms: number, outOfTime: M): Promise<T | M> {
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<M>((resolve) => {
    timer = setTimeout(() => resolve(outOfTime), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
