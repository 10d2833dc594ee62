/**
 * What Paged.js got wrong at the foot of a page, built through the real CLI from generated
 * articles (page-break-articles.ts) and read back from the PDF:
 * - a `##` heading calling a note of 6,000 characters: the heading, the verse after it and
 *   the start of its note on page 1 under the title, nothing printed twice;
 * - a paragraph whose first line calls a note too long for the rest of the page: its first
 *   lines and the start of the note on that page, which is not left empty below the text;
 * - notes that open with a quotation, their calls a little lower from one article to the next
 *   down to the last lines of page 1: each note starts on its call's page with more than its
 *   number, or the call's line goes to the next page with it;
 * - long words broken at soft hyphens at the foot of pages: no line pushed off a page;
 * - verse split across pages: lines ended by a hard break never stretched to the margin, while
 *   the last line of prose cut by a page break is.
 * Every article must pass the read-back and be published.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "../helpers/run-cli.ts";
import { pdfLines, type PdfLine } from "./line-starts.ts";
import { firstLineCallArticle, headingNoteArticle, hyphenatedArticle, quotedNoteArticles, verseArticle } from "./page-break-articles.ts";
import { findCalls, pageTexts, stextChars } from "./print-harness.ts";

const work = mkdtempSync(join(tmpdir(), "press-page-breaks-"));
const out = join(work, "dist");
const heading = headingNoteArticle();
const verse = verseArticle();
const hyphenated = hyphenatedArticle();
const quoted = quotedNoteArticles();
const firstLine = firstLineCallArticle();
const articles = [heading, verse, hyphenated, firstLine, ...quoted];
let build: CliResult;

beforeAll(async () => {
  mkdirSync(join(work, "src"));
  for (const article of articles) writeFileSync(join(work, "src", `${article.slug}.md`), article.markdown);
  build = await runCli("build.ts", [join(work, "src"), "--out", out]);
}, 400_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const pdfOf = (slug: string): string => join(out, slug, `${slug}.pdf`);

/** The words of a text, in order (sentence stops left out). */
const wordsOf = (text: string): string[] => text.split(/[\s.]+/).filter(Boolean);

/** The line of the PDF that holds `word` (a word printed once), or undefined. */
function lineWith(lines: PdfLine[], word: string): PdfLine | undefined {
  return lines.find((line) => line.chars.map((char) => char.c).join("").includes(word));
}

describe("page breaks", () => {
  it("build every article, the verifier agreeing", () => {
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
    for (const { slug } of articles) expect(build.stdout).toContain(`verified ${slug}:`);
  });

  it("set a heading whose note is two pages long under the title on page 1, with its note and the verse after it, each word once", () => {
    const pages = pageTexts(pdfOf(heading.slug));
    const [first] = pages;
    expect(first).toContain("A Heading With A Long Note");
    expect(first).toMatch(/Opening\s*1/);
    // The first lines of the verse stand under the heading, and the note starts at the foot.
    for (const word of heading.bodyWords.slice(0, 8)) expect(wordsOf(first ?? "")).toContain(word);
    expect(first).toMatch(new RegExp(`^\\s*1\\. ${heading.noteWords[0]} `, "m"));
    const words = pages.flatMap(wordsOf);
    const body = new Set(heading.bodyWords);
    const note = new Set(heading.noteWords);
    expect(words.filter((word) => body.has(word))).toEqual(heading.bodyWords);
    expect(words.filter((word) => note.has(word))).toEqual(heading.noteWords);
  });

  it("keep the first lines of a paragraph whose first line calls a long note on the page, with the start of the note", () => {
    expect(build.stderr).not.toContain(`${firstLine.slug}.md: warning`);
    const file = pdfOf(firstLine.slug);
    const calls = findCalls(stextChars(file)).filter((call) => call.number === 1);
    expect(calls.map((call) => call.page)).toEqual([1]);
    const lines = pdfLines(stextChars(file)).filter((line) => line.page === 1);
    const callLine = lines.findIndex((line) => line.chars.map((char) => char.c).join("").includes(firstLine.callWord));
    // The line after the call's, at full size, is still the paragraph's: then the note.
    const size = (line: PdfLine | undefined): number => Math.max(...(line?.chars ?? []).map((char) => char.size));
    expect(callLine).toBeGreaterThan(0);
    expect(size(lines[callLine + 1])).toBe(size(lines[callLine]));
    expect(pageTexts(file)[0]).toMatch(/^\s*1\. \w+ /m);
  });

  it("start a note that opens with a quotation on its call's page, with more than its number", () => {
    for (const article of quoted) {
      const file = pdfOf(article.slug);
      const calls = findCalls(stextChars(file)).filter((call) => call.number === 1);
      expect(calls, article.slug).toHaveLength(1);
      const page = pageTexts(file)[(calls[0]?.page ?? 0) - 1] ?? "";
      expect(page, `${article.slug}: the call's page`).toMatch(/^\s*1\.\s*$|^\s*1\.\s/m);
      expect(wordsOf(page), `${article.slug}: the call's page`).toContain(article.quoteStart);
    }
  });

  it("stretch no line ended by a hard break, and justify the last line of prose cut by a page break", () => {
    const lines = pdfLines(stextChars(pdfOf(verse.slug)));
    const rightOf = (line: PdfLine): number => Math.max(...line.chars.map((char) => char.x));
    const leftOf = (line: PdfLine): number => Math.min(...line.chars.map((char) => char.x));
    // The text block's right edge: where justified prose lines end.
    const margin = Math.max(...lines.filter((line) => line.chars.length > 40).map(rightOf));
    const measure = margin - Math.min(...lines.map(leftOf));
    const verseLines = verse.verseLines.map((text) => ({ text, line: lineWith(lines, text.split(" ")[0] ?? "") }));
    const pagesOfVerse = new Set(verseLines.map(({ line }) => line?.page));
    expect(pagesOfVerse.size, "the verse crosses a page break").toBeGreaterThan(1);
    for (const { text, line } of verseLines) {
      expect(line, text).toBeDefined();
      if (line) expect(rightOf(line), `"${text}" on page ${line.page}`).toBeLessThan(margin - measure * 0.25);
    }
    // The prose after the hard break runs over a page break: the last line on its first page
    // reaches the margin, the line ended by the hard break does not.
    const prose = wordsOf(verse.brokenProse);
    const hardBreakLine = lineWith(lines, prose[4] ?? "");
    expect(hardBreakLine && rightOf(hardBreakLine)).toBeLessThan(margin - measure * 0.25);
    const proseLines = lines.filter((line) => prose.some((word) => line.chars.map((char) => char.c).join("").includes(word)));
    const firstPage = proseLines[0]?.page;
    const lastOnPage = proseLines.filter((line) => line.page === firstPage).pop();
    expect(proseLines.some((line) => line.page !== firstPage), "the prose crosses a page break").toBe(true);
    // (Positions are where characters start: a line's last one may be a narrow stop or a wide letter.)
    expect(lastOnPage && rightOf(lastOnPage)).toBeGreaterThan(margin - measure * 0.03);
  });
});
