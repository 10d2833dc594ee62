import { describe, expect, it } from "vitest";
import { markdownEngine } from "../engine/markdown-engine.ts";
import { captionText } from "./scrolling-tables.ts";
import { webNoteRendererFor } from "../editions/web/web-notes.ts";

const table = "| a | b |\n| --- | --- |\n| 1 | 2 |\n";

function render(source: string, tableRegionName?: string): string {
  const env = { tableRegionName, noteRenderer: webNoteRendererFor("en") };
  return markdownEngine.render(source, env);
}

describe("tables that scroll on their own (web)", () => {
  it("wraps each table in a focusable region named by the fallback word when it has no caption", () => {
    const html = render(table, "Tableau");
    expect(html).toMatch(/^<div class="table-scroll" role="region" tabindex="0" aria-label="Tableau">\n<table>/u);
    expect(html.trimEnd().endsWith("</table>\n</div>")).toBe(true);
  });

  it("names the region by the table's caption, its label and its words, without a call's number", () => {
    const source = `${table}\n: The *first* table,[^n] with \`code\` {#tbl:first}\n\n[^n]: A note on the caption.\n`;
    const tokens = markdownEngine.parse(source, {});
    const open = tokens.findIndex((token) => token.type === "table_open");
    expect(captionText(tokens, open)).toBe("Table 1. The first table, with code");
    expect(render(source, "Table")).toContain('aria-label="Table 1. The first table, with code"');
  });

  it("leaves tables as they are for every other edition", () => {
    expect(render(table)).toMatch(/^<table>/u);
    expect(render(table)).not.toContain("table-scroll");
  });
});
