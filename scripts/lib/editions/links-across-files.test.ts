import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { linksAcrossFiles } from "./links-across-files.ts";

describe("links across the files of a split text", () => {
  it("names the file that holds each id, an extra id's own file, and nothing for an id no file holds", () => {
    const { tokens, headings } = parseArticle("---\ntitle: T\n---\n\n## One\n\nA.\n\n## Two\n\nB.\n", "/x/a.md");
    const second = headings[1]!.tokenIndex;
    const href = linksAcrossFiles(tokens, [
      { start: 0, end: second, fileName: "one.xhtml" },
      { start: second, end: tokens.length, fileName: "two.xhtml" },
    ], [["title", "one.xhtml"]]);
    expect([href("one"), href("two"), href("title"), href("elsewhere")]).toEqual(["one.xhtml#one", "two.xhtml#two", "one.xhtml#title", "#elsewhere"]);
  });
});
