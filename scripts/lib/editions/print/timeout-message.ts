/**
 * What a user reads when a step of the print edition outlasts the per-article limit
 * (`--timeout`): not a bare timeout, but how far the step had come, how long each page was
 * taking, what the whole would need at that pace, and the limit to ask for, since a document
 * that is merely long needs only a higher limit.
 */
import type { Article } from "../../document/article.ts";
import { RenderError } from "../../errors.ts";

/** The command-line option that sets the limit, named in every message. */
export const timeoutOption = "--timeout";

/** How far the layout had come when its time ran out. */
export interface LayoutProgress {
  step: "layout";
  /** Pages Paged.js had made, or undefined when the page could not say (its renderer was stuck). */
  pages: number | undefined;
  /** Share of the article's blocks already placed on those pages, 0 to 1, when known. */
  share?: number;
  ms: number;
}

/** The PDF write had `pages` to write when its time ran out; Chromium hands the PDF over whole, so none was written. */
export interface PdfProgress {
  step: "pdf";
  pages: number | undefined;
  ms: number;
  /** How long the layout of those pages took, to compare the write's pace with. */
  layoutMs?: number;
}

/** A step that hung in Chromium (a call that never answered) with nothing to count. */
export interface StalledProgress {
  step: "call";
  ms: number;
}

export type TimeoutProgress = LayoutProgress | PdfProgress | StalledProgress;

/** `what` did not finish "title" within N s, then what the progress tells; code, file and cause as given. */
export function renderTimeout(article: Article, timeoutMs: number, what: string, code: string, cause?: unknown, progress?: TimeoutProgress): RenderError {
  return new RenderError(`print edition: ${what} "${article.meta.title}" within ${Math.round(timeoutMs / 1000)} s${progress ? progressNote(progress) : ""}`, {
    code,
    location: { file: article.sourcePath },
    cause,
  });
}

/**
 * Below this share of the text laid out, an estimate of the whole is mostly noise (the first
 * pages carry the start-up of Paged.js): the message then gives the pace only.
 */
const leastShareForEstimate = 0.02;

/** `: 312 pages laid out in 120 s (0.38 s a page), about 40% of the text; …; raise the limit with --timeout 450 or more` */
export function progressNote(progress: TimeoutProgress): string {
  const seconds = progress.ms / 1000;
  if (progress.step === "call") return `; ${raiseTo(Math.max(2 * seconds, seconds + 60))}`;
  const { pages } = progress;
  if (!pages) return `; ${raiseTo(Math.max(2 * seconds, seconds + 60))}`;
  const perPage = seconds / pages;
  if (progress.step === "pdf") {
    const layoutPace = progress.layoutMs ? `, against ${pace(progress.layoutMs / 1000 / pages)} for its layout` : "";
    return ` (more than ${pace(perPage)}${layoutPace}); ${raiseTo(Math.max(2 * seconds, seconds + 60))}`;
  }
  const done = `: ${plural(pages, "page")} laid out in ${Math.round(seconds)} s (${pace(perPage)})`;
  const share = progress.share;
  if (share === undefined || share < leastShareForEstimate || share >= 1) return `${done}; ${raiseTo(Math.max(2 * seconds, seconds + 60))}`;
  const neededSeconds = seconds / share;
  const estimate = `, about ${Math.max(1, Math.floor(share * 100))}% of the text; at that pace the layout needs about ${Math.round(neededSeconds)} s for some ${plural(roundPages(pages / share), "page")}`;
  // Paged.js slows down a little as a book grows, and the PDF write has the same limit to itself: a margin of half again.
  return `${done}${estimate}; ${raiseTo(Math.max(1.5 * neededSeconds, seconds + 60))}`;
}

/** `raise the limit with --timeout 240 or more`, the seconds rounded up to a ten. */
function raiseTo(seconds: number): string {
  return `raise the limit with ${timeoutOption} ${Math.ceil(seconds / 10) * 10} or more`;
}

function pace(secondsPerPage: number): string {
  return `${secondsPerPage.toFixed(secondsPerPage < 0.01 ? 3 : 2)} s a page`;
}

/** An estimated page count, to two significant figures: it is no more precise than that. */
function roundPages(pages: number): number {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(pages)) - 1);
  return Math.round(pages / magnitude) * magnitude;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}
