import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../project-paths.ts";
import { loadBook } from "./book.ts";

const fixture = join(projectRoot, "tests", "fixtures", "books", "cited");

/** The fixture book with its book.yml changed by `edit`, in a folder of its own. */
function bookWith(edit: (yml: string) => string): string {
  const folder = mkdtempSync(join(tmpdir(), "press-book-cites-"));
  cpSync(fixture, folder, { recursive: true });
  const yml = join(folder, "book.yml");
  writeFileSync(yml, edit(readFileSync(yml, "utf8")));
  return yml;
}

describe("citations in a book", () => {
  it("numbered continuously, still counts positions within each chapter", async () => {
    const book = await loadBook(bookWith((yml) => yml.replace("notes: per-chapter", "notes: continuous")));
    const notes = book.notes.notes.map((note) => `${note.printed ?? note.number} ${note.text.split(",")[0]}`);
    expect(notes).toEqual(["1 Ruth Hartley", "2 Ibid.", "3 This note is the author’s", "4 Chidi Okafor", "5 Chidi Okafor", "6 Ibid.", "7 Ruth Hartley"]);
  });

  it("puts the bibliography at the end of the last chapter's text, before the notes", async () => {
    const book = await loadBook(bookWith((yml) => yml));
    const last = book.book.chapters[book.book.chapters.length - 1];
    const entries = book.tokens.flatMap((token, index) => (token.attrGet("class") === "csl-entry" ? [index] : []));
    expect(entries).toHaveLength(3);
    for (const index of entries) {
      expect(index).toBeGreaterThanOrEqual(last?.start ?? Infinity);
      expect(index).toBeLessThan(last?.end ?? -1);
    }
    expect(book.tokens.findIndex((token) => token.type === "footnote_block_open")).toBeGreaterThan(Math.max(...entries));
  });

  it("lists the bibliography in the book's contents under an id no heading of the chapters has", async () => {
    const yml = bookWith((text) => `${text}toc: true\n`);
    const chapter = join(yml, "..", "chapters", "01-dams.md");
    writeFileSync(chapter, `${readFileSync(chapter, "utf8")}\n## Bibliography\n\nThe author's own section of that name.\n`);
    const book = await loadBook(yml);
    const sections = (book.env.crossrefs?.sections ?? []).map((section) => `${section.id}|${section.text}`);
    expect(sections).toContain("bibliography|Bibliography");
    expect(sections).toContain("bibliography-2|Bibliography");
    expect(new Set(sections.map((section) => section.split("|")[0])).size).toBe(sections.length);
  });

  it("refuses a bibliography outside the book's folder, naming book.yml and the field's line", async () => {
    const yml = bookWith((text) => text.replace("bibliography: works.json", "bibliography: ../works.json"));
    await expect(loadBook(yml)).rejects.toThrow(/bibliography "\.\.\/works\.json" is outside the book's folder; it must be inside it/);
    await expect(loadBook(yml)).rejects.toMatchObject({ location: { file: yml, line: 5 } });
  });

  it("with an author-date style keeps citations in the text, and only the author's note is a note", async () => {
    const book = await loadBook(bookWith((yml) => yml.replace("bibliography: works.json", "bibliography: works.json\ncsl: chicago-author-date")));
    expect(book.notes.notes.map((note) => note.text)).toEqual(["This note is the author’s, and cites a book within it: (Lindqvist 2005, 50)."]);
    const text = book.tokens.filter((token) => token.type === "inline").map((token) => token.children?.map((child) => child.content).join("")).join(" ");
    expect(text).toContain("The dams changed everything (Hartley 1998, 33).");
    expect(text).toContain("References");
  });
});
