import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../project-paths.ts";
import { parseArticle } from "../document/article.ts";
import { loadBook } from "../document/book.ts";
import { comparableLetters, firstMissingPassage } from "./passage-check.ts";
import { sourcePassages } from "./source-passages.ts";

const article = parseArticle(
  "---\ntitle: T\n---\nThe American troops[^a] left.\n\n## Second part\n\n- An item with `code`\n\n```\nlong_code_line();\n```\n\nLast words, “quoted”.\n\n[^a]: A note.\n",
  "p.md",
);

describe("source passages", () => {
  it("lists the body's passages with their lines, without calls or notes", () => {
    expect(sourcePassages(article)).toEqual([
      { line: 4, text: "The American troops left." },
      { line: 6, text: "Second part" },
      { line: 8, text: "An item with code" },
      { line: 10, text: "long_code_line();" },
      { line: 14, text: "Last words, “quoted”." },
    ]);
  });
});

describe("a book's source passages", () => {
  it("name the chapter file each is in, with its line there", async () => {
    const book = await loadBook(join(projectRoot, "tests", "fixtures", "books", "small", "book.yml"));
    const passages = sourcePassages(book);
    const middle = passages.find((passage) => passage.text === "The Middle");
    expect(middle).toMatchObject({ line: 1 });
    expect(basename(middle?.file ?? "")).toBe("02-middle.md");
    expect(new Set(passages.map((passage) => basename(passage.file ?? "")))).toEqual(new Set(["01-start.md", "02-middle.md", "03-end.md"]));
  });
});

describe("finding the source's passages in an edition", () => {
  const passages = sourcePassages(article);

  it("finds them through hyphenation, soft hyphens, ligatures, line breaks and page furniture", () => {
    const pdfLike = "T 1 The Amer\u00ADi-\ncan troops left. Sec ond part • An item with code long_code_\nline(); 2 Last words, \"quoted\".";
    expect(firstMissingPassage(passages, pdfLike)).toBeUndefined();
    expect(comparableLetters("ﬁnal Café")).toBe("finalcafe");
  });

  it("names the first passage an edition lacks, with its line", () => {
    expect(firstMissingPassage(passages, "The American troops left. An item with code long_code_line(); Last words")).toEqual({ line: 6, text: "Second part" });
  });

  it("takes a paragraph broken by a page before a whole copy of it further on", () => {
    const refrain = "The tides carried silt and salt. The ledgers recorded every cargo.";
    const said = [{ line: 1, text: "Springs" }, { line: 3, text: refrain }, { line: 5, text: "The estuary" }, { line: 7, text: refrain }];
    // A figure floated between the halves of the first showing; the second stands whole after the heading.
    const edition = `Springs The tides carried silt and salt. The ledgers\fFigure 1. A chart. recorded every cargo.\f2 The estuary ${refrain}`;
    expect(firstMissingPassage(said, edition)).toBeUndefined();
    // Where the first showing is cut short, a passage is still reported lost.
    expect(firstMissingPassage(said, `Springs The tides carried silt\fFigure 1. A chart.\f2 The estuary ${refrain}`)).toBeDefined();
  });

  it("notices passages shown out of order", () => {
    expect(firstMissingPassage(passages, "Second part The American troops left. An item with code long_code_line(); Last words, quoted")).toEqual({ line: 6, text: "Second part" });
  });
});

describe("passages that run over a page break", () => {
  const passages = [{ line: 3, text: "The long paragraph goes on over the page and ends here." }, { line: 5, text: "Next one." }];

  it("passes over a running head after the break", () => {
    expect(firstMissingPassage(passages, "The long paragraph goes on\fGenerated article 3 over the page and ends here. Next one.")).toBeUndefined();
  });

  it("still notices words lost at the break", () => {
    expect(firstMissingPassage(passages, "The long paragraph goes on\fGenerated article 3 and ends here. Next one.")).toEqual(passages[0]);
  });

  it("finds a figure's caption in its place or after the text that follows it, never before, nor missing", () => {
    const withFigure = parseArticle("---\ntitle: T\n---\nBefore the map.\n\n![Where the rivers meet](map.svg){#fig:map}\n\nAfter the map.\n", join(projectRoot, "tests", "fixtures", "figure-float", "f.md"));
    const figurePassages = sourcePassages(withFigure);
    expect(figurePassages.map((passage) => [passage.text, passage.floats ?? false])).toEqual([
      ["Before the map.", false],
      ["Where the rivers meet", true],
      ["After the map.", false],
    ]);
    expect(firstMissingPassage(figurePassages, "Before the map. Figure 1. Where the rivers meet After the map.")).toBeUndefined();
    expect(firstMissingPassage(figurePassages, "Before the map. After the map. \f Figure 1. Where the rivers meet")).toBeUndefined();
    expect(firstMissingPassage(figurePassages, "Figure 1. Where the rivers meet Before the map. After the map.")?.text).toBe("Where the rivers meet");
    expect(firstMissingPassage(figurePassages, "Before the map. After the map.")?.text).toBe("Where the rivers meet");
  });
});
