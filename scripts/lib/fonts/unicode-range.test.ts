import { describe, expect, it } from "vitest";
import { flatHolds, flatRanges, formatUnicodeRange, intersectRanges, parseUnicodeRange } from "./unicode-range.ts";

describe("parseUnicodeRange", () => {
  it("reads single points, spans and wildcards, in either case, with spaces", () => {
    expect(parseUnicodeRange("U+0000-00FF, U+0131,U+4??,u+1f600")).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
      [0x1f600, 0x1f600],
    ]);
  });

  it.each(["U+00ZZ", "U+", "0041", "U+41-", "U+41,,U+42", "", "U+4?1", "U+1234567"])("refuses %j", (value) => {
    expect(() => parseUnicodeRange(value)).toThrow(/unicode-range/);
  });
});

describe("intersectRanges and formatUnicodeRange", () => {
  it("keep the code points in both, sorted, and write them back", () => {
    const hangul = [
      [0x1100, 0x11ff],
      [0xac00, 0xd7ff],
    ] as const;
    const both = intersectRanges("U+D55C,U+4E00-9FFF,U+AC00-AC10,U+1150-1200", hangul);
    expect(both).toEqual([
      [0x1150, 0x11ff],
      [0xac00, 0xac10],
      [0xd55c, 0xd55c],
    ]);
    expect(formatUnicodeRange(both)).toBe("U+1150-11FF,U+AC00-AC10,U+D55C");
    expect(intersectRanges("U+4E00-9FFF", hangul)).toEqual([]);
  });
});

describe("flatHolds", () => {
  it("finds a point in sorted flat pairs by binary search", () => {
    const ranges = flatRanges("U+20-7E,U+A0-FF,U+4E00-9FFF");
    for (const point of [0x20, 0x7e, 0xa0, 0x6587, 0x9fff]) expect(flatHolds(ranges, point), point.toString(16)).toBe(true);
    for (const point of [0x1f, 0x7f, 0x9f, 0x100, 0xa000, 0x1f600]) expect(flatHolds(ranges, point), point.toString(16)).toBe(false);
    expect(flatHolds(new Uint32Array(), 0x41)).toBe(false);
  });
});
