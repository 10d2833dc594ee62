/**
 * pandoc's simple and multiline tables, the tables pandoc itself writes when it turns a Word
 * document into Markdown (`pandoc paper.docx -t markdown`), which is how many authors arrive:
 *
 *       Right     Left     Center     Default          -------------------------------
 *     -------     ------ ----------   -------           Source      Finding
 *          12     12        12            12           ---------- -------------------
 *                                                        Survey      Most users found
 *                                                                    it easier.[^1]
 *                                                        Census      Fewer.
 *                                                       -------------------------------
 *
 * The dashes under the header mark the columns; a cell is the text of its lines that falls in
 * its column (up to where the next column's dashes start). A simple table has one line per row
 * and ends at a blank line; a multiline table is framed by lines of dashes and its rows are
 * separated by blank lines, their lines joined. A column's alignment is read from where its
 * header stands against its dashes, as pandoc reads it. Without this rule such a table prints
 * as rules and loose words in every edition.
 *
 * The result is markdown-it's own table tokens (drawn-table-tokens.ts). Cells hold inline
 * Markdown, as in pandoc.
 */
import type { MarkdownIt, StateBlock } from "./markdown-types.ts";
import { columnLine, sliceColumns, textExtent } from "./display-columns.ts";
import { lineFromBlockIndent } from "./block-lines.ts";
import { pushDrawnTable, type Align, type DrawnTable } from "./drawn-table-tokens.ts";

interface Column {
  start: number;
  end: number;
}

const DASH_LINE = /^ *-+(?: +-+)* *$/;

