import { describe, expect, it } from "vitest";
import { parseArticle } from "../../document/article.ts";
import { splitNotes } from "../../engine/render.ts";
import { chapterOfToken, splitChapters } from "./chapters.ts";

const chaptersOf = (markdown: string) => {
  const article = parseArticle(`---\ntitle: Book\n---\n${markdown}`, "/x/book.md");
  return { article, chapters: splitChapters(article, splitNotes(article).body) };
};

describe("splitChapters", () => {
  it("keeps an article without ## headings in one file", () => {
    const { chapters } = chaptersOf("One.\n\n### Small heading\n\nTwo.\n");
    expect(chapters.map((c) => [c.fileName, c.title, c.headingId])).toEqual([["chapter-00.xhtml", "Book", undefined]]);
    expect(chapters[0]?.subheadings.map((h) => h.text)).toEqual(["Small heading"]);
  });

  it("starts a file at every top-level ## heading, the text before it being the first file", () => {
    const { chapters, article } = chaptersOf("Intro.\n\n## Alpha\n\nA.\n\n> ## Quoted heading\n\n## Beta\n\nB.\n");
    expect(chapters.map((c) => [c.fileName, c.title, c.headingId])).toEqual([
      ["chapter-00.xhtml", "Book", undefined],
      ["chapter-01.xhtml", "Alpha", "alpha"],
      ["chapter-02.xhtml", "Beta", "beta"],
    ]);
    // The ranges cover the body without gaps.
    expect(chapters[0]?.start).toBe(0);
    expect(chapters.map((c) => c.end)).toEqual([chapters[1]?.start, chapters[2]?.start, splitNotes(article).body.length]);
  });

  it("keeps a title-only first file when the text opens with a ## heading", () => {
    const { chapters } = chaptersOf("## First\n\nText.\n");
    expect(chapters.map((c) => [c.title, c.start === c.end])).toEqual([
      ["Book", true],
      ["First", false],
    ]);
  });

  it("widens file numbers past 99 chapters so they still sort", () => {
    const { chapters } = chaptersOf(Array.from({ length: 120 }, (_, i) => `## C${i}\n\nT.\n`).join("\n"));
    expect(chapters[0]?.fileName).toBe("chapter-000.xhtml");
    expect(chapters[120]?.fileName).toBe("chapter-120.xhtml");
  });
});

describe("chapterOfToken", () => {
  it("finds the chapter of any token", () => {
    const { chapters } = chaptersOf("A.\n\n## Two\n\nB.\n");
    expect(chapterOfToken(chapters, 0).index).toBe(0);
    expect(chapterOfToken(chapters, chapters[1]?.start ?? -1).index).toBe(1);
    expect(chapterOfToken(chapters, 10_000).index).toBe(1);
  });
});
