import { describe, expect, it } from "vitest";
import { ContentError } from "../errors.ts";
import { readBookConfig } from "./book-config.ts";
import { parseBook, readBookSource, type BookSource } from "./book.ts";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bookYml = "title: A Book\nauthor: Jane Doe\nchapters:\n  - chapters/01.md\n  - chapters/02.md\n";

function book(chapters: string[], yml = bookYml, unlisted: string[] = []): BookSource {
  return { config: readBookConfig(yml, "/b/book.yml"), chapterTexts: chapters, unlisted };
}

function errorLines(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.toLine();
    throw error;
  }
  throw new Error("no error");
}

describe("a book folder", () => {
  it("reads Arabic script's language from the letters of all its chapters, for every chapter alike", () => {
    const article = parseBook(book(["# One\n\nMosaddegh (محمد مصدق).\n", "# Two\n\nKarimi (داریوش کریمی).\n"]));
    expect(article.meta.scriptLanguages).toEqual({ Arab: "fa" });
    const spans = article.tokens.flatMap((token) => token.children ?? []).filter((child) => child.type === "language_open");
    expect(spans.map((span) => span.attrGet("lang"))).toEqual(["fa", "fa"]);
  });

  it("joins chapters with labels scoped per chapter and numbers notes across the book", () => {
    const article = parseBook(book(["# One\n\nA[^1] b[^x].\n\n[^1]: One-one.\n[^x]: One-x.\n", "# Two\n\nC[^1] d^[inline] e[^1].\n\n[^1]: Two-one.\n"]));
    expect(article.notes.notes.map((note) => [note.number, note.text])).toEqual([
      [1, "One-one."],
      [2, "One-x."],
      [3, "Two-one."],
      [4, "inline"],
    ]);
    expect(article.notes.calls.map((call) => call.number)).toEqual([1, 2, 3, 4, 3]);
    expect(article.book?.chapters.map((chapter) => [chapter.title, chapter.noteNumbers])).toEqual([
      ["One", [1, 2]],
      ["Two", [3, 4]],
    ]);
    // The chapter title is the book's second level: the title block is the first.
    expect(article.headings.map((heading) => [heading.level, heading.id])).toEqual([
      [2, "one"],
      [2, "two"],
    ]);
    expect(article.tokens.filter((token) => token.type === "footnote_block_open")).toHaveLength(1);
  });

  it("keeps a link into another chapter and unlinks, with its chapter file and line, one that goes nowhere", () => {
    const article = parseBook(book(["# One\n\n## Method\n\nA.\n", "# Two\n\nSee [the method](#method).\n\nAnd [nothing](#nowhere).\n"]));
    expect(article.diagnostics.map((d) => [d.code, d.location?.file, d.location?.line])).toEqual([["link-target-missing", "/b/chapters/02.md", 5]]);
    const links = article.tokens.flatMap((token) => token.children ?? []).filter((token) => token.type === "link_open");
    expect(links.map((token) => token.attrGet("href"))).toEqual(["#method"]);
  });

  it("keeps heading ids unique across chapters", () => {
    const article = parseBook(book(["# One\n\n## Notes on it\n\nA.\n", "# Two\n\n## Notes on it\n\nB.\n"]));
    expect(article.headings.map((heading) => heading.id)).toEqual(["one", "notes-on-it", "two", "notes-on-it-2"]);
  });

  it("names the chapter file and line of a label defined twice", () => {
    const lines = errorLines(() => parseBook(book(["# One\n\nA[^1].\n\n[^1]: x\n", "# Two\n\nB[^1].\n\n[^1]: y\n[^1]: z\n"])));
    expect(lines).toBe("/b/chapters/02.md:6: footnote [^1] is defined twice (first at line 5)");
  });

  it("refuses a chapter without its # title, and a second # heading", () => {
    expect(errorLines(() => parseBook(book(["Text.\n", "# Two\n\nB.\n\n# Three\n"])))).toBe(
      "/b/chapters/01.md:1: the chapter has no # heading: start it with `# The chapter's title`\n" +
        '/b/chapters/02.md:5: a second # heading in one chapter (the title is "Two", line 1); use ## for a section, or make it a chapter file of its own',
    );
  });

  it("reports a Markdown file the chapters list leaves out", () => {
    expect(errorLines(() => parseBook(book(["# One\n", "# Two\n"], bookYml, ["draft.md"])))).toMatch(/^\/b\/book.yml:5: draft.md is in the book's folder but not listed/);
  });

  it("checks book.yml with its lines", () => {
    expect(errorLines(() => readBookConfig("title: T\nchapters:\n  - a.md\n  - b.txt\n", "/b/book.yml"))).toBe("/b/book.yml:4: book.yml: `chapters` entry 2: a chapter is a Markdown file (.md)");
    expect(errorLines(() => readBookConfig("title: T\nchapters: [a.md, a.md]\n", "/b/book.yml"))).toBe("/b/book.yml:2: chapter a.md is listed twice (first at line 2)");
    expect(errorLines(() => readBookConfig("title: T\nchapters:\n  - b.md\n  - a.md\n  - a.md\n", "/b/book.yml"))).toBe("/b/book.yml:5: chapter a.md is listed twice (first at line 4)");
    expect(errorLines(() => readBookConfig("title: T\n", "/b/book.yml"))).toMatch(/no `chapters:` list/);
    expect(errorLines(() => readBookConfig("title: T\nchapters:\n  - /home/a/one.md\n", "/b/book.yml"))).toBe("/b/book.yml:3: book.yml: `chapters` entry 1: a chapter's path is relative to the book's folder, never absolute");
    expect(errorLines(() => readBookConfig("title: T\nchapters: one.md\n", "/b/book.yml"))).toBe("/b/book.yml:2: book.yml: `chapters`: is a list of the chapter files in order, one per line, each after a `- `");
    expect(errorLines(() => readBookConfig("title: T\nnotes: per-page\nchapters: [a.md]\n", "/b/book.yml"))).toBe('/b/book.yml:2: "notes" must be continuous or per-chapter, not "per-page"');
    const config = readBookConfig("title: T\nchapterStart: right\nchapters: [a.md]\nauthr: X\n", "/b/book.yml");
    expect(config.chapterStart).toBe("right");
    expect(config.diagnostics[0]?.message).toMatch(/did you mean "author"/);
  });
});

describe("reading a book's files", () => {
  it("names the chapter file and line of bytes that are not UTF-8, not book.yml", async () => {
    const folder = mkdtempSync(join(tmpdir(), "press-book-utf8-"));
    writeFileSync(join(folder, "book.yml"), "title: T\nchapters:\n  - one.md\n");
    writeFileSync(join(folder, "one.md"), Buffer.concat([Buffer.from("# One\n\nfine\ncaf"), Buffer.from([0xe9]), Buffer.from("\n")]));
    const refused = await readBookSource(join(folder, "book.yml")).then(() => "read", (error: unknown) => (error instanceof ContentError ? error.toLine() : String(error)));
    expect(refused).toBe(`${join(folder, "one.md")}:4: the file is not valid UTF-8 text (save it as UTF-8)`);
  });
});

describe("per-chapter numbering", () => {
  it("prints 1 again in each chapter while every note keeps its place in the book", () => {
    const yml = `${bookYml}notes: per-chapter\n`;
    const article = parseBook(book(["# One\n\nA[^a] b[^b].\n\n[^a]: One-a, see[^c].\n[^b]: One-b.\n[^c]: One-c.\n", "# Two\n\nC[^z] d[^a].\n\n[^z]: Two-z, see[^a].\n[^a]: Two-a.\n"], yml));
    expect(article.notes.notes.map((note) => [note.number, note.printed, note.text])).toEqual([
      [1, 1, "One-a, see2."],
      [2, 2, "One-c."],
      [3, 3, "One-b."],
      [4, 1, "Two-z, see2."],
      [5, 2, "Two-a."],
    ]);
    expect(article.notes.calls.map((call) => [call.number, call.printed])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 1],
      [5, 2],
      [5, 2],
    ]);
  });

  it("shows a call inside a note with the book's number when numbering is continuous", () => {
    const article = parseBook(book(["# One\n\nA[^a].\n\n[^a]: One.\n", "# Two\n\nB[^x].\n\n[^x]: See[^y].\n[^y]: Y.\n"]));
    expect(article.notes.notes.map((note) => note.text)).toEqual(["One.", "See3.", "Y."]);
  });
});

describe("note placement", () => {
  it("reads endnotes and book-endnotes from book.yml and refuses anything else with its line", () => {
    expect(readBookConfig("title: T\nnotePlacement: book-endnotes\nchapters: [a.md]\n", "/b/book.yml").meta.notePlacement).toBe("book-endnotes");
    expect(errorLines(() => readBookConfig("title: T\nchapters: [a.md]\nnotePlacement: sidenotes\n", "/b/book.yml"))).toBe('/b/book.yml:3: "notePlacement" must be footnotes, endnotes or book-endnotes, not "sidenotes"');
  });
});
