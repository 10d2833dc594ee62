import { describe, expect, it } from "vitest";
import { computePositions, type PlacedCitation } from "./citation-positions.ts";
import { CitePosition } from "./citation-types.ts";

const { First, Subsequent, Ibid, IbidWithLocator } = CitePosition;
const cite = (note: number | undefined, ...works: Array<string | [string, string]>): PlacedCitation => ({
  note,
  works: works.map((work) => (typeof work === "string" ? { key: work } : { key: work[0], locator: work[1], label: "page" })),
});
const positions = (citations: PlacedCitation[]): CitePosition[][] => computePositions(citations).map((works) => works.map((work) => work.position));

describe("citation positions in notes (Chicago)", () => {
  it("gives first, ibid., ibid. with a new locator, then a short form after another work", () => {
    expect(positions([cite(1, ["a", "33"]), cite(2, ["a", "33"]), cite(3, ["a", "40"]), cite(4, "b"), cite(5, ["a", "50"])])).toEqual([[First], [Ibid], [IbidWithLocator], [First], [Subsequent]]);
  });

  it("counts the author's own notes: a note without a citation between two citations of a work rules out ibid.", () => {
    // Notes 1 and 3 cite a; note 2 is the author's aside (no citation).
    expect(positions([cite(1, "a"), cite(3, "a")])).toEqual([[First], [Subsequent]]);
  });

  it("refuses ibid. when the preceding note cites more than one work, even if the last of them is this one", () => {
    expect(positions([cite(1, "a", "b"), cite(2, "b")])).toEqual([[First, First], [Subsequent]]);
    // Two citations in one author's note, a then b: the next note's b is not ibid.
    expect(positions([cite(1, "a"), cite(1, "b"), cite(2, "b")])).toEqual([[First], [First], [Subsequent]]);
  });

  it("allows ibid. in the next note when the preceding note cites only that work, even twice", () => {
    expect(positions([cite(1, ["a", "3"]), cite(1, ["a", "5"]), cite(2, ["a", "5"])])).toEqual([[First], [IbidWithLocator], [Ibid]]);
  });

  it("is never ibid. when the preceding cite had a locator and this one has none", () => {
    expect(positions([cite(1, ["a", "3"]), cite(2, "a")])).toEqual([[First], [Subsequent]]);
  });

  it("gives ibid. with a locator when only this cite has one", () => {
    expect(positions([cite(1, "a"), cite(2, ["a", "9"])])).toEqual([[First], [IbidWithLocator]]);
  });

  it("tells near notes from far ones and remembers the first note", () => {
    const result = computePositions([cite(1, "a"), cite(3, "a"), cite(20, "a")]);
    expect(result.map(([work]) => work?.nearNote)).toEqual([false, true, false]);
    expect(result.map(([work]) => work?.firstNote)).toEqual([1, 1, 1]);
  });
});

describe("citation positions in running text (author-date)", () => {
  it("gives ibid. only to the cite right after the same single work", () => {
    expect(positions([cite(undefined, "a"), cite(undefined, "a"), cite(undefined, "b"), cite(undefined, "a")])).toEqual([[First], [Ibid], [First], [Subsequent]]);
  });
});
