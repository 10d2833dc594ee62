import { describe, expect, it } from "vitest";
import { parseArticle } from "../../document/article.ts";
import { headingBookmark } from "./heading-bookmarks.ts";

const article = parseArticle(
  "---\ntitle: T\n---\n\nText.[^a]\n\n## Plain heading\n\n## A *heading*[^b][^c] with more[^d]\n\n[^a]: A.\n[^b]: B.\n[^c]: C.\n[^d]: D.\n",
  "h.md",
);

describe("a heading's bookmark", () => {
  it("is the heading's text where it calls no note", () => {
    expect(headingBookmark(article, article.headings[0]!)).toBe("Plain heading");
  });

  it("is the text alone where it calls notes, found by what it prints: each call's number in its place, adjacent ones with or without a comma", () => {
    expect(headingBookmark(article, article.headings[1]!)).toEqual({ text: "A heading with more", printed: ["A heading2,3 with more4", "A heading23 with more4"] });
  });
});
