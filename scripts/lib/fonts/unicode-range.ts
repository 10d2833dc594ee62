/**
 * CSS unicode-range values read into code point ranges, and written back.
 *
 * The CJK families declare some seventy thousand parts between them, read both to index the
 * faces and to cut the script families out of them: each value is read once, by hand (a regular
 * expression per part costs more than everything else), into one flat array of first and last
 * code points rather than an array per part.
 */

export type CodePointRange = readonly [first: number, last: number];

/** [first0, last0, first1, last1, …] */
export type FlatRanges = Uint32Array;

const read = new Map<string, FlatRanges>();

/** `U+0000-00FF,U+0131,U+4??` as flat pairs, in the order written; kept per value. */
export function flatRanges(unicodeRange: string): FlatRanges {
  let ranges = read.get(unicodeRange);
  if (!ranges) read.set(unicodeRange, (ranges = parseFlat(unicodeRange)));
  return ranges;
}

/** `U+0000-00FF,U+0131,U+4??` as [first, last] pairs, in the order written. */
export function parseUnicodeRange(unicodeRange: string): CodePointRange[] {
  const flat = flatRanges(unicodeRange);
  return Array.from({ length: flat.length / 2 }, (_, index) => [flat[2 * index] as number, flat[2 * index + 1] as number] as const);
}

/** One pass over the characters: `U+`, hex digits (or trailing `?` wildcards), an optional `-` and hex digits, then a comma. */
function parseFlat(value: string): FlatRanges {
  const out: number[] = [];
  let at = 0;
  const fail = (): never => {
    throw new Error(`not a unicode-range part: "${value.slice(at).split(",")[0] ?? ""}" in "${value}"`);
  };
  const skipSpaces = (): void => {
    while (value[at] === " " || value[at] === "\n" || value[at] === "\t") at++;
  };
  // The lowest and highest code point a run of hex digits stands for ("4??" stands for 400-4FF).
  const hex = (wildcards: boolean): [number, number] => {
    let low = 0;
    let high = 0;
    let digits = 0;
    let wild = false;
    for (; at < value.length && digits < 6; at++, digits++) {
      const code = value.charCodeAt(at);
      const digit = code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 70 ? code - 55 : code >= 97 && code <= 102 ? code - 87 : -1;
      if (code === 63 && wildcards) wild = true;
      else if (digit < 0 || wild) break;
      low = low * 16 + (wild ? 0 : digit);
      high = high * 16 + (wild ? 15 : digit);
    }
    if (!digits) fail();
    return [low, high];
  };
  while (at < value.length || !out.length) {
    skipSpaces();
    if (value[at] !== "U" && value[at] !== "u") fail();
    if (value[at + 1] !== "+") fail();
    at += 2;
    const [first, wildLast] = hex(true);
    let last = wildLast;
    if (value[at] === "-" && first === wildLast) {
      at++;
      last = hex(false)[1];
    }
    skipSpaces();
    if (at < value.length && value[at++] !== ",") fail();
    out.push(first, last);
  }
  return Uint32Array.from(out);
}

/** The code points of a unicode-range value that are also in `within` (sorted, disjoint pairs). */
export function intersectRanges(unicodeRange: string, within: readonly CodePointRange[]): CodePointRange[] {
  const flat = flatRanges(unicodeRange);
  const both: CodePointRange[] = [];
  for (let index = 0; index < flat.length; index += 2) {
    const first = flat[index] as number;
    const last = flat[index + 1] as number;
    for (let wanted = 0; wanted < within.length; wanted++) {
      const [wantedFirst, wantedLast] = within[wanted] as CodePointRange;
      if (last < wantedFirst || first > wantedLast) continue;
      both.push([Math.max(first, wantedFirst), Math.min(last, wantedLast)]);
    }
  }
  return both.sort((a, b) => a[0] - b[0]);
}

/** Pairs written as a unicode-range value: `U+3040-309F,U+30FC`. */
export function formatUnicodeRange(ranges: readonly CodePointRange[]): string {
  const hex = (point: number): string => point.toString(16).toUpperCase().padStart(4, "0");
  return ranges.map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`)).join(",");
}

/** Whether sorted, disjoint flat pairs hold `point` (binary search). */
export function flatHolds(ranges: FlatRanges, point: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (point < (ranges[2 * middle] as number)) high = middle - 1;
    else if (point > (ranges[2 * middle + 1] as number)) low = middle + 1;
    else return true;
  }
  return false;
}
