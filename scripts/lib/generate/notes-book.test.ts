import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { generateBook, generateNotes } from "./sample-corpus.ts";

describe("npm run generate -- notes N", () => {
  it("makes a book of exactly N notes, numbered 1 to N, with no call or definition left dangling", () => {
    for (const count of [1, 23, 30]) {
      const article = parseArticle(generateNotes(count), `/g/notes-${count}.md`);
      expect(article.notes.notes.map((note) => note.number)).toEqual(Array.from({ length: count }, (_, index) => index + 1));
      expect(article.meta.title).toBe(`A generated book of ${count} notes`);
      expect(article.slug).toBe(`notes-${count}`);
    }
  });

  it("is the generated book itself when N fills whole chapters", () => {
    const article = parseArticle(generateNotes(22), "/g/notes-22.md");
    const book = parseArticle(generateBook(2), "/g/book-2.md");
    expect(article.notes.notes.map((note) => note.text)).toEqual(book.notes.notes.map((note) => note.text));
  });
});
