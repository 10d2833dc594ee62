/**
 * Text that CommonMark reads and then prints nowhere, said at its line instead of lost without
 * a word:
 * - a link reference definition no link uses (`[1]: Smith 1999, p. 4`, a legacy note written
 *   the old way, or a definition left behind): it is not text, and no edition shows it;
 * - the cells of a pipe-table row beyond its header's columns, which markdown-it drops.
 * Both are warnings: the editions are published without that text, and the line says so.
 */
import type { Diagnostic } from "../errors.ts";
import type { MarkdownIt, StateCore, Token } from "./markdown-types.ts";

interface DroppedSourceEnv {
  sourcePath?: string;
  lineOffset?: number;
  structureDiagnostics?: Diagnostic[];
  references?: Record<string, unknown>;
}

/** `[label]: …` at a line's start, after any quotation marks; not a note's `[^label]:`. */
const definitionLine = /^(?:[ \t]*>)*[ ]{0,3}\[((?:[^\]\\^]|\\.)(?:[^\]\\]|\\.)*)\]:/;
/** A label's place in text: `[text]`, `[text][label]`, `[label][]`. */
const bracketed = /\[((?:[^[\]\\]|\\.)*)\]/g;

export function droppedSourcePlugin(md: MarkdownIt): void {
  md.core.ruler.push("dropped_source", (state: StateCore) => {
    const env = state.env as DroppedSourceEnv;
    const lines = state.src.split("\n");
    const warn = (line: number, code: string, message: string): void => {
      (env.structureDiagnostics ??= []).push({ severity: "warning", code, message, location: { file: env.sourcePath ?? "", line: line + 1 + (env.lineOffset ?? 0) } });
    };
    unusedDefinitions(md, state.tokens, lines, env.references ?? {}, warn);
    extraTableCells(state.tokens, lines, warn);
  });
}

type Warn = (line: number, code: string, message: string) => void;

function unusedDefinitions(md: MarkdownIt, tokens: Token[], lines: string[], references: Record<string, unknown>, warn: Warn): void {
  if (Object.keys(references).length === 0) return;
  const used = new Set<string>();
  const code = new Set<number>();
  for (const token of tokens) {
    if ((token.type === "fence" || token.type === "code_block") && token.map) for (let line = token.map[0]; line < token.map[1]; line++) code.add(line);
    if (token.type !== "inline") continue;
    for (const match of token.content.matchAll(bracketed)) used.add(md.utils.normalizeReference(match[1] ?? ""));
  }
  lines.forEach((text, line) => {
    const label = code.has(line) ? undefined : definitionLine.exec(text)?.[1];
    if (label === undefined) return;
    const key = md.utils.normalizeReference(label);
    if (!(key in references) || used.has(key)) return;
    warn(line, "unused-link-definition", `"${text.trim()}" defines a link that no text uses, so no edition prints it; write [^${label}]: for a note, or \\[${label}]: to print the line as text`);
  });
}

function extraTableCells(tokens: Token[], lines: string[], warn: Warn): void {
  /** The header's cells, once the header row is read; 0 while it is being read. */
  let header = 0;
  let columns = 0;
  for (const token of tokens) {
    if (token.type === "table_open") header = columns = 0;
    if (token.type === "th_open" || token.type === "td_open") columns++;
    if (token.type === "thead_close") header = columns;
    if (token.type !== "tr_open" || header === 0 || !token.map || token.map[1] - token.map[0] !== 1) continue;
    const text = lines[token.map[0]] ?? "";
    if (!text.includes("|")) continue;
    const cells = pipeCells(text);
    if (cells.length <= header) continue;
    const dropped = cells.slice(header).map((cell) => cell.trim()).filter(Boolean);
    if (dropped.length === 0) continue;
    warn(token.map[0], "table-extra-cells", `this row has ${cells.length} cells and its table's header ${header}: ${dropped.map((cell) => `"${cell}"`).join(", ")} ${dropped.length === 1 ? "is" : "are"} printed nowhere; add ${dropped.length === 1 ? "a column" : "columns"} to the header, or remove ${dropped.length === 1 ? "the cell" : "the cells"}`);
  }
}

/** A pipe-table row's cells as markdown-it reads them: split at each `|` not escaped with a backslash, without the outer pipes' empty ends. */
export function pipeCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  const text = line.trim();
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === "\\" && text[index + 1] === "|") {
      cell += "\\|";
      index++;
    } else if (character === "|") {
      cells.push(cell);
      cell = "";
    } else {
      cell += character;
    }
  }
  cells.push(cell);
  if (cells[0]?.trim() === "" && text.startsWith("|")) cells.shift();
  if (cells.at(-1)?.trim() === "" && text.endsWith("|")) cells.pop();
  return cells;
}
