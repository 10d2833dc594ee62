import { describe, expect, it } from "vitest";
import { matchNotes, type ExpectedNote, type ShownNote } from "./match-notes.ts";

/** Pairs by equal text, counting how often texts were compared. */
function matcher(expected: ExpectedNote[], shownTexts: string[], shown: ShownNote[]) {
  let comparisons = 0;
  const result = matchNotes(expected, shown, (a, e) => {
    comparisons++;
    return shownTexts[a] === expected[e]?.text;
  });
  return { ...result, comparisons };
}

describe("matchNotes", () => {
  it("pairs same number and text first, identical texts in reading order", () => {
    const expected = [
      { number: 1, text: "Doe" },
      { number: 2, text: "ibid" },
      { number: 3, text: "ibid" },
    ];
    const { matches, unmatched } = matcher(expected, ["Doe", "ibid", "ibid"], [{ number: 1 }, { number: 2 }, { number: 3 }]);
    expect([...matches]).toEqual([
      [0, { actual: 0, kind: "exact" }],
      [1, { actual: 1, kind: "exact" }],
      [2, { actual: 2, kind: "exact" }],
    ]);
    expect(unmatched).toEqual([]);
  });

  it("then the number the call shows, then the number with other text, then the text under any number", () => {
    const expected = [
      { number: 1, text: "A", callShows: 2 },
      { number: 2, text: "B" },
      { number: 3, text: "C" },
    ];
    // Note 1's text printed as 2 (its call shows 2); note 2's number carries other text; C under no number.
    const { matches, unmatched } = matcher(expected, ["A", "X", "C", "Y"], [{ number: 2 }, { number: 2 }, { number: null }, { number: 9 }]);
    expect(matches.get(0)).toEqual({ actual: 0, kind: "renumbered" });
    expect(matches.get(1)).toEqual({ actual: 1, kind: "text-differs" });
    expect(matches.get(2)).toEqual({ actual: 2, kind: "moved-text" });
    expect(unmatched).toEqual([3]);
  });

  it("compares each note's text once when every note is in place", () => {
    const expected = notesInPlace(20_000);
    const { matches, comparisons } = matcher(
      expected,
      expected.map((note) => note.text),
      expected.map((note) => ({ number: note.number })),
    );
    expect(matches.size).toBe(20_000);
    expect(comparisons).toBe(20_000);
  });

  it("looks at the shown notes a number of times that grows with the notes, not their square (a book of 10,000 notes)", () => {
    // Every read of the shown list (its length, an entry) is counted: a matcher that scans the
    // shown notes from the start for each expected one reads it some n²/2 times.
    const reads = (count: number): number => {
      const expected = notesInPlace(count);
      let seen = 0;
      const shown = new Proxy(
        expected.map((note) => ({ number: note.number })),
        {
          get(target, key, receiver) {
            seen++;
            return Reflect.get(target, key, receiver);
          },
        },
      );
      expect(matchNotes(expected, shown, (a, e) => a === e).matches.size).toBe(count);
      return seen;
    };
    expect(reads(4_000) / reads(1_000)).toBeLessThan(5);
  });
});

function notesInPlace(count: number): ExpectedNote[] {
  return Array.from({ length: count }, (_, index) => ({ number: index + 1, text: `note ${index + 1}` }));
}
