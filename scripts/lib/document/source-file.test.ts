import { describe, expect, it } from "vitest";
import { parseArticle } from "./article.ts";
import { readBookConfig } from "./book-config.ts";
import { parseBook } from "./book.ts";
import { fileOfNote, fileOfToken } from "./source-file.ts";

describe("the file a problem stands in", () => {
  const book = parseBook({
    config: readBookConfig("title: B\nchapters: [one.md, two.md]\n", "/b/book.yml"),
    chapterTexts: ["# One\n\nA[^1].\n\n[^1]: x\n", "# Two\n\nB[^1].\n\n[^1]: y\n"],
    unlisted: [],
  });

  it("is the chapter file that holds the note or the block, in a book", () => {
    expect(fileOfNote(book, 2)).toBe("/b/two.md");
    const second = book.book?.chapters[1];
    expect(fileOfToken(book, second?.start ?? -1)).toBe("/b/two.md");
    expect(fileOfToken(book, 0)).toBe("/b/one.md");
  });

  it("is the article's own file otherwise", () => {
    const article = parseArticle("---\ntitle: T\n---\nA[^1].\n\n[^1]: x\n", "/a/t.md");
    expect([fileOfNote(article, 1), fileOfToken(article, 0)]).toEqual(["/a/t.md", "/a/t.md"]);
  });
});
