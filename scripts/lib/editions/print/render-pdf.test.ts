/** The one line a user reads when a print step runs out of time, here Chromium writing a PDF (render-pdf.ts). */
import { TimeoutError } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../document/article.ts";
import { RenderError } from "../../errors.ts";
import { renderTimeout } from "./render-pdf.ts";

describe("a PDF write that runs out of time", () => {
  it("names the article, its file and the time allowed, and keeps Chromium's error as the cause", () => {
    const article = parseArticle("---\ntitle: A Long Book\n---\nText.[^1]\n\n[^1]: A note.\n", "/books/long.md");
    const cause = new TimeoutError("Timed out after waiting 5000ms");
    const error = renderTimeout(article, 5000, "Chromium did not finish writing the PDF of", "pdf-timeout", cause);
    expect(error).toBeInstanceOf(RenderError);
    expect(error.message).toBe('print edition: Chromium did not finish writing the PDF of "A Long Book" within 5 s');
    expect(error.code).toBe("pdf-timeout");
    expect(error.location).toEqual({ file: "/books/long.md" });
    expect(error.cause).toBe(cause);
  });

  it("says how long each page was taking and what limit to ask for, when the pages are known", () => {
    const article = parseArticle("---\ntitle: A Long Book\n---\nText.[^1]\n\n[^1]: A note.\n", "/books/long.md");
    const write = renderTimeout(article, 120_000, "Chromium did not finish writing the 794-page PDF of", "pdf-timeout", undefined, { step: "pdf", pages: 794, ms: 120_000 });
    expect(write.message).toBe('print edition: Chromium did not finish writing the 794-page PDF of "A Long Book" within 120 s (more than 0.15 s a page); raise the limit with --timeout 240 or more');
    const layout = renderTimeout(article, 5_000, "Paged.js did not finish laying out", "print-timeout", undefined, { step: "layout", pages: 40, ms: 5_000 });
    expect(layout.message).toBe('print edition: Paged.js did not finish laying out "A Long Book" within 5 s: 40 pages laid out in 5 s (0.13 s a page); raise the limit with --timeout 65 or more');
    const stuck = renderTimeout(article, 5_000, "Paged.js did not finish laying out", "print-timeout", undefined, { step: "layout", pages: undefined, ms: 5_000 });
    expect(stuck.message).toBe('print edition: Paged.js did not finish laying out "A Long Book" within 5 s; raise the limit with --timeout 65 or more');
  });
});
