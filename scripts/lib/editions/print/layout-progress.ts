/**
 * How far Paged.js had come when the layout ran out of time: the pages it had made and the
 * share of the article's blocks on them (from the `data-token` marks, RenderEnv.markBlocks),
 * so the message can say what the whole layout would need.
 */
import type { Page } from "puppeteer-core";
import type { LayoutProgress } from "./timeout-message.ts";

/**
 * In the page: the number of pages, and the highest block mark on the last pages that carry
 * one (the page being filled may hold nothing yet). Pages already laid out stay in the
 * document (hidden), so counting them costs no layout.
 */
const progressExpression = `(() => {
  const pages = document.querySelectorAll(".pagedjs_pages > .pagedjs_page");
  let token = -1;
  for (let index = pages.length - 1; index >= 0 && index >= pages.length - 4 && token < 0; index--) {
    for (const block of pages[index].querySelectorAll("[data-token]")) token = Math.max(token, Number(block.getAttribute("data-token")));
  }
  return { pages: pages.length, token };
})()`;

/** The highest block mark of the print page's HTML: the article's last block. */
export function lastBlockMark(printHtml: string): number {
  let last = -1;
  for (const match of printHtml.matchAll(/ data-token="(\d+)"/g)) last = Math.max(last, Number(match[1]));
  return last;
}

/** The share of the article laid out, 0 to 1, from the last block placed and the last block of all. */
export function shareLaidOut(placedToken: number, lastToken: number): number | undefined {
  if (placedToken < 0 || lastToken <= 0) return undefined;
  return Math.min(1, (placedToken + 1) / (lastToken + 1));
}

/**
 * Asks the page how far it came, giving up after a moment: a renderer stuck in a script does
 * not answer, and then the message says so much less.
 */
export async function layoutProgressOf(page: Page, printHtml: string, elapsedMs: number): Promise<LayoutProgress> {
  const asked = page.evaluate(progressExpression) as Promise<{ pages: number; token: number }>;
  asked.catch(() => undefined);
  const late = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 2_000).unref());
  const answer = await Promise.race([asked.catch(() => undefined), late]);
  if (!answer || typeof answer.pages !== "number") return { step: "layout", pages: undefined, ms: elapsedMs };
  return { step: "layout", pages: answer.pages, share: shareLaidOut(answer.token, lastBlockMark(printHtml)), ms: elapsedMs };
}
