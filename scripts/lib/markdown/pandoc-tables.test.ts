import { describe, expect, it } from "vitest";
import { markdownEngine } from "../engine/markdown-engine.ts";

function render(markdown: string): string {
  const env = { sourcePath: "t.md", lineOffset: 0, languages: { document: "en", scripts: {} } };
  return markdownEngine.render(markdown, env).replace(/\n/g, "");
}

const cellsOf = (html: string): string[] => [...html.matchAll(/<t[hd](?: style="text-align:(\w+)")?>([^<]*)<\/t[hd]>/g)].map((match) => `${match[2]}${match[1] ? `:${match[1]}` : ""}`);

describe("pandoc's simple and multiline tables", () => {
  it("reads a simple table, its alignments from where each header stands against its dashes, and its caption", () => {
    const html = render("  Right     Left     Center     Default\n-------     ------ ----------   -------\n     12     12        12            12\n    123     123       123          123\n\nTable:  Demonstration.");
    expect(html).toContain("<caption>Demonstration.</caption>");
    expect(cellsOf(html)).toEqual(["Right:right", "Left:left", "Center:center", "Default", "12:right", "12:left", "12:center", "12", "123:right", "123:left", "123:center", "123"]);
  });

  it("reads a multiline table, joining the lines of a header and of each row, rows parted by blank lines", () => {
    const html = render(
      "-------------------------------------\n Centered     Right Left\n  Header    Aligned Aligned\n----------- ------- -----------------\n   First       12.0 A row that\n                    spans two lines.\n\n  Second        5.0 Another.\n-------------------------------------",
    );
    // "Aligned" fills its column's dashes, flush at both ends: the default alignment, as pandoc reads it.
    expect(cellsOf(html)).toEqual(["Centered Header:center", "Right Aligned", "Left Aligned:left", "First:center", "12.0", "A row that spans two lines.:left", "Second:center", "5.0", "Another.:left"]);
  });

  it("reads headerless tables, framed by their column dashes", () => {
    expect(cellsOf(render("-------     ------\n     12     left\n    123     it\n-------     ------"))).toEqual(["12:right", "left:left", "123:right", "it:left"]);
    expect(render("-------     ------\n     12     a\n\n    123     b\n-------     ------")).not.toContain("<thead>");
  });

  it("reads a table inside a note, indented as the note's lines are", () => {
    const env = { sourcePath: "t.md", lineOffset: 0, languages: { document: "en", scripts: {} } };
    const tokens = markdownEngine.parse("Text.[^1]\n\n[^1]: Sources:\n\n      ------------------------\n      Source      Year\n      ----------- ------------\n      Survey      2019\n      ------------------------\n", env);
    const cells = tokens.filter((token, index) => token.type === "inline" && /^t[hd]_open$/.test(tokens[index - 1]?.type ?? "")).map((token) => token.content);
    expect(cells).toEqual(["Source", "Year", "Survey", "2019"]);
    expect(tokens.findIndex((token) => token.type === "table_open")).toBeGreaterThan(tokens.findIndex((token) => token.type === "footnote_open"));
  });

  it("leaves setext headings, rules and a line over dashes with nothing under them as they were", () => {
    expect(render("Title\n-----\n\ntext\n\n---\n\nA para\n--- ---\n\nmore")).toBe('<h2 id="title">Title</h2><p>text</p><hr><p>A para</p><hr><p>more</p>');
    expect(render("-------------\nno column line follows\n\nand no closing rule")).not.toContain("<table>");
  });
});
