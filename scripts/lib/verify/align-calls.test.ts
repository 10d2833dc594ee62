import { describe, expect, it } from "vitest";
import { alignSequences } from "./align-calls.ts";

/** Pairs as [expected value, actual value], undefined where one side is absent. */
function aligned(expected: number[], actual: Array<number | null>): Array<[number | undefined, number | null | undefined]> {
  return alignSequences(expected, actual).map((pair) => [
    pair.expected === undefined ? undefined : expected[pair.expected],
    pair.actual === undefined ? undefined : actual[pair.actual],
  ]);
}

describe("alignSequences", () => {
  it("compares position by position when both sides have as many calls (a renumbering)", () => {
    expect(aligned([1, 2, 3, 4], [1, 2, 1, 2])).toEqual([
      [1, 1],
      [2, 2],
      [3, 1],
      [4, 2],
    ]);
  });

  it("finds a missing call", () => {
    expect(aligned([1, 2, 3, 1, 4], [1, 2, 1, 4])).toEqual([
      [1, 1],
      [2, 2],
      [3, undefined],
      [1, 1],
      [4, 4],
    ]);
  });

  it("finds an extra call", () => {
    expect(aligned([1, 2, 3], [1, 2, 7, 3])).toEqual([
      [1, 1],
      [2, 2],
      [undefined, 7],
      [3, 3],
    ]);
  });

  it("pairs calls that differ between two matching stretches", () => {
    expect(aligned([1, 2, 3, 4, 5, 6], [1, 9, 8, 4, 6])).toEqual([
      [1, 1],
      [2, 9],
      [3, 8],
      [4, 4],
      [5, undefined],
      [6, 6],
    ]);
  });

  it("handles empty sides", () => {
    expect(aligned([], [3])).toEqual([[undefined, 3]]);
    expect(aligned([1], [])).toEqual([[1, undefined]]);
  });
});
