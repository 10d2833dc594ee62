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
});
