/**
 * The layout read-back (browser/layout-report.js) on a hand-made Paged.js page structure, in
 * a real Chromium. The renderer leaves finished pages hidden on screen after layout (they are
 * only printed), so nothing the report says may depend on a page being displayed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../browser/browser-session.ts";
import { Text } from "domhandler";
import { layoutReportExpression, type LayoutReport } from "./browser-scripts.ts";
import { insertPageBreaks } from "../epub/page-breaks.ts";
import { parseHtmlFragment, serializeXhtml } from "../epub/xhtml-dom.ts";

let session: BrowserSession;

beforeAll(async () => {
  session = await BrowserSession.launch();
}, 60_000);
afterAll(async () => session?.close());

/** One Paged.js page: the note area gets the height Paged.js reserved, as Paged.js's stylesheet does. */
function pageHtml(options: { reservedPx: number; note?: boolean; hidden?: boolean }): string {
  return `<div class="pagedjs_page"${options.hidden ? " data-press-hidden" : ""}>
<div class="pagedjs_area" style="--pagedjs-footnotes-height: ${options.reservedPx}px">
<div class="pagedjs_page_content"><p data-token="0">Text</p></div>
<div class="pagedjs_footnote_area">${options.note ? '<span class="footnote" data-note-number="1">A note.</span>' : ""}</div>
</div></div>`;
}

describe("the layout report", () => {
  it("finds space kept for notes that moved on, on pages shown and hidden alike", async () => {
    session.site.add(
      "/test/report.html",
      `<!DOCTYPE html><html><head><style>
:root { --pagedjs-footnotes-height: 0mm; }
.pagedjs_footnote_area { height: var(--pagedjs-footnotes-height); overflow: hidden; }
.pagedjs_page_content { line-height: 20px; }
@media screen { .pagedjs_page[data-press-hidden] { display: none !important; } }
</style></head><body><div class="pagedjs_pages">
${pageHtml({ reservedPx: 40, note: true })}
${pageHtml({ reservedPx: 40, hidden: true })}
${pageHtml({ reservedPx: 0, hidden: true })}
${pageHtml({ reservedPx: 30 })}
</div></body></html>`,
    );
    const opened = await session.newPage();
    try {
      await opened.page.goto(session.site.url("/test/report.html"), { waitUntil: "load" });
      const report = (await opened.page.evaluate(layoutReportExpression())) as LayoutReport;
      expect(report.pageCount).toBe(4);
      // Page 1 has its note; page 3 reserved nothing; pages 2 (hidden on screen) and 4 kept empty
      // space, counted in lines of their text.
      expect(report.emptyNoteAreas).toEqual([
        { page: 2, lines: 2 },
        { page: 4, lines: 1.5 },
      ]);
    } finally {
      await opened.close();
      session.site.remove("/test/report.html");
    }
  }, 60_000);
});

describe("the body-text rule, shared with the EPUB", () => {
  it("puts the EPUB's page marker before the word the print page starts with, past calls, notes, soft hyphens and print-only text", async () => {
    // The same paragraph in each edition's markup, split over two print pages before "second".
    const printed = `<div class="pagedjs_pages">
<div class="pagedjs_page"><div class="pagedjs_area"><div class="pagedjs_page_content"><p data-token="4">Alpha be<sup class="note-call" data-note-call="1">1</sup>ta gam\u00ADma <span class="footnote" data-note-number="1">Note body.</span>(see figure 2<span class="xref-page"> on page 3</span>) </p></div><div class="pagedjs_footnote_area"></div></div></div>
<div class="pagedjs_page"><div class="pagedjs_area"><div class="pagedjs_page_content"><p data-token="4">second half.</p></div><div class="pagedjs_footnote_area"></div></div></div>
</div>`;
    session.site.add("/test/rule.html", `<!DOCTYPE html><html><body>${printed}</body></html>`);
    const opened = await session.newPage();
    try {
      await opened.page.goto(session.site.url("/test/rule.html"), { waitUntil: "load" });
      const report = (await opened.page.evaluate(layoutReportExpression())) as LayoutReport;
      const start = report.pageStarts.find((entry) => entry.page === 2)?.start;
      expect(start?.tokenIndex).toBe(4);
      const epub = parseHtmlFragment('<div data-token="4">Alpha be<a class="note-call" href="#n1">1</a>ta gamma <aside id="n1"><p>Note body.</p></aside>(see figure 2) second half.</div>');
      insertPageBreaks(epub, [{ page: 2, tokenIndex: 4, textOffset: start?.textOffset ?? -1 }], 0, (page) => new Text(`[${page}]`));
      expect(serializeXhtml(epub.children)).toContain("(see figure 2) [2]second half.");
    } finally {
      await opened.close();
      session.site.remove("/test/rule.html");
    }
  }, 60_000);
});
