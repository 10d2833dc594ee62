/**
 * Characters a source may not hold, because no edition can print what they mean and nothing on
 * the page shows them:
 * - U+202E RIGHT-TO-LEFT OVERRIDE, which sets the letters after it in reverse order ("ZQ"
 *   prints "QZ"): the editions would disagree with the source in every passage it touches, and
 *   the read-back refused the article with no word of the character. A passage in a
 *   right-to-left script needs no override: its direction comes from its letters.
 * - U+0000, which Markdown (CommonMark) replaces by U+FFFD, a mark the author never typed.
 * Each is refused at its line and column, named by its code point, typed as itself or written as
 * a numeric character reference (`&#x202E;`, `&#8238;`, `&#0;`), which Markdown turns into it
 * outside code. In code a reference prints as typed (an article on such characters shows them
 * so): one in a code span or a fenced block is left alone.
 */
import { ContentError, type Diagnostic } from "../errors.ts";

const hidden: Record<string, string> = {
  "\u202E": "U+202E RIGHT-TO-LEFT OVERRIDE, which prints the letters after it in reverse order; remove it (a right-to-left script takes its direction from its letters)",
  "\u0000": "U+0000, a null character, which no edition can print; remove it",
};

const anyHidden = new RegExp(`[${Object.keys(hidden).join("")}]|&#(?:[xX]0*([0-9a-fA-F]{1,6})|0*([0-9]{1,7}));`, "g");

const fenceLine = /^ {0,3}(?:`{3,}|~{3,})/u;

/** Whether the text before `index` leaves it inside a fenced block or a code span of its line. */
function insideCode(text: string, index: number, lineStart: number): boolean {
  const before = text.slice(0, lineStart).split("\n");
  const fences = before.filter((line) => fenceLine.test(line)).length;
  const ticks = text.slice(lineStart, index).split("`").length - 1;
  return fences % 2 === 1 || ticks % 2 === 1;
}

/** The character `match` is, or stands for; undefined for a reference to any other. */
function hiddenCharacterOf(match: RegExpMatchArray): string | undefined {
  const [whole, hex, decimal] = match;
  if (hex === undefined && decimal === undefined) return whole;
  const codePoint = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
  const character = codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : undefined;
  return character !== undefined && character in hidden ? character : undefined;
}

/** Throws a ContentError naming each refused character's line and column in `text`, read from `file`. */
export function refuseHiddenCharacters(text: string, file: string): void {
  const found: Diagnostic[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(anyHidden)) {
    const character = hiddenCharacterOf(match);
    if (character === undefined) continue;
    for (let at = text.indexOf("\n", scanned); at !== -1 && at < match.index; at = text.indexOf("\n", at + 1)) {
      line++;
      lineStart = at + 1;
    }
    scanned = match.index;
    if (character !== match[0] && insideCode(text, match.index, lineStart)) continue;
    const column = [...text.slice(lineStart, match.index)].length + 1;
    const written = character === match[0] ? "" : `${match[0]}, the reference to `;
    found.push({ severity: "error", code: "hidden-character", message: `column ${column} holds ${written}${hidden[character]}`, location: { file, line } });
  }
  if (found.length) throw ContentError.fromDiagnostics(found);
}
