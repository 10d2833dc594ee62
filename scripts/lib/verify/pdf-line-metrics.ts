/**
 * What a reader's eye uses to tell a note call from the text around it: the line's own text
 * size and baseline, and characters that are both clearly smaller and raised above it.
 */
import type { PdfChar, PdfLine } from "./pdf-lines.ts";

/** A call is at most this fraction of its line's text size (CSS `smaller` gives 0.83)... */
export const callSizeRatio = 0.9;
/** ...and its baseline sits at least this fraction of the text size above the line's. */
export const callRaiseRatio = 0.15;

export interface LineBase {
  /** The size most of the line's characters are set in. */
  size: number;
  /** The baseline of those characters. */
  baseline: number;
}

export interface RaisedRun {
  number: number;
  /** Index in line.chars of the run's first digit. */
  start: number;
  /** Index in line.chars just past the run's last digit. */
  end: number;
  /** True when nothing but spaces comes before the run on its line. */
  atLineStart: boolean;
}

const baseCache = new WeakMap<PdfLine, LineBase>();

const letter = /\p{L}/u;
const punctuation = /^\p{P}$/u;

/**
 * The line's text size (the most used; ties go to the larger) and its baseline, taken from its
 * letters when it has any: a long run of calls ("1,2,3,…,20", digits and commas) may outnumber
 * the words of its line, whose size then is still the text's. A line with no letter
 * ("2019.⁸,⁹,¹⁰,¹¹", a table row of figures "2 9¹¹") takes the largest size of its figures: a
 * call is never larger than the text it is raised over, and its digits may outnumber the text's.
 */
export function lineBase(line: PdfLine): LineBase {
  const cached = baseCache.get(line);
  if (cached) return cached;
  const printed = line.chars.filter((ch) => ch.c.trim() !== "");
  const letters = printed.filter((ch) => letter.test(ch.c));
  // Without letters, the figures decide: the commas between calls are set apart from them.
  const figures = printed.filter((ch) => !punctuation.test(ch.c));
  const visible = letters.length ? letters : figures.length ? figures : printed;
  const size = (letters.length ? mostCommon(letters.map((ch) => ch.size)) : Math.max(0, ...visible.map((ch) => ch.size))) ?? 0;
  const baselines = visible.filter((ch) => sameSize(ch.size, size)).map((ch) => ch.baseline).sort((a, b) => a - b);
  const base = { size, baseline: baselines[Math.floor(baselines.length / 2)] ?? 0 };
  baseCache.set(line, base);
  return base;
}

export function isRaised(ch: PdfChar, base: LineBase): boolean {
  return ch.size <= callSizeRatio * base.size && ch.baseline < base.baseline - callRaiseRatio * base.size;
}

/** Runs of raised, smaller digits: the calls a reader sees on this line. */
export function raisedDigitRuns(line: PdfLine): RaisedRun[] {
  const base = lineBase(line);
  const runs: RaisedRun[] = [];
  let digits = "";
  let start = -1;
  let seenText = false;
  let runAtStart = false;
  const finish = (): void => {
    if (digits) runs.push({ number: Number(digits), start, end: start + digits.length, atLineStart: runAtStart });
    digits = "";
  };
  line.chars.forEach((ch, index) => {
    if (/^[0-9]$/.test(ch.c) && isRaised(ch, base)) {
      if (!digits) {
        start = index;
        runAtStart = !seenText;
      }
      digits += ch.c;
    } else {
      finish();
    }
    if (ch.c.trim() !== "") seenText = true;
  });
  finish();
  return runs;
}

export function lineText(line: PdfLine): string {
  // Asked of the same lines by several readers (margins, links, passages); keyed by the chars
  // array, so a line whose characters are replaced is read again.
  const cached = textCache.get(line.chars);
  if (cached !== undefined) return cached;
  const text = line.chars.map((ch) => ch.c).join("");
  textCache.set(line.chars, text);
  return text;
}

const textCache = new WeakMap<readonly PdfChar[], string>();

/** Sizes within 3% are the same size (PDF writers round differently). */
export function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.03 * Math.max(a, b);
}

/** The most frequent value, comparing sizes to a tenth of a point; ties go to the larger. */
export function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) {
    const key = Math.round(value * 10) / 10;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && value > best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
