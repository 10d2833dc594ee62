/** The one line a user reads when a print step runs out of time (timeout-message.ts, layout-progress.ts). */
import { TimeoutError } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../document/article.ts";
import { RenderError } from "../../errors.ts";
import { renderTimeout } from "./timeout-message.ts";
import { lastBlockMark, shareLaidOut } from "./layout-progress.ts";

const article = parseArticle("---\ntitle: A Long Book\n---\nText.[^1]\n\n[^1]: A note.\n", "/books/long.md");

describe("a print step that runs out of time", () => {
  it("names the article, its file and the time allowed, and keeps Chromium's error as the cause", () => {
    const cause = new TimeoutError("Timed out after waiting 5000ms");
    const error = renderTimeout(article, 5000, "Chromium did not finish writing the PDF of", "pdf-timeout", cause);
    expect(error).toBeInstanceOf(RenderError);
    expect(error.message).toBe('print edition: Chromium did not finish writing the PDF of "A Long Book" within 5 s');
    expect(error.code).toBe("pdf-timeout");
    expect(error.location).toEqual({ file: "/books/long.md" });
    expect(error.cause).toBe(cause);
  });

  it("a layout: pages so far, the pace, the share of the text, what the whole needs and the option to raise", () => {
    const layout = renderTimeout(article, 120_000, "Paged.js did not finish laying out", "print-timeout", undefined, { step: "layout", pages: 312, share: 0.4, ms: 120_000 });
    expect(layout.message).toBe(
      'print edition: Paged.js did not finish laying out "A Long Book" within 120 s: 312 pages laid out in 120 s (0.38 s a page), about 40% of the text; at that pace the layout needs about 300 s for some 780 pages; raise the limit with --timeout 450 or more',
    );
  });

  it("a layout barely begun gives the pace but no estimate, and asks for at least a minute more", () => {
    const early = renderTimeout(article, 5_000, "Paged.js did not finish laying out", "print-timeout", undefined, { step: "layout", pages: 3, share: 0.01, ms: 5_000 });
    expect(early.message).toBe('print edition: Paged.js did not finish laying out "A Long Book" within 5 s: 3 pages laid out in 5 s (1.67 s a page); raise the limit with --timeout 70 or more');
    const stuck = renderTimeout(article, 5_000, "Paged.js did not finish laying out", "print-timeout", undefined, { step: "layout", pages: undefined, ms: 5_000 });
    expect(stuck.message).toBe('print edition: Paged.js did not finish laying out "A Long Book" within 5 s; raise the limit with --timeout 70 or more');
  });

  it("a small limit on a large document still asks for what the whole needs, not just a minute more", () => {
    const layout = renderTimeout(article, 5_000, "Paged.js did not finish laying out", "print-timeout", undefined, { step: "layout", pages: 40, share: 0.05, ms: 5_000 });
    expect(layout.message).toMatch(/about 5% of the text; at that pace the layout needs about 100 s for some 800 pages; raise the limit with --timeout 150 or more$/);
  });

  it("a PDF write: more than the limit over its pages, against the layout's pace", () => {
    const write = renderTimeout(article, 120_000, "Chromium did not finish writing the 2,410-page PDF of", "pdf-timeout", undefined, { step: "pdf", pages: 2410, ms: 120_000, layoutMs: 96_400 });
    expect(write.message).toBe(
      'print edition: Chromium did not finish writing the 2,410-page PDF of "A Long Book" within 120 s (more than 0.05 s a page, against 0.04 s a page for its layout); raise the limit with --timeout 240 or more',
    );
  });

  it("a call that never answered names the step and the option", () => {
    const call = renderTimeout(article, 180_000, "Chromium did not answer while reading back the layout of", "print-call-timeout", undefined, { step: "call", ms: 180_000 });
    expect(call.message).toBe('print edition: Chromium did not answer while reading back the layout of "A Long Book" within 180 s; raise the limit with --timeout 360 or more');
  });
});

describe("the share of an article laid out", () => {
  it("is read from the block marks of the print page", () => {
    expect(lastBlockMark('<p data-token="0">a</p><p data-token="12">b<span data-token="7">c</span></p>')).toBe(12);
    expect(lastBlockMark("<p>unmarked</p>")).toBe(-1);
  });

  it("counts blocks up to the last one placed, and is unknown when none was", () => {
    expect(shareLaidOut(49, 99)).toBe(0.5);
    expect(shareLaidOut(99, 99)).toBe(1);
    expect(shareLaidOut(-1, 99)).toBeUndefined();
    expect(shareLaidOut(3, -1)).toBeUndefined();
  });
});
