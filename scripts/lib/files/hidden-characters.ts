/**
 * Characters a source may not hold, because no edition can print what they mean and nothing on
 * the page shows them:
 * - U+202E RIGHT-TO-LEFT OVERRIDE, which sets the letters after it in reverse order ("ZQ"
 *   prints "QZ"): the editions would disagree with the source in every passage it touches, and
 *   the read-back refused the article with no word of the character. A passage in a
 *   right-to-left script needs no override: its direction comes from its letters.
 * - U+0000, which Markdown (CommonMark) replaces by U+FFFD, a mark the author never typed.
 * Each is refused at its line and column, named by its code point.
 */
import { ContentError, type Diagnostic } from "../errors.ts";

const hidden: Record<string, string> = {
  "\u202E": "U+202E RIGHT-TO-LEFT OVERRIDE, which prints the letters after it in reverse order; remove it (a right-to-left script takes its direction from its letters)",
  "\u0000": "U+0000, a null character, which no edition can print; remove it",
};

const anyHidden = new RegExp(`[${Object.keys(hidden).join("")}]`, "g");

/** Throws a ContentError naming each refused character's line and column in `text`, read from `file`. */
export function refuseHiddenCharacters(text: string, file: string): void {
  const found: Diagnostic[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(anyHidden)) {
    for (let at = text.indexOf("\n", scanned); at !== -1 && at < match.index; at = text.indexOf("\n", at + 1)) {
      line++;
      lineStart = at + 1;
    }
    scanned = match.index;
    const column = [...text.slice(lineStart, match.index)].length + 1;
    found.push({ severity: "error", code: "hidden-character", message: `column ${column} holds ${hidden[match[0]] ?? match[0]}`, location: { file, line } });
  }
  if (found.length) throw ContentError.fromDiagnostics(found);
}
