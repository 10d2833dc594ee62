/**
 * Could a book's layout be split by chapter? Chapters open on a new page, so each could be laid
 * out on its own: in several pages of the one browser at once, or kept from the last build when
 * its chapter did not change. This measures what either would give, on the print page the build
 * lays out, before anything of the kind is built:
 * - the whole book laid out in one page, as the build does;
 * - the book cut into `jobs` runs of whole chapters (the front matter with the first), of about
 *   as many pages each, laid out at the same time in as many pages;
 * - each chapter alone, one after another: what a rebuild after one chapter's edit would lay
 *   out, were the other chapters' pages kept;
 * - whether each chapter fills as many pages alone as in the book, which a merge of separately
 *   laid-out pages needs.
 *
 * A part is the page with everything else removed before Paged.js starts: the same sheets,
 * faces and runtime, so a part costs what it would in a split build, apart from reading the
 * whole page's HTML. Both are timed: in the page from the document's being read to Paged.js's
 * end, and from here, opening the page to reading its layout back.
 */
import { BrowserSession } from "../browser/browser-session.ts";
import { setWindowState } from "../browser/window-state.ts";
import { loadBook } from "../document/book.ts";
import { addPrintPage, layoutEnvironmentScript, printPage, registerPrintAssets, renderPrintBody } from "../editions/print/print-edition.ts";
import { webView } from "../editions/web/web-edition.ts";

/** Chapters `from` to `to` (1-based, inclusive), and the front matter with them or not. */
interface Part {
  front: boolean;
  from: number;
  to: number;
}

export interface Laid {
  /** Paged.js's time in the page, and the time from opening the page to its layout read back. */
  layoutMs: number;
  wallMs: number;
  pages: number;
  /** Pages from each chapter's opening to the next one's (or the end). */
  chapterPages: number[];
}

export interface ChapterLayoutCost {
  whole: Laid;
  /** Each chapter alone, one after another. */
  chapters: Laid[];
  /** The book cut into `jobs` runs laid out at once: wall time of all, and each run's layout. */
  parallel: Array<{ jobs: number; wallMs: number; runs: Laid[] }>;
  /** Chapters that fill another number of pages alone than in the book. */
  mismatched: number[];
}

/** `bookFile`: a book's book.yml. */
export async function measureChapterLayout(bookFile: string, jobsToTry: readonly number[]): Promise<ChapterLayoutCost> {
  const book = await loadBook(bookFile);
  const html = printPage(webView(book, renderPrintBody(book)));
  const count = book.book.chapters.length;
  const session = await BrowserSession.launch();
  try {
    registerPrintAssets(session.site);
    const url = session.site.url(addPrintPage(session.site, book.slug, html, book.meta.lang).path);
    // Once unmeasured: the session's first page and Chromium's caches of the sheets and faces.
    await layOut(session, url, { front: true, from: 1, to: count });
    const whole = await layOut(session, url, { front: true, from: 1, to: count });
    const chapters: Laid[] = [];
    for (let chapter = 1; chapter <= count; chapter++) chapters.push(await layOut(session, url, { front: false, from: chapter, to: chapter }));
    const parallel: ChapterLayoutCost["parallel"] = [];
    for (const jobs of jobsToTry) {
      const start = performance.now();
      const runs = await Promise.all(runsOf(whole.chapterPages, jobs).map((part) => layOut(session, url, part)));
      parallel.push({ jobs, wallMs: performance.now() - start, runs });
    }
    const mismatched = chapters.flatMap((alone, index) => (alone.chapterPages[0] === whole.chapterPages[index] ? [] : [index + 1]));
    return { whole, chapters, parallel, mismatched };
  } finally {
    await session.close();
  }
}

/** `jobs` runs of whole chapters, of about as many pages each by the whole book's layout. */
export function runsOf(chapterPages: readonly number[], jobs: number): Part[] {
  const total = chapterPages.reduce((sum, pages) => sum + pages, 0);
  const runs: Part[] = [];
  let from = 1;
  let pagesSoFar = 0;
  chapterPages.forEach((pages, index) => {
    pagesSoFar += pages;
    const chapter = index + 1;
    const isLast = chapter === chapterPages.length;
    if (isLast || (runs.length < jobs - 1 && pagesSoFar >= (total * (runs.length + 1)) / jobs)) {
      runs.push({ front: runs.length === 0, from, to: chapter });
      from = chapter + 1;
    }
  });
  return runs;
}

/** Lays out one part of the print page. */
async function layOut(session: BrowserSession, url: string, part: Part): Promise<Laid> {
  const start = performance.now();
  const opened = await session.newPage();
  const { page } = opened;
  let failed = true;
  // A page goes back to the session's pool: the scripts it was given must not follow it.
  const scripts: string[] = [];
  try {
    await page.setViewport({ width: 1280, height: 1024 });
    // First: it keeps the real clock, which the fixed environment pins.
    scripts.push((await page.evaluateOnNewDocument(`(${keepOnlyPart})(${JSON.stringify(part)});`)).identifier);
    scripts.push((await page.evaluateOnNewDocument(layoutEnvironmentScript(1, Date.UTC(2024, 0, 1)))).identifier);
    await setWindowState(page, "minimized");
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: 0 });
    const laid = (await page.evaluate(readLayout)) as Omit<Laid, "wallMs">;
    failed = false;
    return { ...laid, wallMs: performance.now() - start };
  } finally {
    if (!failed) for (const identifier of scripts) await page.removeScriptToEvaluateOnNewDocument(identifier);
    await opened.close({ discard: failed });
  }
}

/*
 * Run in the page, as text (tsx rewrites the functions it compiles, which breaks code
 * serialised into a page). The part is cut out once the document has been read and before
 * Paged.js, which waits for that too, takes its copy of the body: this listener comes first.
 */
const keepOnlyPart = `function (part) {
  var now = performance.now.bind(performance);
  function cut() {
    var start = now();
    window.__partLaidOut = window.__pressLayout.then(function () { return now() - start; });
    var main = document.querySelector("main.article-body");
    if (!part.front) {
      Array.from(document.body.children).forEach(function (element) {
        if (element === main || element.tagName === "SCRIPT" || element.tagName === "TEMPLATE") return;
        // The running heads are read from the title block (print-runtime.js): they stay.
        if (!element.matches("header.title-block")) return element.remove();
        Array.from(element.children).forEach(function (child) { if (!child.matches(".running-title, .running-author")) child.remove(); });
      });
    }
    var openings = Array.from(main.querySelectorAll(":scope > h2.chapter-title"));
    var inPart = false;
    Array.from(main.children).forEach(function (child) {
      if (child === openings[part.from - 1]) inPart = true;
      if (child === openings[part.to]) inPart = false;
      if (!inPart) child.remove();
    });
  }
  document.addEventListener("readystatechange", function () { if (document.readyState === "interactive") cut(); }, { once: true });
}`;

const readLayout = `(async function () {
  var ms = await window.__partLaidOut;
  var pages = Array.from(document.querySelectorAll(".pagedjs_pages > .pagedjs_page"));
  var openings = Array.from(document.querySelectorAll(".pagedjs_pages h2.chapter-title")).map(function (title) { return pages.indexOf(title.closest(".pagedjs_page")); });
  var chapterPages = openings.map(function (at, index) { return (index + 1 < openings.length ? openings[index + 1] : pages.length) - at; });
  return { layoutMs: ms, pages: pages.length, chapterPages: chapterPages };
})()`;
