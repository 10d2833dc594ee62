/**
 * Subscripts and superscripts (pandoc's H~2~O and x^2^) sit inside the line's leading: a line
 * that holds one is no taller than its neighbours, so a paragraph's lines stay evenly spaced
 * and the page's lines keep to their grid.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { registerPrintAssets } from "../../scripts/lib/editions/print/print-assets.ts";
import { evaluateAfterLayout, generatedArticle } from "./print-harness.ts";

let session: BrowserSession;

beforeAll(async () => {
  session = await BrowserSession.launch();
  registerPrintAssets(session.site);
}, 60_000);
afterAll(async () => session?.close());

const words = "The same words are set in both paragraphs so that they break into the same number of lines on the page";
const plain = `${words}, water and the square among them, ${words}, ${words}.`;
const raised = `${words}, H~2~O and x^2^ among them, ${words}, ${words}.`;

const article = generatedArticle(`---\ntitle: Even leading\nauthor: A Tester\nlang: en\n---\n\n${plain}\n\n${raised}\n`, "even-leading");

const readHeights = `(() => {
  const paragraphs = [...document.querySelectorAll(".pagedjs_page_content p")].filter((p) => p.textContent.startsWith("The same words"));
  const plain = paragraphs.find((p) => !p.querySelector("sub, sup"));
  const raised = paragraphs.find((p) => p.querySelector("sub") && p.querySelector("sup"));
  const height = (p) => p.getBoundingClientRect().height;
  return { plain: height(plain), raised: height(raised), lines: Math.round(height(plain) / parseFloat(getComputedStyle(plain).lineHeight)) };
})()`;

describe("subscripts and superscripts in the print edition", () => {
  it("leave the paragraph that holds them as tall as one of the same lines without them", async () => {
    const heights = await evaluateAfterLayout<{ plain: number; raised: number; lines: number }>(session, article, readHeights);
    expect(heights.lines).toBeGreaterThanOrEqual(3);
    expect(heights.raised).toBeCloseTo(heights.plain, 1);
  }, 60_000);
});
