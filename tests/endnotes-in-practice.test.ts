/**
 * The same articles as footnotes-in-practice.test.ts (tests/fixtures/practice/), each told to set
 * its notes as endnotes: headings, tables, quotations, pictures and lists inside notes, a note
 * longer than a page, notes on the title. Set after a short text, the notes fill whole pages, so
 * the read-back must tell a running head from a note line when both are about the same size, and
 * find a page's notes whatever blocks they hold. Every article must publish.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "./helpers/run-cli.ts";
import { stextChars } from "./print/print-harness.ts";

const practice = join(import.meta.dirname, "fixtures", "practice");
const articles = readdirSync(practice).filter((name) => name.endsWith(".md")).map((name) => name.slice(0, -3));
const work = mkdtempSync(join(tmpdir(), "endnotes-practice-"));
const source = join(work, "src");
const out = join(work, "dist");
let build: CliResult;

/** The article with `notePlacement: endnotes` in its front matter (a front matter opened for it if it has none). */
function asEndnotes(markdown: string): string {
  return markdown.startsWith("---\n") ? `---\nnotePlacement: endnotes\n${markdown.slice(4)}` : `---\nnotePlacement: endnotes\n---\n${markdown}`;
}

beforeAll(async () => {
  cpSync(practice, source, { recursive: true });
  for (const slug of articles) {
    const file = join(source, `${slug}.md`);
    writeFileSync(file, asEndnotes(readFileSync(file, "utf8")));
  }
  build = await runCli("build.ts", [source, "--out", out]);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const pdfPages = (slug: string): string[] => execFileSync("pdftotext", ["-layout", join(out, slug, `${slug}.pdf`), "-"], { encoding: "utf8" }).split("\f");

describe("practice articles with their notes as endnotes", () => {
  it("publish, every one", () => {
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
    for (const slug of articles) expect(build.stdout).toContain(`verified ${slug}:`);
  });

  it("set a heading, a table and a quotation inside a note in the note size, and each note once, in order, after the text", () => {
    const file = join(out, "long-note-and-its-neighbours", "long-note-and-its-neighbours.pdf");
    const chars = stextChars(file);
    const sizeOf = (word: string): number[] => {
      const text = chars.map((char) => char.c).join("");
      const at = text.indexOf(word);
      expect(at, word).toBeGreaterThanOrEqual(0);
      return [...new Set(chars.slice(at, at + word.length).map((char) => Math.round(char.size * 10) / 10))];
    };
    const noteSize = sizeOf("Text under it");
    expect(noteSize).toHaveLength(1);
    for (const word of ["Note heading", "Quoted words in a note", "After the quote"]) expect(sizeOf(word), word).toEqual(noteSize);
    const notes = pdfPages("long-note-and-its-neighbours").join(" ").replace(/\s+/g, " ");
    const numbers = [...notes.slice(notes.indexOf(" Notes ")).matchAll(/ (\d)\. (?=[A-Z])/g)].map((match) => Number(match[1]));
    expect(numbers).toEqual([1, 2, 3, 5, 6, 7, 8]);
  });
});
