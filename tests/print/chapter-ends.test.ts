/**
 * No chapter ends with a runt: its last page holds at least three lines of text, never one or
 * two alone before the next chapter's new page. A book of chapters that end in every way a
 * page break can meet them (a last paragraph one to twelve sentences long, calling a note or
 * not, and a one-line last paragraph after a paragraph that grows word by word), printed by
 * Chromium and read back page by page.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { loadBook } from "../../scripts/lib/document/book.ts";
import { pdfPageTexts } from "../helpers/crossref-book.ts";
import { launchPrintSession, printArticle, writePdf } from "./print-harness.ts";

const sentence = "The harbour board met in the long room above the customs house, and its minutes record each vote in the clerk's round hand. ";
const words = "and the clerk wrote it all down again for the board in the morning".split(" ");
const body = Array.from({ length: 9 }, (_, index) => sentence.repeat(5 + ((index * 3) % 6)));

/**
 * Chapters whose last paragraph is 1 to 12 sentences long, the same whose last paragraph calls a
 * note, then chapters ending in a one-line paragraph after one that grows by three words each time.
 */
const chapters = [
  ...Array.from({ length: 12 }, (_, index) => [...body, sentence.repeat(index + 1)]),
  ...Array.from({ length: 12 }, (_, index) => [...body, `${sentence.repeat(index + 1)}[^end]`, "[^end]: The minute book, folio 12."]),
  ...Array.from({ length: 12 }, (_, index) => [...body.slice(0, -1), `${body.at(-1)}${sentence.repeat(8)}${words.concat(words, words).slice(0, index * 3).join(" ")}.`, "It ended there."]),
];

let session: BrowserSession;
let folder: string;
beforeAll(async () => {
  session = await launchPrintSession();
  folder = mkdtempSync(join(tmpdir(), "chapter-ends-"));
  mkdirSync(join(folder, "chapters"));
  const files = chapters.map((paragraphs, index) => {
    const file = `chapters/${String(index + 1).padStart(2, "0")}.md`;
    writeFileSync(join(folder, file), `# Chapter ${index + 1}\n\n${paragraphs.join("\n\n")}\n`);
    return file;
  });
  writeFileSync(join(folder, "book.yml"), `title: Minutes\nauthor: A. Clerk\nlang: en\npageSize: A5\nchapters:\n${files.map((file) => `  - ${file}`).join("\n")}\n`);
}, 60_000);
afterAll(async () => session?.close());

/** The lines of a page's text, without its running head (the first line), its folio and its notes ("1. The minute book…"). */
function textLines(page: string): string[] {
  const lines = page.split("\n").filter((line) => /\p{L}/u.test(line));
  return lines.slice(1).filter((line) => !/^\s*\d+\.\s/u.test(line));
}

describe("chapter ends", () => {
  it("leave at least three lines on a chapter's last page", async () => {
    const book = await loadBook(join(folder, "book.yml"));
    const { pdf } = await printArticle(session, book);
    const pages = pdfPageTexts(writePdf(pdf, "chapter-ends"));
    // A chapter opens on the first page that names it: its running heads come after.
    const openings = chapters.map((_, chapter) => pages.findIndex((page) => new RegExp(`^\\s*Chapter ${chapter + 1}\\s*$`, "m").test(page)));
    expect(openings.every((opening, index) => index === 0 || opening > (openings[index - 1] ?? 0))).toBe(true);
    const lastPages = [...openings.slice(1).map((opening) => opening - 1), pages.length - 1].map((index) => {
      // A blank left-hand page before a chapter opening on the right is passed over.
      let last = index;
      while (last > 0 && textLines(pages[last] ?? "").length === 0) last--;
      return last;
    });
    lastPages.forEach((index, chapter) => {
      expect(textLines(pages[index] ?? "").length, `chapter ${chapter + 1} ends on page ${index + 1}: ${pages[index]}`).toBeGreaterThanOrEqual(3);
    });
  }, 180_000);
});
