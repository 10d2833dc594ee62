/**
 * pandoc's own table tests (tests/fixtures/peers/pandoc/tables.txt, with the HTML pandoc
 * expects of it, tables.html5; see tests/fixtures/peers/SOURCES.md): every simple, multiline
 * and headerless table must read as pandoc reads it, caption, header, cells and the alignment
 * of each, compared cell by cell with pandoc's HTML.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "htmlparser2";
import { findAll, textContent } from "domutils";
import type { Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { markdownEngine } from "../scripts/lib/engine/markdown-engine.ts";

const folder = join(import.meta.dirname, "fixtures", "peers", "pandoc");

interface TableShape {
  caption: string;
  header: string[];
  rows: string[][];
}

/** Each table's caption, header and rows, a cell as its text and its alignment ("12:right"). */
function tablesOf(html: string): TableShape[] {
  const cell = (element: Element): string => {
    const align = /text-align:\s*(\w+)/.exec(element.attribs.style ?? "")?.[1];
    return `${textContent(element).replace(/\s+/g, " ").trim()}${align ? `:${align}` : ""}`;
  };
  return findAll((element) => element.name === "table", parseDocument(html).children).map((table) => {
    const caption = findAll((element) => element.name === "caption", [table])[0];
    const rows = findAll((element) => element.name === "tr", [table]);
    const cellsOf = (row: Element): string[] => findAll((element) => element.name === "td" || element.name === "th", [row]).map(cell);
    const headed = rows[0] !== undefined && findAll((element) => element.name === "th", [rows[0]]).length > 0;
    return {
      caption: caption ? textContent(caption).replace(/\s+/g, " ").trim() : "",
      header: headed && rows[0] ? cellsOf(rows[0]) : [],
      rows: (headed ? rows.slice(1) : rows).map(cellsOf),
    };
  });
}

describe("pandoc's table tests", () => {
  const ours = tablesOf(markdownEngine.render(readFileSync(join(folder, "tables.txt"), "utf8"), { sourcePath: "tables.txt", lineOffset: 0, languages: { document: "en", scripts: {} } }));
  const theirs = tablesOf(readFileSync(join(folder, "tables.html5"), "utf8"));

  it("finds every table pandoc finds", () => {
    expect(theirs.length).toBeGreaterThanOrEqual(7);
    expect(ours.length).toBe(theirs.length);
  });

  it.each(theirs.map((table, index) => [index + 1, table] as const))("reads table %i as pandoc does: caption, header, cells and alignments", (number, table) => {
    // Typographic quotes are the editions' (pandoc's HTML writes them too); spacing inside a cell is not compared.
    expect(ours[number - 1]).toEqual(table);
  });
});
