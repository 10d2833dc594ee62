/**
 * Notes longer than the room left on their page, built through the real CLI on A5 and A4:
 * half a page, one page and two pages of note text. Read back with pdftotext, every word of
 * the body and of the note is printed exactly once and in order (nothing repeated, nothing
 * lost at a page break), the note starts on its call's page, and every page it continues on
 * says "(continued)" before the note's text.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "../helpers/run-cli.ts";
import { longNoteArticle, type LongNoteArticle } from "./long-note-articles.ts";
import { pageTexts, pdfInfo } from "./print-harness.ts";

/** Words of note text for half a page, one page and two pages of notes on each size. */
const cases = [
  { pageSize: "A5", length: "half a page", noteWords: 320 },
  { pageSize: "A5", length: "one page", noteWords: 640 },
  { pageSize: "A5", length: "two pages", noteWords: 1300 },
  { pageSize: "A4", length: "half a page", noteWords: 500 },
  { pageSize: "A4", length: "one page", noteWords: 1000 },
  { pageSize: "A4", length: "two pages", noteWords: 2000 },
] as const;

const work = mkdtempSync(join(tmpdir(), "press-long-notes-"));
const out = join(work, "dist");
const articles = new Map<string, LongNoteArticle>();
let build: CliResult;

beforeAll(async () => {
  mkdirSync(join(work, "src"));
  for (const { pageSize, noteWords } of cases) {
    const slug = `long-note-${pageSize.toLowerCase()}-${noteWords}`;
    const article = longNoteArticle({ noteWords, pageSize, name: `A Long Note ${pageSize} ${noteWords}` });
    articles.set(slug, article);
    writeFileSync(join(work, "src", `${slug}.md`), article.markdown.replace("---\n", `---\nslug: ${slug}\n`));
  }
  build = await runCli("build.ts", [join(work, "src"), "--out", out]);
}, 300_000);

/** The words of a text, in order (sentence stops and the labels' brackets left out). */
const wordsOf = (text: string): string[] => text.split(/[\s.]+/).filter(Boolean);

describe("a note longer than the room left on its page", () => {
  it("builds every article, the verifier agreeing", () => {
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    for (const slug of articles.keys()) expect(build.stdout).toContain(`verified ${slug}: 1 note, 1 call identical`);
  });

  for (const { pageSize, length, noteWords } of cases) {
    const slug = `long-note-${pageSize.toLowerCase()}-${noteWords}`;

    it(`of ${length} on ${pageSize}: every word printed once, in order; continued under a label on the pages after its call's`, () => {
      const article = articles.get(slug);
      if (!article) throw new Error(`${slug} was not generated`);
      const file = join(out, slug, `${slug}.pdf`);
      expect(pdfInfo(file).get("Page size")).toContain(`(${pageSize})`);
      const pages = pageTexts(file);
      const words = pages.flatMap(wordsOf);
      const body = new Set(article.bodyWords);
      const note = new Set(article.noteWords);
      expect(words.filter((word) => body.has(word))).toEqual(article.bodyWords);
      expect(words.filter((word) => note.has(word))).toEqual(article.noteWords);

      // Pages that print part of the note: the first is the call's page (the call is the only
      // raised "1" in the body), each later one opens its part of the note with the label.
      const withNote = pages.map((text, index) => ({ text, page: index + 1 })).filter(({ text }) => article.noteWords.some((word) => wordsOf(text).includes(word)));
      const minimum = length === "two pages" ? 3 : 2;
      expect(withNote.length).toBeGreaterThanOrEqual(minimum);
      const [first, ...continued] = withNote;
      expect(first?.text).toContain(`${article.bodyWords[article.callAfter - 1]}.1`);
      expect(first?.text).toMatch(new RegExp(`^1\\. ${article.noteWords[0]} `, "m"));
      expect(first?.text).not.toContain("(continued)");
      for (const { text, page } of continued) {
        const label = text.indexOf("(continued)");
        const firstNoteWord = Math.min(...article.noteWords.map((word) => text.indexOf(word)).filter((index) => index >= 0));
        expect(label, `page ${page}`).toBeGreaterThanOrEqual(0);
        expect(label, `page ${page}`).toBeLessThan(firstNoteWord);
        expect(text.split("(continued)").length - 1, `page ${page}`).toBe(1);
      }
      // Pages with the note follow one another.
      withNote.forEach(({ page }, index) => expect(page).toBe((withNote[0]?.page ?? 0) + index));
    });
  }
});
