/**
 * Subscripts and superscripts (pandoc's H~2~O and x^2^) sit inside the line's leading: a line
 * that holds one is no taller than its neighbours, so a paragraph's lines stay evenly spaced
 * and the page's lines keep to their grid. In the print edition, and in the web page and the
 * EPUB's text, each under its own stylesheet.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { webView } from "../../scripts/lib/editions/web/web-edition.ts";
import { renderPages } from "../../scripts/lib/editions/web/eleventy-pages.ts";
import { projectRoot } from "../../scripts/lib/project-paths.ts";
import { join } from "node:path";
import { evaluateAfterLayout, generatedArticle, launchPrintSession } from "./print-harness.ts";

const words = "The same words are set in both paragraphs so that they break into the same number of lines on the page";
const plain = `${words}, water and the square among them, ${words}, ${words}.`;
const raised = `${words}, H~2~O and x^2^ among them, ${words}, ${words}.`;

const article = generatedArticle(`---\ntitle: Even leading\nauthor: A Tester\nlang: en\n---\n\n${plain}\n\n${raised}\n`, "even-leading");

let session: BrowserSession;
/** The article's web page, as Eleventy renders it. */
let webPage: string;

beforeAll(async () => {
  session = await launchPrintSession();
  webPage = (await renderPages([webView(article)])).get(`${article.slug}/index.html`) ?? "";
}, 60_000);
afterAll(async () => session?.close());

const readHeights = (container: string): string => `(() => {
  const paragraphs = [...document.querySelectorAll("${container} p")].filter((p) => p.textContent.startsWith("The same words"));
  const plain = paragraphs.find((p) => !p.querySelector("sub, sup"));
  const raised = paragraphs.find((p) => p.querySelector("sub") && p.querySelector("sup"));
  const height = (p) => p.getBoundingClientRect().height;
  return { plain: height(plain), raised: height(raised), lines: Math.round(height(plain) / parseFloat(getComputedStyle(plain).lineHeight)) };
})()`;

describe("subscripts and superscripts in the print edition", () => {
  it("leave the paragraph that holds them as tall as one of the same lines without them", async () => {
    expectEvenLeading(await evaluateAfterLayout<Heights>(session, article, readHeights(".pagedjs_page_content")));
  }, 60_000);
});

interface Heights {
  plain: number;
  raised: number;
  lines: number;
}

/** Both paragraphs run to several lines, and the one with sub- and superscripts is no taller. */
function expectEvenLeading(heights: Heights): void {
  expect(heights.lines).toBeGreaterThanOrEqual(3);
  expect(heights.raised).toBeCloseTo(heights.plain, 1);
}

/** Opens `html` at `path` of the session's site, 480 px wide, and measures the two paragraphs. */
async function heightsInPage(path: string, html: string): Promise<Heights> {
  session.site.add(path, html);
  const opened = await session.newPage();
  try {
    await opened.page.setViewport({ width: 480, height: 900 });
    await opened.page.goto(session.site.url(path), { waitUntil: "load" });
    return (await opened.page.evaluate(readHeights("body"))) as Heights;
  } finally {
    await opened.close({ discard: true });
    session.site.remove(path);
  }
}

describe("subscripts and superscripts on screen", () => {
  it("leave the web page's paragraph as tall as one of the same lines without them", async () => {
    session.site.addFile("/assets/web.css", join(projectRoot, "styles", "web.css"));
    expect(webPage).toContain("<sub>2</sub>");
    expectEvenLeading(await heightsInPage(`/${article.slug}/index.html`, webPage));
  }, 60_000);

  it("leave the EPUB's paragraph as tall as one of the same lines without them", async () => {
    session.site.addFile("/epub-test/epub.css", join(projectRoot, "styles", "epub.css"));
    // The two paragraphs as markdown-it writes them, which the EPUB's chapters hold too (made XHTML).
    const paragraphs = webPage.match(/<p>The same words[\s\S]*?<\/p>/g) ?? [];
    expect(paragraphs).toHaveLength(2);
    const body = paragraphs.join("\n");
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="stylesheet" href="epub.css"></head><body>${body}</body></html>`;
    expectEvenLeading(await heightsInPage("/epub-test/index.html", html));
  }, 60_000);
});
