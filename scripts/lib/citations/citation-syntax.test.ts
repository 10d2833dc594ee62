import { describe, expect, it } from "vitest";
import markdownIt from "markdown-it";
import { citationSyntax, parseBracketedCitation, parseCitedWork } from "./citation-syntax.ts";
import type { Token } from "../markdown/markdown-types.ts";

describe("bracketed citations as pandoc writes them", () => {
  it("reads a key alone, a page, a labelled locator, a prefix and a suffix", () => {
    expect(parseBracketedCitation("@doe")).toEqual({ works: [{ key: "doe" }], authorInText: false });
    expect(parseBracketedCitation("@doe, p. 33")?.works).toEqual([{ key: "doe", locator: "33", label: "page" }]);
    expect(parseBracketedCitation("@doe, 33")?.works).toEqual([{ key: "doe", locator: "33", label: "page" }]);
    expect(parseBracketedCitation("@doe, pp. 33-35, emphasis added")?.works).toEqual([{ key: "doe", locator: "33-35", label: "page", suffix: ", emphasis added" }]);
    expect(parseBracketedCitation("see @a, chap. 2; @b")?.works).toEqual([{ key: "a", prefix: "see ", locator: "2", label: "chapter" }, { key: "b" }]);
  });

  it("reads a range written with Markdown's double hyphen as the en dash the text around it prints", () => {
    expect(parseBracketedCitation("@doe, 7--8")?.works).toEqual([{ key: "doe", locator: "7–8", label: "page" }]);
    expect(parseBracketedCitation("@doe, pp. 12 -- 14, 20")?.works).toEqual([{ key: "doe", locator: "12 – 14, 20", label: "page" }]);
  });

  it("reads `-@key` as suppressing the author, and keys with inner punctuation or braces", () => {
    expect(parseBracketedCitation("-@doe, 12")?.works).toEqual([{ key: "doe", locator: "12", label: "page", suppressAuthor: true }]);
    expect(parseCitedWork("@doe:2001.a")?.key).toBe("doe:2001.a");
    expect(parseCitedWork("@doe.")?.key).toBe("doe");
    expect(parseCitedWork("@{odd key}")).toBeUndefined();
    expect(parseCitedWork("@{http://x.org/1}")?.key).toBe("http://x.org/1");
  });

  it("is no citation when a part holds no key, or for a note call", () => {
    expect(parseBracketedCitation("see @a; and more")).toBeUndefined();
    expect(parseBracketedCitation("no key here")).toBeUndefined();
    expect(parseBracketedCitation("^note")).toBeUndefined();
    expect(parseBracketedCitation("mail me at jane@example.com")).toBeUndefined();
  });
});

describe("the inline rule", () => {
  const md = markdownIt();
  citationSyntax(md, () => true);
  const inline = (text: string): Token[] => md.parseInline(text, {})[0]?.children ?? [];
  const clusters = (text: string) => inline(text).filter((token) => token.type === "citation").map((token) => token.meta?.cluster);

  it("makes one token per bracket and per name in running text", () => {
    expect(clusters("As argued [@doe, p. 4] and by @roe [chap. 3] too.")).toEqual([
      { works: [{ key: "doe", locator: "4", label: "page" }], authorInText: false },
      { works: [{ key: "roe", locator: "3", label: "chapter" }], authorInText: true },
    ]);
  });

  it("leaves links, e-mail addresses and escaped at-signs alone", () => {
    expect(clusters("[@doe](https://example.org) and jane@example.com and \\@doe")).toEqual([]);
    expect(inline("[@doe](https://example.org)").some((token) => token.type === "link_open")).toBe(true);
  });

  it("does nothing when the article has no bibliography", () => {
    const plain = markdownIt();
    citationSyntax(plain, () => false);
    expect(plain.renderInline("[@doe] and @roe")).toBe("[@doe] and @roe");
  });
});
