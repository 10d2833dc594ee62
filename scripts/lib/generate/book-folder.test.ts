import { describe, expect, it } from "vitest";
import { readBookConfig } from "../document/book-config.ts";
import { parseBook } from "../document/book.ts";
import { generateBook, generateBookFolder } from "./sample-corpus.ts";
import { parseArticle } from "../document/article.ts";

describe("npm run generate -- book-folder", () => {
  it("writes book.yml and one chapter file per chapter, holding the same notes as the one-file book", () => {
    const files = generateBookFolder(3);
    expect([...files.keys()]).toEqual(["book.yml", "chapters/001.md", "chapters/002.md", "chapters/003.md"]);
    const config = readBookConfig(files.get("book.yml") ?? "", "/g/book.yml");
    const book = parseBook({ config, chapterTexts: config.chapters.map((name) => files.get(name) ?? ""), unlisted: [] });
    const oneFile = parseArticle(generateBook(3), "/g/book-3.md");
    expect(book.notes.notes.map((note) => note.text)).toEqual(oneFile.notes.notes.map((note) => note.text));
    expect(book.book?.chapters.map((chapter) => chapter.title)).toEqual(oneFile.headings.filter((heading) => heading.level === 2).map((heading) => heading.text));
  });
});
