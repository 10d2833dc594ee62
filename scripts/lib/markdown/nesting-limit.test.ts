import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { ContentError } from "../errors.ts";

const titled = (body: string): string => `---\ntitle: T\n---\n${body}`;

function firstError(source: string): string | undefined {
  try {
    parseArticle(source, "n.md");
    return undefined;
  } catch (error) {
    if (error instanceof ContentError) return error.toLine().split("\n")[0];
    throw error;
  }
}

describe("text past markdown-it's nesting limit", () => {
  it("fails on a list nested 60 deep, naming the first line that would be lost", () => {
    const list = Array.from({ length: 60 }, (_, depth) => `${"  ".repeat(depth)}- level ${depth}`).join("\n");
    expect(firstError(titled(`Before.\n\n${list}\n\nAfter the list.\n`))).toMatch(/^n\.md:\d+: this line would be lost: lists or quotes nested more than 100 levels deep/);
  });

  it("fails on quotes nested 120 deep", () => {
    const quotes = Array.from({ length: 120 }, (_, depth) => `${"> ".repeat(depth)}q${depth}`).join("\n");
    expect(firstError(titled(`${quotes}\n\nAfter.\n`))).toMatch(/^n\.md:\d+: this line would be lost/);
  });

  it("accepts ordinary structure: reference links, setext headings, tables, empty items, nesting ten deep", () => {
    const nested = Array.from({ length: 10 }, (_, depth) => `${"  ".repeat(depth)}- level ${depth}`).join("\n");
    const body = `Title two\n=========\n\nA [link][ref] here.\n\n[ref]: https://example.org\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n-\n- item\n\n${nested}\n\n> quoted\n>\n> more\n\n---\n\nEnd.\n`;
    expect(firstError(titled(body))).toBeUndefined();
  });

  it("accepts a reference definition whose address and title sit on the lines after its label, as pandoc's manual writes them", () => {
    const body = `See [the listings issue] and [a titled one].\n\n[the listings issue]:\n  https://en.wikibooks.org/wiki/LaTeX/Source_Code_Listings#Encoding_issue\n[a titled one]: https://example.org\n  "Its title"\n\nAfter.\n`;
    expect(firstError(titled(body))).toBeUndefined();
  });

  it("accepts a reference definition whose label runs over two lines, in a quote too (pulldown-cmark's footnote specs)", () => {
    const body = `[baz\\\nquux]: https://rust-lang.org\n\n> [first\n> second]: https://example.org\n\n[^foo\n]: https://example.org\n\nSee [baz\\\nquux] and [first\nsecond].\n`;
    expect(firstError(titled(body))).toBeUndefined();
  });

  it("still reports text lost after a definition-like line that is no definition", () => {
    const deep = Array.from({ length: 120 }, (_, depth) => `${">".repeat(depth + 1)} [level ${depth}]`).join("\n");
    expect(firstError(titled(`${deep}\n\nAfter.\n`))).toMatch(/this line would be lost/);
  });
});
