/**
 * The tokens of a table drawn with characters (pandoc's simple, multiline and grid tables):
 * markdown-it's own table tokens, as a pipe table has them, so captions, cross-references, note
 * calls in cells and every edition's table setting treat it as they treat a pipe table. What a
 * cell holds is pushed by the table's reader (a line of inline Markdown, or a grid cell's blocks).
 */
import type { StateBlock } from "./markdown-types.ts";

export type Align = "left" | "right" | "center" | undefined;

export interface DrawnTable<Cell> {
  header?: Cell[];
  rows: Cell[][];
  aligns: Align[];
}

export function pushDrawnTable<Cell>(state: StateBlock, table: DrawnTable<Cell>, map: [number, number], pushContent: (cell: Cell) => void): void {
  const push = (type: string, tag: string, nesting: -1 | 0 | 1): ReturnType<StateBlock["push"]> => {
    const token = state.push(type, tag, nesting);
    if (nesting === 1) token.map = map;
    return token;
  };
  const row = (tag: "th" | "td", cells: readonly Cell[]): void => {
    push("tr_open", "tr", 1);
    cells.forEach((cell, index) => {
      const open = push(`${tag}_open`, tag, 1);
      const align = table.aligns[index];
      if (align) open.attrs = [["style", `text-align:${align}`]];
      pushContent(cell);
      push(`${tag}_close`, tag, -1);
    });
    push("tr_close", "tr", -1);
  };
  push("table_open", "table", 1);
  if (table.header) {
    push("thead_open", "thead", 1);
    row("th", table.header);
    push("thead_close", "thead", -1);
  }
  if (table.rows.length > 0) {
    push("tbody_open", "tbody", 1);
    for (const cells of table.rows) row("td", cells);
    push("tbody_close", "tbody", -1);
  }
  push("table_close", "table", -1);
}
