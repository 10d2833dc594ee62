import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cmapOf, readWoff2Cmap } from "./font-cmap.ts";
import { familyFaces } from "./font-faces.ts";
import { flatHolds, flatRanges } from "./unicode-range.ts";

const face = (family: string, fileName: string) => {
  const found = familyFaces(family).find((candidate) => candidate.fileName === fileName);
  if (!found) throw new Error(`no face ${fileName}`);
  return found;
};

describe("cmapOf", () => {
  it("reads the characters a CJK slice really has: those of its range, but for the few it lacks", () => {
    const slice = face("Noto Serif SC", "noto-serif-sc-119-400-normal.woff2");
    const cmap = cmapOf(slice.path);
    expect(flatHolds(cmap, 0x4e2d)).toBe(true); // 中
    expect(flatHolds(cmap, 0x3002)).toBe(true); // 。
    const declared = flatRanges(slice.unicodeRange);
    const missing: number[] = [];
    for (let index = 0; index < declared.length; index += 2) {
      for (let point = declared[index] as number; point <= (declared[index + 1] as number); point++) if (!flatHolds(cmap, point)) missing.push(point);
    }
    expect(missing).toEqual([]);
    // The slice holding 한 in its range has no glyph for it: the Korean text of the issue came out as "�국어".
    const hangul = familyFaces("Noto Serif SC").find((candidate) => candidate.weight === 400 && flatHolds(flatRanges(candidate.unicodeRange), 0xd55c));
    expect(hangul && flatHolds(cmapOf(hangul.path), 0xd55c)).toBe(false);
  });

  it("tells a gap in a declared range: Source Serif's Latin file has no ⁂", () => {
    const latin = face("Source Serif 4", "source-serif-4-latin-400-normal.woff2");
    expect(flatHolds(flatRanges(latin.unicodeRange), 0x2042)).toBe(true);
    const cmap = cmapOf(latin.path);
    expect(flatHolds(cmap, 0x2042)).toBe(false);
    expect(flatHolds(cmap, 0x41)).toBe(true);
    expect(flatHolds(cmap, 0x201c)).toBe(true);
    expect(cmapOf(latin.path)).toBe(cmap);
  });

  it("refuses what is not a WOFF2 font", () => {
    expect(() => readWoff2Cmap(Buffer.from("not a font at all, not at all, not at all, not at all"), "x.woff2")).toThrow(/x\.woff2: not a WOFF2 file/);
    const bytes = readFileSync(face("Source Serif 4", "source-serif-4-latin-400-normal.woff2").path);
    expect(() => readWoff2Cmap(bytes.subarray(0, 60), "cut.woff2")).toThrow(/cut\.woff2/);
  });
});
