/**
 * A source line as a block rule reads it. Two readings: the text after the line's own indent
 * (a fence, a line block's bar), and the line from the block's indent on, where the columns of
 * a table drawn with characters count from (the indent of a note or a list item is not part of
 * the table).
 */
import type { StateBlock } from "./markdown-types.ts";

/** The line's text after its indent. */
export function lineText(state: StateBlock, line: number): string {
  return state.src.slice((state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0), state.eMarks[line]);
}

/** The line from the block's indent on, without trailing spaces. */
export function lineFromBlockIndent(state: StateBlock, line: number): string {
  const text = state.src.slice(state.bMarks[line] ?? 0, state.eMarks[line]);
  const indent = Math.min(state.blkIndent, text.length - text.trimStart().length);
  return text.slice(indent).trimEnd();
}
