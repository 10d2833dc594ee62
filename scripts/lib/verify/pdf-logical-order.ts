/**
 * A line of a right-to-left document, read back in the order it is read, not painted.
 *
 * A PDF holds each glyph where it stands; its text layer keeps no reading order. In a line
 * whose base direction is right to left (every line of a Persian or Hebrew article), the
 * reading order is the glyphs from the right edge to the left, except inside the runs the
 * Unicode bidirectional algorithm sets left to right: Latin words (with the spaces and
 * punctuation between them, and the digits that follow them), and numbers (digits joined by a
 * single separator, "1,250" or "3.2", as a call pair "23,24" is too). Those runs are read left
 * to right within that order. This is the algorithm's reordering undone for the cases an
 * article's lines hold; a line no right-to-left letter stands in is left as it was painted.
 */
import { rightToLeftLetter } from "./normalize-text.ts";

/** A character where the page shows it: all the reading order needs of pdf-lines.ts's PdfChar. */
interface PlacedChar {
  c: string;
  x: number;
}

const leftToRightLetter = /\p{L}/u;
const digit = /[0-9\u0660-\u0669\u06f0-\u06f9]/u;
/** A single one of these between two digits keeps them one number (the algorithm's rule W4). */
const numberSeparator = /^[.,:/]$/;

type Kind = "latin" | "digit" | "rtl" | "neutral";

function kindOf(c: string): Kind {
  // Arabic-Indic digits lie inside the Arabic block: tested first.
  if (digit.test(c)) return "digit";
  if (rightToLeftLetter.test(c)) return "rtl";
  if (leftToRightLetter.test(c)) return "latin";
  return "neutral";
}

/**
 * Whether a line of a right-to-left document is read right to left: it holds a right-to-left
 * letter, or it is Latin text set right to left, which shows as its sentence's full stop at the
 * left end and its note's number at the right ("3. Edward G. Browne, … p. 12."). Only a line
 * whose letters start at the left and whose punctuation ends it at the right is read left to
 * right (code, which is set left to right in any document).
 */
export function readsRightToLeft(chars: readonly PlacedChar[]): boolean {
  if (chars.some((ch) => kindOf(ch.c) === "rtl")) return true;
  const visible = chars.filter((ch) => ch.c.trim() !== "").sort((a, b) => a.x - b.x);
  const leftmost = visible[0];
  const rightmost = visible[visible.length - 1];
  if (!leftmost || !rightmost) return false;
  return !(kindOf(leftmost.c) !== "neutral" && kindOf(rightmost.c) === "neutral");
}

/** `chars` (one line, in any order) in reading order for a right-to-left base direction. */
export function rightToLeftReadingOrder<Char extends PlacedChar>(chars: readonly Char[]): Char[] {
  const ordered = byPlaceFromTheRight(chars);
  const kinds = ordered.map((ch) => kindOf(ch.c));
  let index = 0;
  while (index < ordered.length) {
    if (kinds[index] !== "latin" && kinds[index] !== "digit") {
      index++;
      continue;
    }
    const end = runEnd(kinds, ordered, index);
    index = withTrailingPunctuation(ordered, withClosingBrackets(ordered, index, end));
    ordered.splice(index, end - index, ...ordered.slice(index, end).reverse());
    kinds.splice(index, end - index, ...kinds.slice(index, end).reverse());
    index = end;
  }
  return ordered;
}

const opening = /[([{]/;
const closing = /[)\]}]/;

/**
 * A bracket closing one the run opened is set with the run (the algorithm's rule N0, "(2013)"
 * after Latin words): read from the right, it stands just before the run.
 */
function withClosingBrackets(chars: readonly PlacedChar[], start: number, end: number): number {
  const run = chars.slice(start, end).map((ch) => ch.c).join("");
  let open = [...run].filter((c) => opening.test(c)).length - [...run].filter((c) => closing.test(c)).length;
  let first = start;
  while (open > 0 && first > 0 && closing.test(chars[first - 1]?.c ?? "")) {
    first--;
    open--;
  }
  return first;
}

/**
 * Punctuation touching the end of Latin words ("p." of "p. 14" where the line breaks) belongs to
 * them when it stands right of them with no space: read from the right, just before the run.
 * A sentence's full stop after Latin words in a right-to-left sentence stands left of them.
 */
function withTrailingPunctuation(chars: readonly PlacedChar[], start: number): number {
  let first = start;
  if (kindOf(chars[start]?.c ?? "") !== "latin") return first;
  while (first > 0 && /^[.,;:!?]$/.test(chars[first - 1]?.c ?? "")) first--;
  return first;
}

/** Whether, past the digits (and the separators between them) at `start`, Latin letters follow across neutrals. */
function latinAfterDigits(kinds: readonly Kind[], start: number): boolean {
  let index = start;
  while (index < kinds.length && kinds[index] !== "rtl" && kinds[index] !== "latin") index++;
  return kinds[index] === "latin";
}

/**
 * The chars from the right edge to the left. A ligature's letters (lam-alef, لا) come from one
 * glyph, whose box the reader shares out left to right in the order they are read: painted right
 * after the letter before it yet standing right of it, a letter stays behind the one it follows.
 */
function byPlaceFromTheRight<Char extends PlacedChar>(chars: readonly Char[]): Char[] {
  const units: Char[][] = [];
  let previous: Char | undefined;
  for (const ch of chars) {
    const last = units[units.length - 1];
    if (last && previous && rightToLeftLetter.test(ch.c) && rightToLeftLetter.test(previous.c) && ch.x > previous.x) last.push(ch);
    else units.push([ch]);
    previous = ch;
  }
  return units.sort((a, b) => (b[0]?.x ?? 0) - (a[0]?.x ?? 0)).flat();
}

/** One past the last char of the left-to-right run that starts at `start`. */
function runEnd(kinds: Kind[], chars: readonly PlacedChar[], start: number): number {
  let end = start + 1;
  let latin = kinds[start] === "latin";
  while (end < kinds.length) {
    const kind = kinds[end];
    if (kind === "rtl") return end;
    if (kind === "latin" || kind === "digit") {
      latin ||= kind === "latin";
      end++;
      continue;
    }
    // Neutrals (spaces, punctuation) join the run only when what follows them continues it.
    let next = end;
    while (next < kinds.length && kinds[next] === "neutral") next++;
    const following = kinds[next];
    const gap = chars.slice(end, next).map((ch) => ch.c).join("");
    // Digits then Latin words, read from the right, are either a Latin phrase ending in a number
    // ("p. 12", "Persia, 1914") or a number read before the words ("4. Edward"); the visual
    // order is the same. A number followed at once by its full stop or bracket is the second.
    // Read from the right, a run ends at its first word: digits left of that, past a space or a
    // bracket, come after the run in reading order ("(see Smith 2010).4", a call), unless more
    // Latin words follow them ("Windows 10 Pro").
    const continuesLatin = (following === "latin" && (latin || !/^[.)\]]/.test(gap))) || (following === "digit" && latin && latinAfterDigits(kinds, next));
    // Numbers joined by one separator are one ("1,250"); so are numbers at the end of Latin
    // words, which set them left to right ("pp. 40–45" in "Ayalon (1995), pp. 40–45").
    const continuesNumber = following === "digit" && kinds[end - 1] === "digit" && (numberSeparator.test(gap) || (!/^[.)\]]/.test(gap) && latinAfterDigits(kinds, next)));
    if (!continuesLatin && !continuesNumber) return end;
    latin ||= following === "latin";
    end = next + 1;
  }
  return end;
}
