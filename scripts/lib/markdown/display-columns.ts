/**
 * Text as a monospaced editor lays it out, in columns: the tables drawn with characters
 * (pandoc's grid, simple and multiline tables) are aligned by what the author saw, where a
 * Chinese character takes two columns and a zero-width joiner or a combining accent none.
 */

/** East Asian wide and fullwidth characters (Unicode's East_Asian_Width W and F, the blocks that hold them). */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
/** Marks and format characters, which take no column of their own. */
const ZERO = /[\p{Mn}\p{Me}\u200B-\u200F\u2060\uFEFF]/u;

function widthOf(character: string): number {
  return ZERO.test(character) ? 0 : WIDE.test(character) ? 2 : 1;
}

/** A line read as columns: each column's character (a wide one fills two, its second `undefined`). */
export interface ColumnLine {
  /** The character that starts at each column, in column order. */
  readonly starts: ReadonlyMap<number, number>;
  readonly text: string;
  readonly width: number;
}

/** The UTF-16 offset where each column starts, for the columns that start a character. */
export function columnLine(text: string): ColumnLine {
  const starts = new Map<number, number>();
  let column = 0;
  let offset = 0;
  for (const character of text) {
    const width = widthOf(character);
    if (width > 0) starts.set(column, offset);
    column += width;
    offset += character.length;
  }
  return { starts, text, width: column };
}

/** The character at `column`, or undefined where none starts there. */
export function characterAt(line: ColumnLine, column: number): string | undefined {
  const offset = line.starts.get(column);
  if (offset === undefined) return undefined;
  return String.fromCodePoint(line.text.codePointAt(offset) ?? 0);
}

/** The text from column `from` to column `to` (exclusive): the characters that start in between, with their marks. */
export function sliceColumns(line: ColumnLine, from: number, to: number = line.width): string {
  const offsetAt = (column: number): number => {
    for (let at = column; at < line.width; at++) {
      const offset = line.starts.get(at);
      if (offset !== undefined) return offset;
    }
    return line.text.length;
  };
  return from >= line.width ? "" : line.text.slice(offsetAt(from), offsetAt(Math.min(to, line.width)));
}

/** The columns the text between `from` and `to` spans, spaces at either end left out; undefined if it is blank. */
export function textExtent(line: ColumnLine, from: number, to: number): { start: number; end: number } | undefined {
  let start: number | undefined;
  let end = from;
  for (let column = from; column < Math.min(to, line.width); column++) {
    const character = characterAt(line, column);
    if (character === undefined || /\s/.test(character)) continue;
    start ??= column;
    end = column + widthOf(character);
  }
  return start === undefined ? undefined : { start, end };
}
