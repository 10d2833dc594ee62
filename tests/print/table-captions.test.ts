/**
 * A table's caption stays with the table: never left alone at the foot of a page with the
 * table on the next; and a table of a few rows stays whole, never split to leave a row or two
 * under a repeated header on the next page. Tables of a few rows after paragraphs of changing lengths, so
 * that some caption falls near a page's foot; printed by Chromium, read back page by page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { generatedArticle, launchPrintSession, printArticle, tool, writePdf } from "./print-harness.ts";

const sentence = "The river rose in the spring and the town moved its market up the hill, where it stayed. ";
const tables = 40;
const blocks = Array.from({ length: tables }, (_, index) => {
  const number = index + 1;
  const rows = Array.from({ length: 3 }, (_, row) => `| R${number}x${row + 1} | ${row * 7 + number} |`).join("\n");
  // Paragraphs of one to seven lines: the captions fall at every height of the page.
  return `${sentence.repeat(1 + ((index * 3) % 7))}\n\n| Place | Count |\n|---|---|\n${rows}\n\nTable: Caption ${number} of its table.`;
}).join("\n\n");

let session: BrowserSession;
beforeAll(async () => {
  session = await launchPrintSession();
}, 60_000);
afterAll(async () => session?.close());

describe("table captions", () => {
  it("print on the page of their table's header", async () => {
    const article = generatedArticle(`---\ntitle: Captions\nlang: en\npageSize: A5\n---\n\n${blocks}\n`, "table-captions");
    const { pdf, pageCount } = await printArticle(session, article);
    expect(pageCount).toBeGreaterThanOrEqual(8);
    const pages = tool("pdftotext", [writePdf(pdf, "table-captions"), "-"]).split("\f");
    for (let number = 1; number <= tables; number++) {
      const captionPage = pages.findIndex((page) => page.includes(`Caption ${number} of its table.`));
      expect(captionPage, `caption ${number}`).toBeGreaterThanOrEqual(0);
      // The header row right under it, on the same page.
      expect(pages[captionPage], `caption ${number}`).toMatch(new RegExp(`Caption ${number} of its table\\.\\s+Place\\s+Count`));
      // A table of three rows is never split: its last row is on its caption's page.
      expect(pages[captionPage], `table ${number}`).toContain(`R${number}x3`);
    }
  }, 120_000);
});
