/**
 * Which values (faces) hold a code point, answered by a binary search: the ranges of all the
 * values are cut once into disjoint segments, each listing the values that hold it. A CJK
 * family has hundreds of faces with hundreds of ranges each; testing each range of each face
 * for each character of a book would be millions of comparisons.
 */
import type { FlatRanges } from "./unicode-range.ts";

export class RangeIndex<T> {
  private readonly firsts: number[] = [];
  private readonly lasts: number[] = [];
  private readonly holders: T[][] = [];

  /** Each value with its ranges as flat [first, last, …] pairs. */
  constructor(entries: ReadonlyArray<readonly [FlatRanges, T]>) {
    // Every place a range starts or ends cuts a segment; sorted as numbers without a comparator.
    const cuts = new Float64Array(entries.reduce((sum, [ranges]) => sum + ranges.length, 0));
    let filled = 0;
    for (const [ranges] of entries) {
      for (let index = 0; index < ranges.length; index += 2) {
        cuts[filled++] = ranges[index] as number;
        cuts[filled++] = (ranges[index + 1] as number) + 1;
      }
    }
    cuts.sort();
    const bounds = cuts.filter((cut, index) => index === 0 || cut !== cuts[index - 1]);
    const segments: Array<T[] | undefined> = new Array(bounds.length);
    for (const [ranges, value] of entries) {
      for (let part = 0; part < ranges.length; part += 2) {
        const last = ranges[part + 1] as number;
        for (let index = firstAtOrAfter(bounds, ranges[part] as number); index < bounds.length && (bounds[index] as number) <= last; index++) {
          const holders = (segments[index] ??= []);
          if (!holders.includes(value)) holders.push(value);
        }
      }
    }
    segments.forEach((holders, index) => {
      if (!holders) return;
      this.firsts.push(bounds[index] as number);
      this.lasts.push((bounds[index + 1] as number) - 1);
      this.holders.push(holders);
    });
  }

  /** The values whose ranges hold `point`, in the order they were given. */
  at(point: number): readonly T[] {
    let low = 0;
    let high = this.firsts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (point < (this.firsts[middle] as number)) high = middle - 1;
      else if (point > (this.lasts[middle] as number)) low = middle + 1;
      else return this.holders[middle] as T[];
    }
    return [];
  }
}

/** The index of the first bound not below `point`. */
function firstAtOrAfter(bounds: Float64Array, point: number): number {
  let low = 0;
  let high = bounds.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((bounds[middle] as number) < point) low = middle + 1;
    else high = middle;
  }
  return low;
}