function columnsOf(dashes: string): Column[] {
  return [...dashes.matchAll(/-+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function isDashLine(text: string): boolean {
  return DASH_LINE.test(text) && text.replace(/ /g, "").length >= 3;
}

/** Each column's text in `line`: from its dashes' start to the next column's, in columns as the author's editor shows them. */
function cellsOf(text: string, columns: readonly Column[]): string[] {
  const line = columnLine(text);
  return columns.map((column, index) => sliceColumns(line, column.start, columns[index + 1]?.start).trim());
}

/**
 * Alignment from where the header's text stands against its dashes, as pandoc reads it: flush
 * with their left end only, left; with their right end only, right; with neither, centred; with
 * both, the default. A header of several lines is flush where any of its lines is.
 */
function alignmentsOf(lines: readonly string[], columns: readonly Column[]): Align[] {
  return columns.map((column, index) => {
    let flushLeft = false;
    let flushRight = false;
    let written = false;
    for (const text of lines) {
      const line = columnLine(text);
      const extent = textExtent(line, column.start, columns[index + 1]?.start ?? Math.max(line.width, column.end));
      if (!extent) continue;
      written = true;
      flushLeft ||= extent.start === column.start;
      flushRight ||= extent.end === column.end;
    }
    if (!written || flushLeft === flushRight) return written && !flushLeft ? "center" : undefined;
    return flushLeft ? "left" : "right";
  });
}

interface ParsedTable extends DrawnTable<string> {
  /** The line after the table. */
  next: number;
}

/** A table whose lines are the rows between `first` and `end` (exclusive), rows split at blank lines when `multiline`. */
function rowsBetween(state: StateBlock, first: number, end: number, columns: readonly Column[], multiline: boolean): string[][] {
  const rows: string[][] = [];
  let lines: string[] = [];
  const flush = (): void => {
    if (lines.length === 0) return;
    const cells = lines.map((line) => cellsOf(line, columns));
    rows.push(columns.map((_, index) => cells.map((cell) => cell[index] ?? "").filter((text) => text !== "").join(" ")));
    lines = [];
  };
  for (let line = first; line < end; line++) {
    const text = lineFromBlockIndent(state, line);
    if (text.trim() === "") flush();
    else if (multiline) lines.push(text);
    else {
      lines.push(text);
      flush();
    }
  }
  flush();
  return rows;
}

/** The first dash line at or after `from`, before a second blank line in a row or `endLine`. */
function closingDashLine(state: StateBlock, from: number, endLine: number): number | undefined {
  let blanks = 0;
  for (let line = from; line < endLine; line++) {
    const text = lineFromBlockIndent(state, line);
    if (text.trim() === "") {
      if (++blanks >= 2) return undefined;
      continue;
    }
    blanks = 0;
    if ((state.sCount[line] ?? 0) < state.blkIndent) return undefined;
    if (isDashLine(text)) return line;
  }
  return undefined;
}

function endsBlock(state: StateBlock, line: number, endLine: number): boolean {
  return line + 1 >= endLine || lineFromBlockIndent(state, line + 1).trim() === "";
}

/** A multiline table opened by a border of dashes at `start`, with its header. */
function multilineWithHeader(state: StateBlock, start: number, endLine: number): ParsedTable | undefined {
  const border = lineFromBlockIndent(state, start);
  if (columnsOf(border).length !== 1) return undefined;
  let columnLine = start + 1;
  while (columnLine < endLine && lineFromBlockIndent(state, columnLine).trim() !== "" && !isDashLine(lineFromBlockIndent(state, columnLine))) columnLine++;
  if (columnLine === start + 1 || columnLine >= endLine || !isDashLine(lineFromBlockIndent(state, columnLine))) return undefined;
  const columns = columnsOf(lineFromBlockIndent(state, columnLine));
  const close = closingDashLine(state, columnLine + 1, endLine);
  if (close === undefined || columnsOf(lineFromBlockIndent(state, close)).length !== 1 || !endsBlock(state, close, endLine)) return undefined;
  const headerLines = Array.from({ length: columnLine - start - 1 }, (_, index) => lineFromBlockIndent(state, start + 1 + index));
  const header = columns.map((_, index) => headerLines.map((line) => cellsOf(line, columns)[index] ?? "").filter((text) => text !== "").join(" "));
  return { header, rows: rowsBetween(state, columnLine + 1, close, columns, true), aligns: alignmentsOf(headerLines, columns), next: close + 1 };
}

/** A table opened by its column dashes at `start`, with no header: rows to the closing dash line. */
function headerless(state: StateBlock, start: number, endLine: number): ParsedTable | undefined {
  const columns = columnsOf(lineFromBlockIndent(state, start));
  if (columns.length < 2) return undefined;
  const close = closingDashLine(state, start + 1, endLine);
  if (close === undefined || close === start + 1 || !endsBlock(state, close, endLine)) return undefined;
  const multiline = Array.from({ length: close - start - 1 }, (_, index) => lineFromBlockIndent(state, start + 1 + index)).some((line) => line.trim() === "");
  return { rows: rowsBetween(state, start + 1, close, columns, multiline), aligns: alignmentsOf([lineFromBlockIndent(state, start + 1)], columns), next: close + 1 };
}

/** A simple table: a header line over column dashes, one line a row, to a blank line or a closing dash line. */
function simpleWithHeader(state: StateBlock, start: number, endLine: number): ParsedTable | undefined {
  if (start + 1 >= endLine) return undefined;
  const headerLine = lineFromBlockIndent(state, start);
  const dashes = lineFromBlockIndent(state, start + 1);
  if (headerLine.trim() === "" || isDashLine(headerLine) || !isDashLine(dashes)) return undefined;
  const columns = columnsOf(dashes);
  // One column of dashes under a line is a setext heading.
  if (columns.length < 2) return undefined;
  let end = start + 2;
  while (end < endLine && lineFromBlockIndent(state, end).trim() !== "" && !isDashLine(lineFromBlockIndent(state, end))) end++;
  const closed = end < endLine && isDashLine(lineFromBlockIndent(state, end));
  // A line over dashes with nothing under them is no table.
  if (end === start + 2) return undefined;
  return { header: cellsOf(headerLine, columns), rows: rowsBetween(state, start + 2, end, columns, false), aligns: alignmentsOf([headerLine], columns), next: closed ? end + 1 : end };
}

function pushInlineCell(state: StateBlock, text: string, map: [number, number]): void {
  const inline = state.push("inline", "", 0);
  inline.content = text;
  inline.map = map;
  inline.children = [];
}

function pandocTable(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  // A simple table's header may stand further in than code's indent, where its dashes do not.
  const indentOf = (line: number): number => (state.sCount[line] ?? 0) - state.blkIndent;
  if (indentOf(startLine) >= 4 && !(startLine + 1 < endLine && indentOf(startLine + 1) < 4 && isDashLine(lineFromBlockIndent(state, startLine + 1)))) return false;
  const first = lineFromBlockIndent(state, startLine);
  const table = isDashLine(first) ? (multilineWithHeader(state, startLine, endLine) ?? headerless(state, startLine, endLine)) : simpleWithHeader(state, startLine, endLine);
  if (!table) return false;
  if (silent) return true;
  const map: [number, number] = [startLine, table.next];
  pushDrawnTable(state, table, map, (text) => pushInlineCell(state, text, map));
  state.line = table.next;
  return true;
}

export function pandocTablesPlugin(md: MarkdownIt): void {
  // Before code (a simple table's header may be indented as far as code), rules and setext headings (a line of dashes opens these tables).
  md.block.ruler.before("code", "pandoc_table", pandocTable);
}
