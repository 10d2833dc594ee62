import { describe, expect, it } from "vitest";
import { parseArticle } from "../../document/article.ts";
import { splitNotes } from "../../engine/render.ts";
import { splitChapters } from "./chapters.ts";
import { placeNotes } from "./note-placement.ts";

const placed = (markdown: string) => {
  const article = parseArticle(`---\ntitle: Book\n---\n${markdown}`, "/x/book.md");
  const { body, notes } = splitNotes(article);
  const chapters = splitChapters(article, body);
  const placement = placeNotes(article, chapters, body, notes);
  const numberOf = (label: string): number => {
    const note = article.notes.notes.find((candidate) => candidate.label === label);
    if (!note) throw new Error(`no note [^${label}]`);
    return note.number;
  };
  return { article, chapters, placement, numberOf, files: chapters.map((c) => placement.notesIn(c)) };
};

describe("placeNotes", () => {
  it("puts a note in the file of its first call, and knows the file of every call", () => {
    const { placement, files } = placed("A[^x].\n\n## Two\n\nB[^y] and again[^x].\n\n[^x]: X.\n[^y]: Y.\n");
    expect(placement.noteFile(1)).toBe("chapter-00.xhtml");
    expect(placement.callFile(1, 1)).toBe("chapter-01.xhtml");
    expect(placement.noteFile(2)).toBe("chapter-01.xhtml");
    expect(files).toEqual([[1], [2]]);
    expect(placement.printedCalls(1)).toEqual([0, 1]);
    expect(() => placement.callFile(1, 5)).toThrow(/call 6 is printed nowhere/);
  });

  it("places notes whose definitions sit between chapters in the chapter of their calls", () => {
    const chapter = (n: number): string => `## Chapter ${n}\n\nText ${n}.[^c${n}a] More.[^c${n}b]\n\n[^c${n}a]: First of ${n}.\n[^c${n}b]: Second of ${n}.\n`;
    const { placement, files } = placed([1, 2, 3, 4].map(chapter).join("\n"));
    expect(files).toEqual([[], [1, 2], [3, 4], [5, 6], [7, 8]]);
    for (let n = 1; n <= 8; n++) expect(placement.callFile(n, 0)).toBe(placement.noteFile(n));
  });

  it("is not moved by definitions written before every call, or inside a run of paragraphs", () => {
    const { placement, files } = placed("[^a]: A.\n[^b]: B.\n\nIntro[^a].\n\n## Two\n\nOne.\n\n[^c]: C.\n\nTwo[^b] and[^c].\n");
    expect(files).toEqual([[1], [2, 3]]);
    expect(placement.callFile(3, 0)).toBe("chapter-01.xhtml");
  });

  it("keeps a note called in chapter 2 and again in chapter 9 in chapter 2, and knows where the later call is", () => {
    // The definition follows chapter 2's text, so every later chapter comes after it.
    const chapters = Array.from({ length: 12 }, (_, i) => `## C${i + 1}\n\nText${i === 1 || i === 8 ? "[^twice]" : ""}.\n${i === 1 ? "\n[^twice]: Both.\n" : ""}`);
    const { placement, numberOf } = placed(chapters.join("\n"));
    const n = numberOf("twice");
    expect(placement.noteFile(n)).toBe("chapter-02.xhtml");
    expect(placement.callFile(n, 1)).toBe("chapter-09.xhtml");
  });

  it("puts a note first called inside another note with that note, wherever its definition is", () => {
    const { placement, numberOf } = placed("Intro.\n\n## Two\n\nText[^outer].\n\n## Three\n\nLater[^inner].\n\n[^outer]: Outer cites[^inner].\n\n[^inner]: Inner.\n");
    const inner = numberOf("inner");
    expect(placement.noteFile(numberOf("outer"))).toBe("chapter-01.xhtml");
    // Wherever the model counts the first call, the aside goes where that call is printed.
    expect(placement.noteFile(inner)).toBe(placement.callFile(inner, 0));
    expect(placement.printedCalls(inner)).toEqual([0, 1]);
    expect(new Set([placement.callFile(inner, 0), placement.callFile(inner, 1)])).toEqual(new Set(["chapter-01.xhtml", "chapter-02.xhtml"]));
  });

  it("follows a call inside an inline note to the file of that inline note", () => {
    const { placement, numberOf, article } = placed("Intro.\n\n## Two\n\nAn inline note.^[Cites [^b] here.]\n\n## Three\n\nThen b.[^b]\n\n[^b]: Bee.\n");
    const b = numberOf("b");
    const inline = article.notes.notes.find((note) => note.inline);
    expect(placement.noteFile(inline?.number ?? 0)).toBe("chapter-01.xhtml");
    expect(placement.noteFile(b)).toBe(placement.callFile(b, 0));
    expect(placement.printedCalls(b)).toHaveLength(2);
    expect([placement.callFile(b, 0), placement.callFile(b, 1)].sort()).toEqual(["chapter-01.xhtml", "chapter-02.xhtml"]);
  });
});
