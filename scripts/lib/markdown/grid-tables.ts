/**
 * pandoc's grid tables, which pandoc writes from a Word document whose cells hold more than a
 * line (a list, two paragraphs), and which authors who write for pandoc draw by hand:
 *
 *     +-----------+-------+----------------------+
 *     | Fruit     | Price | Advantages           |
 *     +:==========+======:+======================+
 *     | Bananas   | $1.34 | - built-in wrapper   |
 *     |           |       | - bright color[^1]   |
 *     +-----------+-------+----------------------+
 *
 * The `+` of the top border mark the columns; a `=` rule parts the header from the body, and
 * colons on it (or on the top border) set each column's alignment. A cell is Markdown, read
 * with the same parser and the same notes as the text: one paragraph stays inline, as a pipe
 * table's cell is; anything more (a list, paragraphs) keeps its blocks.
 *
 * A table whose cells span rows or columns (a row line without a `|` at every column's edge)
 * is not read here: it prints as the text it is, with a warning, rather than as a table with
 * cells moved.
 */
import type { MarkdownIt, StateBlock, Token } from "./markdown-types.ts";
import type { StructureEnv } from "./nesting-limit.ts";
import { characterAt, columnLine, sliceColumns } from "./display-columns.ts";
import { lineFromBlockIndent } from "./block-lines.ts";
import { pushDrawnTable, type Align, type DrawnTable } from "./drawn-table-tokens.ts";

const BORDER = /^\+(?:[-=:]+\+)+$/;

/** The text of the line from its first `+` or `|` on, and where that is. */
function tableText(line: string): { at: number; text: string } {
  const at = line.length - line.trimStart().length;
  return { at, text: line.slice(at) };
}

function edgesOf(border: string): number[] {
  return [...border.matchAll(/\+/g)].map((match) => match.index);
}

function alignmentsOf(border: string, edges: readonly number[]): Align[] {
  return edges.slice(0, -1).map((edge, index) => {
    const rule = border.slice(edge + 1, edges[index + 1]);
    const left = rule.startsWith(":");
    const right = rule.endsWith(":");
    return left && right ? "center" : left ? "left" : right ? "right" : undefined;
  });
}

/** A border whose `+` stand where the table's edges are. */
function isBorderOf(text: string, edges: readonly number[]): boolean {
  return BORDER.test(text) && edgesOf(text).join() === edges.join();
}

/**
 * Each cell's lines in a row line, or undefined when a column's edge holds no `|` (a spanning
 * cell). Columns are counted as the author's editor shows them (display-columns.ts).
 */
function cellLines(text: string, edges: readonly number[]): string[] | undefined {
  const line = columnLine(text);
  if (edges.some((edge) => characterAt(line, edge) !== "|")) return undefined;
  return edges.slice(0, -1).map((edge, index) => sliceColumns(line, edge + 1, edges[index + 1]));
}

/** The cell's lines as Markdown: the indent they share removed, blank lines at either end dropped. */
function cellMarkdown(lines: readonly string[]): string {
  const trimmed = lines.map((line) => line.trimEnd());
  const indent = Math.min(...trimmed.filter((line) => line.trim() !== "").map((line) => line.length - line.trimStart().length));
  const dedented = trimmed.map((line) => (line.trim() === "" ? "" : line.slice(Number.isFinite(indent) ? indent : 0)));
  while (dedented[0] === "") dedented.shift();
  while (dedented[dedented.length - 1] === "") dedented.pop();
  return dedented.join("\n");
}

interface Row {
  /** Source line of the row's first line. */
  line: number;
  cells: string[][];
}

/** A cell's Markdown, and the source line of its row's first line. */
interface GridCell {
  markdown: string;
  line: number;
}

interface Grid {
  header?: Row;
  body: Row[];
  aligns: Align[];
  next: number;
}

function readGrid(state: StateBlock, startLine: number, endLine: number): Grid | undefined {
  const top = tableText(lineFromBlockIndent(state, startLine));
  if (!BORDER.test(top.text) || top.text.includes("=")) return undefined;
  const edges = edgesOf(top.text);
  if (edges.length < 2) return undefined;
  let aligns = alignmentsOf(top.text, edges);
  const rows: Row[] = [];
  let header: Row | undefined;
  let current: Row | undefined;
  for (let line = startLine + 1; line < endLine; line++) {
    const { at, text } = tableText(lineFromBlockIndent(state, line));
    if (at !== top.at || text === "") return undefined;
    if (isBorderOf(text, edges)) {
      if (!current) return undefined;
      if (text.includes("=")) {
        // The header's rule: only once, under the first row.
        if (header || rows.length > 0) return undefined;
        header = current;
        if (text.includes(":")) aligns = alignmentsOf(text, edges);
      } else {
        rows.push(current);
      }
      current = undefined;
      const after = line + 1 < endLine ? tableText(lineFromBlockIndent(state, line + 1)).text : "";
      if (after === "" || !after.startsWith("|")) return { ...(header ? { header } : {}), body: rows, aligns, next: line + 1 };
      continue;
    }
    const cells = cellLines(text, edges);
    if (!cells) return undefined;
    current ??= { line, cells: cells.map(() => []) };
    cells.forEach((cell, index) => current?.cells[index]?.push(cell));
  }
  return undefined;
}

/** Parses a cell's Markdown into `tokens`: one paragraph as its inline token alone, anything more as blocks. */
function pushCell(state: StateBlock, markdown: string, line: number): void {
  const parsed: Token[] = [];
  state.md.block.parse(markdown, state.md, state.env, parsed);
  for (const token of parsed) if (token.map) token.map = [token.map[0] + line, token.map[1] + line];
  const single = parsed.length === 3 && parsed[0]?.type === "paragraph_open" && parsed[1]?.type === "inline";
  state.tokens.push(...(single ? [parsed[1] as Token] : parsed));
}

function gridTable(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const grid = readGrid(state, startLine, endLine);
  if (!grid) {
    if (!silent) warnOfUnreadGrid(state, startLine, endLine);
    return false;
  }
  if (silent) return true;
  const cellsOf = (row: Row): GridCell[] => row.cells.map((lines) => ({ markdown: cellMarkdown(lines), line: row.line }));
  const table: DrawnTable<GridCell> = { ...(grid.header ? { header: cellsOf(grid.header) } : {}), rows: grid.body.map(cellsOf), aligns: grid.aligns };
  pushDrawnTable(state, table, [startLine, grid.next], (cell) => {
    if (cell.markdown !== "") pushCell(state, cell.markdown, cell.line);
  });
  state.line = grid.next;
  return true;
}

/** A border over a row line that this reader could not read as a grid: the author is told it prints as text. */
function warnOfUnreadGrid(state: StateBlock, startLine: number, endLine: number): void {
  const top = tableText(lineFromBlockIndent(state, startLine)).text;
  const next = startLine + 1 < endLine ? tableText(lineFromBlockIndent(state, startLine + 1)).text : "";
  if (!BORDER.test(top) || !next.startsWith("|")) return;
  const env = state.env as Partial<StructureEnv>;
  (env.structureDiagnostics ??= []).push({
    severity: "warning",
    code: "grid-table-unread",
    message: "this grid table is printed as text: a cell spans rows or columns, or its lines do not keep to the top border's edges; draw each cell within the columns of the first line",
    location: { file: env.sourcePath ?? "", line: startLine + 1 + (env.lineOffset ?? 0) },
  });
}

export function gridTablesPlugin(md: MarkdownIt): void {
  md.block.ruler.before("code", "grid_table", gridTable);
}
