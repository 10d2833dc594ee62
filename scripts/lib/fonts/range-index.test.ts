import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RangeIndex } from "./range-index.ts";
import { flatRanges } from "./unicode-range.ts";

describe("RangeIndex", () => {
  it("lists every value whose ranges hold a point, in the order given", () => {
    const index = new RangeIndex([
      [flatRanges("U+0000-00FF,U+2000-206F"), "latin"],
      [flatRanges("U+0100-024F,U+2020"), "latin-ext"],
      [flatRanges("U+2010-2011,U+0600-06FF"), "arabic"],
    ]);
    expect(index.at(0x41)).toEqual(["latin"]);
    expect(index.at(0x2020)).toEqual(["latin", "latin-ext"]);
    expect(index.at(0x2010)).toEqual(["latin", "arabic"]);
    expect(index.at(0x627)).toEqual(["arabic"]);
    expect(index.at(0x3000)).toEqual([]);
  });

  it("answers as a scan of every range would", () => {
    const range = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 40 })).map(([first, size]) => [first, first + size] as const);
    fc.assert(
      fc.property(fc.array(fc.array(range, { minLength: 1, maxLength: 4 }), { maxLength: 6 }), fc.integer({ min: 0, max: 360 }), (values, point) => {
        const index = new RangeIndex(values.map((ranges, value) => [Uint32Array.from(ranges.flat()), value] as const));
        const scanned = values.flatMap((ranges, value) => (ranges.some(([first, last]) => point >= first && point <= last) ? [value] : []));
        expect(index.at(point)).toEqual(scanned);
      }),
    );
  });
});
