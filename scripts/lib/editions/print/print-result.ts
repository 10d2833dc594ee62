/**
 * What the print edition gives back for one article: the PDF and what the other editions and
 * the build need to know about its pages.
 */
import type { Article } from "../../document/article.ts";
import type { BrowserSession } from "../../browser/browser-session.ts";
import type { PageStart } from "../page-starts.ts";

/** A warning about the layout; `file` is a book's chapter file, when the line is in one. */
export interface PrintWarning {
  message: string;
  line?: number;
  file?: string;
}

export interface PrintResult {
  pdf: Uint8Array;
  pageCount: number;
  /** One entry per page, page 1 first. */
  pageStarts: PageStart[];
  /** PNG of the first page, for the catalog thumbnail. */
  firstPagePng: Uint8Array;
  /** Paged.js warnings and overflows, refused requests, pages left partly empty: one line each, with the source line where one is known. */
  warnings: PrintWarning[];
  /** Time spent in Paged.js layout and in Chromium's PDF writer, for the benchmark. */
  timings: { layoutMs: number; pdfMs: number };
}
