/**
 * pandoc's line blocks, as authors set verse, addresses and lyrics:
 *
 *     | The limerick packs laughs anatomical
 *     |     In space that is quite economical.
 *     |
 *     | A second stanza.
 *
 * Each `| ` line is a line of the output, its leading spaces kept; a line that starts with a
 * space continues the one before; a bare `|` is an empty line between stanzas. Without this the
 * bars print as text and the lines run together into one paragraph in every edition.
 *
 * The lines are Markdown (emphasis, links, note calls), so the block holds one inline token,
 * its lines joined by hard breaks, which every edition already sets. A block whose second line
 * is a pipe table's delimiter row is a table.
 */
import type { MarkdownIt, StateBlock } from "./markdown-types.ts";
import { lineText } from "./block-lines.ts";

const LINE = /^\|(?: |$)/;
const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Leading spaces kept as no-break spaces, which neither Markdown nor HTML collapses. */
function keepIndent(text: string): string {
  return text.replace(/^ +/, (spaces) => "\u00a0".repeat(spaces.length));
}

function lineBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  if (!LINE.test(lineText(state, startLine))) return false;
  if (startLine + 1 < endLine && DELIMITER_ROW.test(lineText(state, startLine + 1))) return false;
  if (silent) return true;

  const lines: string[] = [];
  let line = startLine;
  for (; line < endLine; line++) {
    const text = lineText(state, line);
    const indent = (state.sCount[line] ?? 0) - state.blkIndent;
    if (indent < 0 || text.trim() === "") break;
    if (indent < 4 && LINE.test(text)) lines.push(keepIndent(text.slice(2)).trimEnd());
    else if (indent > 0 && lines.length > 0) lines[lines.length - 1] += ` ${text.trim()}`;
    else break;
  }
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();

  const open = state.push("line_block_open", "div", 1);
  open.block = true;
  open.map = [startLine, line];
  open.attrSet("class", "line-block");
  const inline = state.push("inline", "", 0);
  // A backslash at a line's end is Markdown's hard break; on an empty line it leaves the line empty.
  inline.content = lines.join("\\\n");
  inline.map = [startLine, line];
  inline.children = [];
  state.push("line_block_close", "div", -1).block = true;
  state.line = line;
  return true;
}

export function lineBlocksPlugin(md: MarkdownIt): void {
  md.block.ruler.before("table", "line_block", lineBlock);
}
