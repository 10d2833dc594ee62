/**
 * Cross-references in a book folder, through the real CLI: chapters refer to sections, a figure
 * and a table of other chapters, earlier and later, from the text and from notes numbered per
 * chapter. The build's read-back checks every reference's number and link and every "on page N"
 * and contents number; here the words are also read off the PDF's pages, and the errors that
 * only a whole book can find name their chapter file and line.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../scripts/lib/project-paths.ts";
import { runCli, type CliResult } from "./helpers/run-cli.ts";

const fixture = join(projectRoot, "tests", "fixtures", "books", "crossrefs");
const work = mkdtempSync(join(tmpdir(), "press-book-xref-"));

function copy(name: string): string {
  const folder = join(work, name);
  cpSync(fixture, folder, { recursive: true });
  return folder;
}

function pageTexts(pdf: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
  return Array.from({ length: pages }, (_, index) => execFileSync("pdftotext", ["-f", String(index + 1), "-l", String(index + 1), pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " "));
}

describe("a book whose chapters refer to one another", () => {
  let build: CliResult;
  const out = join(work, "dist");
  beforeAll(async () => {
    build = await runCli("build.ts", [copy("book"), "--out", out]);
  }, 180_000);

  it("publishes, every reference read back with its number and page in all three editions", () => {
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    expect(build.stdout).toContain("4 notes, 4 calls, 9 cross-references, 3 contents entries identical in the web edition, PDF and EPUB");
  });

  it("numbers sections by chapter and figures and tables through the book, and prints each page where its target is", () => {
    const pages = pageTexts(join(out, "book", "book.pdf"));
    // The folio printed at the foot of the page that shows `text`.
    const folioOf = (text: string): string => {
      const index = pages.findIndex((page) => page.includes(text));
      // Pages i-iii and a blank page come before page 1.
      return String(index + 1 - 4);
    };
    const body = pages.join(" ");
    expect(body).toContain(`the dams in section 2 on page ${folioOf("Dams changed the valley.")}`);
    expect(body).toContain(`The counts are in table 1 on page ${folioOf("Table 1. Yearly counts")}`);
    expect(body).toContain(`the bars in figure 1 on page ${folioOf("Figure 1. Counts by decade")}`);
    expect(body).toContain(`As section 1.1 on page ${folioOf("Sources are listed.")} explained`);
    // Chapter two's notes start again at 1, and a note refers across chapters too.
    expect(body).toContain("1. Chapter two’s first note, citing figure 1");
    // A reference to a note by its label prints the number the note prints, and its page.
    expect(body).toContain(`Their dates are in note 1 on page ${folioOf("1. Chapter two’s first note")}.`);
    expect(body).toContain(`see section 2 on page ${folioOf("Dams changed the valley.")} and note 1 on page ${folioOf("1. A first note in chapter one")}`);
  });

  it("links a reference on one chapter's web page to the page of the chapter that holds its target", () => {
    const first = readFileSync(join(out, "book", "chapter-01.html"), "utf8");
    expect(first).toMatch(/<a [^>]*href="chapter-02\.html#sec_dams"[^>]*>section 2<\/a>/);
    // Numbered per chapter, chapter two's first note prints 1 and keeps its id in the book.
    expect(readFileSync(join(out, "book", "chapter-02.html"), "utf8")).toContain('<a class="xref" href="chapter-02.html#fn-3">note 1</a>');
    const contents = readFileSync(join(out, "book", "index.html"), "utf8");
    expect(contents).toContain('href="chapter-02.html#sec_dams"');
  });
});

describe("the same book numbered continuously, its notes after each chapter, sidenotes on the web", () => {
  it("publishes, read back identical, the references in its endnotes with their pages too", async () => {
    const folder = copy("endnotes");
    const yml = join(folder, "book.yml");
    writeFileSync(yml, readFileSync(yml, "utf8").replace("notes: per-chapter", "notes: continuous\nnotePlacement: endnotes\nwebNotes: sidenotes"));
    const out = join(work, "out-endnotes");
    const result = await runCli("build.ts", [folder, "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("4 notes, 4 calls, 9 cross-references, 3 contents entries identical in the web edition, PDF and EPUB");
    const body = pageTexts(join(out, "endnotes", "endnotes.pdf")).join(" ");
    expect(body).toMatch(/2\. A second note, see section 2 on page \d+ and note 1 on page \d+\./);
    // Numbered through the book, chapter two's first note is note 3 wherever it is referred to.
    expect(body).toMatch(/Their dates are in note 3 on page \d+\./);
    // So it is in a note's own text, which the read-back compares across the editions.
    expect(body).toMatch(/4\. The dates come first in each note, as in note 3 on page \d+\./);
    expect(body).toMatch(/3\. Chapter two’s first note, citing figure 1 on page \d+\./);
    // On the web each chapter's page sets its notes beside the blocks that call them.
    const second = readFileSync(join(out, "endnotes", "chapter-02.html"), "utf8");
    expect(second).toContain('class="with-sidenotes"');
    expect(second).toMatch(/<\/p>\s*<aside id="fn-3" class="note sidenote" role="doc-footnote" aria-label="Note 3">/);
    expect(second).not.toContain("doc-endnotes");
  }, 180_000);
});

describe("a book's cross-reference errors", () => {
  it("names the chapter file and line of a reference to no label in the book", async () => {
    const folder = copy("unknown");
    const file = join(folder, "chapters", "02-dams.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("As @sec:sources explained", "As @sec:nowhere explained"));
    const result = await runCli("build.ts", [folder, "--out", join(work, "out-unknown")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:3: @sec:nowhere refers to no label: write {#sec:nowhere} on the heading it means`);
  });

  it("reads a note's label in its own chapter file only", async () => {
    const folder = copy("other-chapter-note");
    const file = join(folder, "chapters", "02-dams.md");
    // Chapter one has a note [^2]; chapter two has none.
    writeFileSync(file, readFileSync(file, "utf8").replace("Their dates are in @fn:1", "Their dates are in @fn:2"));
    const result = await runCli("build.ts", [folder, "--out", join(work, "out-other-chapter-note")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:3: @fn:2 refers to no note: no note [^2] is called in this file`);
  });

  it("names both chapter files of a label given twice in the book", async () => {
    const folder = copy("twice");
    const file = join(folder, "chapters", "02-dams.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("# Dams {#sec:dams}", "# Dams {#sec:rivers}"));
    const result = await runCli("build.ts", [folder, "--out", join(work, "out-twice")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:1: the label {#sec:rivers} is already given in ${join(folder, "chapters", "01-rivers.md")} at line 1`);
  });
});
