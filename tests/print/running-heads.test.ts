/**
 * Running heads, end to end: the short title on right-hand pages and the authors on
 * left-hand ones, from page 2 on, exactly as set, quotes and backslashes included
 * (print-runtime.js sets them as CSS strings; Paged.js's string-set used to strip quotes at
 * either end of a title). The title's quotation marks are the typographer's, as in the body;
 * an author's name keeps the straight ones it is written with.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { longArticleMarkdown } from "./generated-articles.ts";
import { generatedArticle, pageTexts, printArticle, writePdf } from "./print-harness.ts";

let session: BrowserSession;

beforeAll(async () => {
  session = await BrowserSession.launch();
}, 60_000);
afterAll(async () => session?.close());

describe("running heads", () => {
  const shortTitle = String.raw`"Notes" on a back\slash`;
  const shortTitleSet = String.raw`“Notes” on a back\slash`;
  const author = `Ann "Scribe" O'Neil`;
  const markdown = longArticleMarkdown({ chapters: 2, notesPerChapter: 6 })
    .replace("title: A Long Record of Notes", `title: A Long Record of Notes\nshortTitle: '${shortTitle}'`)
    .replace("authors: [Test Author]", `authors: ['${author.replace(/'/g, "''")}']`);
  const article = generatedArticle(markdown, "running-heads");

  it("print the short title on right-hand pages and the authors on left-hand ones, as set", async () => {
    expect(article.meta.shortTitle).toBe(shortTitleSet);
    expect(article.meta.authors).toEqual([author]);
    const result = await printArticle(session, article);
    const texts = pageTexts(writePdf(result.pdf, "running-heads"), true);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    texts.slice(1).forEach((text, index) => {
      const page = index + 2;
      const head = text.split("\n").find((line) => line.trim())?.trim();
      expect(head, `page ${page}`).toBe(page % 2 === 0 ? author : shortTitleSet);
    });
  }, 60_000);
});
