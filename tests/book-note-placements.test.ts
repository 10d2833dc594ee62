/**
 * One book, with the things a book's author writes at once (notes at the end of a chapter
 * before a blank page, an ordered list and code in notes, a figure, a table longer than a page,
 * cross-references between chapters), published in each note style through the real CLI, with
 * EPUBCheck. Each must publish, read back identical; what broke before is looked at in the PDF:
 * - a blank page before a right-hand chapter carried a folio, which the read-back took for the
 *   end of the last note before it, and the book was refused;
 * - an ordered list in an endnote showed its numbers twice ("1. 1. first"), the list's own
 *   marker beside the number every edition writes as text.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../scripts/lib/project-paths.ts";
import { pdfPageTexts } from "./helpers/crossref-book.ts";
import { runCli, type CliResult } from "./helpers/run-cli.ts";

const fixture = join(projectRoot, "tests", "fixtures", "books", "harbour");
const work = mkdtempSync(join(tmpdir(), "press-book-placements-"));

const variants = {
  "per-chapter-footnotes": "",
  "continuous-endnotes": "notes: continuous\nnotePlacement: endnotes\n",
  "book-endnotes": "notePlacement: book-endnotes\nfigureNumbering: chapter\n",
} as const;

type Variant = keyof typeof variants;

const builds = new Map<Variant, CliResult>();

/** The PDF's pages as pdftotext reads them. */
function pages(variant: Variant): string[] {
  return pdfPageTexts(join(work, "out", variant, `${variant}.pdf`));
}

beforeAll(async () => {
  for (const [variant, lines] of Object.entries(variants) as Array<[Variant, string]>) {
    const folder = join(work, variant);
    cpSync(fixture, folder, { recursive: true });
    const yml = readFileSync(join(folder, "book.yml"), "utf8").replace(/^notes: .*\n/m, "");
    writeFileSync(join(folder, "book.yml"), yml.replace("chapters:\n", `${variant === "continuous-endnotes" ? "" : "notes: per-chapter\n"}${lines}chapters:\n`));
    builds.set(variant, await runCli("build.ts", [folder, "--out", join(work, "out"), "--epubcheck"], { PRESS_CACHE_DIR: join(work, ".cache") }));
  }
}, 300_000);

describe("a book of notes, figures, a long table and cross-references, in every note style", () => {
  it.each(Object.keys(variants) as Variant[])("%s: publishes, read back identical, EPUBCheck clean", (variant) => {
    const build = builds.get(variant) as CliResult;
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    expect(build.stdout).toContain(`verified ${variant}: 6 notes, 6 calls, 10 cross-references, 4 contents entries identical in the web edition, PDF and EPUB`);
    expect(build.stdout).toContain("EPUBCheck: 0 fatals / 0 errors / 0 warnings");
  });

  it.each([
    ["per-chapter-footnotes", "note 1", "chapter-02.xhtml"],
    ["continuous-endnotes", "note 4", "chapter-02.xhtml"],
    ["book-endnotes", "note 1", "chapter-04.xhtml"],
  ] as const)("%s: a reference to a note prints the note's number and leads, in the EPUB, to the file the note is in", async (variant, words, file) => {
    const epub = await JSZip.loadAsync(readFileSync(join(work, "out", variant, `${variant}.epub`)));
    const chapter = await epub.file("OEBPS/chapter-02.xhtml")?.async("string");
    expect(chapter).toContain(`<a class="xref" href="${file}#fn-4">${words}</a>`);
  });

  it("leaves a blank page before a right-hand chapter wholly blank, folio included", () => {
    const texts = pages("per-chapter-footnotes");
    const blank = texts.flatMap((text, index) => (index > 0 && !text.trim() ? [index + 1] : []));
    // The page after the contents, and one after each chapter that ends on a right-hand page.
    expect(blank.length).toBeGreaterThanOrEqual(2);
    for (const page of blank) expect(page % 2, `page ${page}`).toBe(0);
  });

  it("book-endnotes: lists the notes at the end of the book in the printed contents, with the page their heading opens", () => {
    const texts = pages("book-endnotes");
    const contents = texts.find((text) => /^\s*Contents\s*$/m.test(text)) ?? "";
    const listed = /^\s*Notes\s+(\d+)\s*$/m.exec(contents)?.[1];
    expect(listed, contents).toBeDefined();
    const lines = (text: string): string[] => text.split("\n").map((line) => line.trim()).filter(Boolean);
    // The first page to open with "Notes" is the heading's: pages after it carry it as their running head.
    const opening = texts.find((text) => lines(text)[0] === "Notes") ?? "";
    expect(lines(opening).at(-1)).toBe(listed);
  });

  it.each(["continuous-endnotes", "book-endnotes"] as const)("%s: an ordered list in a note shows each number once", (variant) => {
    const text = pages(variant).join("\n").replace(/\s+/g, " ");
    expect(text).toContain("A third note, with a list: 1. first 2. second");
    expect(text).not.toMatch(/1\. 1\. first/);
  });
});
