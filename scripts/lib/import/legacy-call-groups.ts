/**
 * What a legacy call's brackets name: one note (`[3]`), notes called together (`[1, 2]`), or a
 * range (`[3-5]`, `[3–5]`).
 */

/** Between a call's brackets: a number, or numbers and ranges separated by commas or semicolons. */
export const callGroup = String.raw`[1-9]\d{0,5}(?:[ \t]*[,;–-][ \t]*[1-9]\d{0,5})*`;

/**
 * Notes called together, `[1, 2]` or `[3-5]` (a range of at most this many notes), are as many
 * calls side by side. A group some number of which is no note (`[1998-2003]`, a range of years)
 * is text.
 */
const MAX_RANGE = 20;

/** The notes a call's brackets name: one, a list, or a range; undefined when it is no call's shape. */
export function calledNumbers(written: string): number[] | undefined {
  const numbers: number[] = [];
  for (const part of written.split(/[ \t]*[,;][ \t]*/u)) {
    const range = /^(\d+)[ \t]*[–-][ \t]*(\d+)$/u.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to <= from || to - from > MAX_RANGE) return undefined;
      for (let number = from; number <= to; number++) numbers.push(number);
    } else if (/^\d+$/u.test(part)) numbers.push(Number(part));
    else return undefined;
  }
  return numbers;
}

/** Every note number the text's bracketed calls name, groups and ranges included. */
export function bracketCalls(text: string): Set<number> {
  const numbers = new Set<number>();
  for (const match of text.matchAll(new RegExp(String.raw`\[(${callGroup})\]`, "gu"))) {
    for (const number of calledNumbers(match[1] ?? "") ?? []) numbers.add(number);
  }
  return numbers;
}
