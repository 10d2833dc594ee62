/**
 * A table's caption stays with the table: never left alone at the foot of a page with the
 * table on the next; and a table of a few rows stays whole, never split to leave a row or two
 * under a repeated header on the next page. A long table keeps the same columns on every page.
 * Tables of a few rows after paragraphs of changing lengths, so
 * that some caption falls near a page's foot; printed by Chromium, read back page by page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { evaluateAfterLayout, generatedArticle, launchPrintSession, printArticle, tool, writePdf } from "./print-harness.ts";

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

describe("long tables across pages", () => {
  it("leave at least three rows on each side of every break", async () => {
    // Paragraphs of 1 to 17 lines before tables of 22 rows: tables start at every height of the page.
    const markets = Array.from({ length: 24 }, (_, index) => {
      const rows = Array.from({ length: 22 }, (_, row) => `| R${index + 1}x${row + 1} | ${row * 7 + index} | Some longer cell text ${row} |`).join("\n");
      const head = "| Place and district of the market | Count of stalls | Remark on the ledger's source |\n|---|---|---|";
      return `${sentence.repeat(1 + ((index * 7) % 17))}\n\n${head}\n${rows}\n\nTable: Caption ${index + 1} of its long table, giving the markets by district and the count of stalls in each.`;
    }).join("\n\n");
    const { pdf } = await printArticle(session, generatedArticle(`---\ntitle: Markets\nlang: en\npageSize: A5\n---\n\n${markets}\n`, "long-table-breaks"));
    const pages = tool("pdftotext", [writePdf(pdf, "long-table-breaks"), "-"]).split("\f");
    for (let number = 1; number <= 24; number++) {
      const perPage = pages.map((page) => (page.match(new RegExp(`\\bR${number}x\\d+\\b`, "g")) ?? []).length).filter((count) => count > 0);
      expect(perPage.reduce((sum, count) => sum + count, 0), `table ${number}`).toBe(22);
      expect(Math.min(...perPage), `table ${number}: rows per page ${perPage.join(", ")}`).toBeGreaterThanOrEqual(3);
    }
  }, 120_000);
});

describe("a short table whose cells call long notes", () => {
  it("is kept whole: its size is its cells' own text, not the notes they call", async () => {
    const note = "A long note on this cell, of the kind a historian writes when a figure needs its source, its unit and the months the ledger lacks. ".repeat(3);
    const rows = ["Braila", "Galati", "Tulcea", "Vidin"].map((port, index) => `| ${port} | 1${index}.2[^${index + 1}] |`).join("\n");
    const notes = [1, 2, 3, 4].map((number) => `[^${number}]: ${note}`).join("\n\n");
    const article = generatedArticle(`---\ntitle: Ports\nlang: en\n---\n\nPrices by port.\n\n| Port | Price |\n|---|--:|\n${rows}\n\n${notes}\n`, "short-table-notes");
    const marked = await evaluateAfterLayout<boolean[]>(session, article, `Array.from(document.querySelectorAll(".pagedjs_page table")).map((table) => table.hasAttribute("data-press-short"))`);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every(Boolean)).toBe(true);
  }, 120_000);
});

describe("a table across pages", () => {
  // Short names on the first pages, long ones after: laid out page by page, the columns moved.
  const rows = Array.from({ length: 70 }, (_, index) => `| ${1850 + index} | ${index < 35 ? "Ace" : "Eastern Telegraph Company of the Pacific"} | ${(index * 37) % 900} |`).join("\n");
  const table = (company: string): string => `---\ntitle: Columns\nlang: en\npageSize: A5\n---\n\nThe companies by year.\n\n| Year | ${company} | Miles |\n|---|---|--:|\n${rows}\n`;
  const note = "[^c]: Companies as the yearbook names them, of the kind a historian explains at length: its mergers, its renamings and the years its ledger lacks, all told in this note.";

  /** Where the repeated header's columns start on each page, from the table's left edge (left-hand pages have their own margins). */
  async function columnStarts(source: string, name: string): Promise<number[][]> {
    const { pdf, pageCount } = await printArticle(session, generatedArticle(source, name));
    expect(pageCount).toBeGreaterThanOrEqual(3);
    const pages = tool("pdftotext", ["-bbox", writePdf(pdf, name), "-"]).split("<page ").slice(1);
    expect(pages.length).toBe(pageCount);
    const x = (page: string, word: string): number => Number(new RegExp(`xMin="([\\d.]+)"[^>]*>${word}<`).exec(page)?.[1]);
    return pages.map((page) => ["Company", "Miles"].map((word) => x(page, word) - x(page, "Year")));
  }

  it("keeps the columns the whole table has on every page", async () => {
    const starts = await columnStarts(table("Company"), "table-columns");
    for (const [index, page] of starts.entries()) {
      expect(page[0], `page ${index + 1}`).toBeCloseTo(starts[0]?.[0] ?? NaN, 0);
      expect(page[1], `page ${index + 1}`).toBeCloseTo(starts[0]?.[1] ?? NaN, 0);
    }
  }, 120_000);

  it("is not widened by a note its header calls: the note goes to the foot of the page", async () => {
    const plain = await columnStarts(table("Company"), "table-columns-plain");
    const called = await columnStarts(`${table("Company[^c]")}\n${note}\n`, "table-columns-note");
    expect(called.length).toBe(plain.length);
    for (const [index, page] of called.entries()) {
      expect(page[0], `page ${index + 1}`).toBeCloseTo(plain[index]?.[0] ?? NaN, 0);
      expect(page[1], `page ${index + 1}`).toBeCloseTo(plain[index]?.[1] ?? NaN, 0);
    }
  }, 120_000);
});
