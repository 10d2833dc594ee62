import { describe, expect, it } from "vitest";
import type { PdfChar } from "./pdf-lines.ts";
import { withoutRepeatedClusterMarks } from "./pdf-repeated-marks.ts";

/** Characters as MuPDF gave them: [text, left, right]. */
const line = (chars: Array<[string, number, number]>): PdfChar[] => chars.map(([c, x, right]) => ({ c, x, right, size: 10, baseline: 100, top: 90, bottom: 102 }));
const text = (chars: PdfChar[]): string => chars.map((char) => char.c).join("");

describe("withoutRepeatedClusterMarks", () => {
  it("drops the second reading of a Devanagari cluster's vowel sign (राष्ट्रीय as MuPDF read it)", () => {
    const read = line([["र", 51, 54.8], ["ा", 54.8, 57.2], ["ष", 57.2, 62.5], ["्", 62.5, 62.5], ["ट", 60.8, 60.8], ["्", 60.8, 60.8], ["र", 60.8, 60.8], ["ी", 60.8, 60.8], ["ी", 62.5, 65], ["य", 65, 70.6]]);
    expect(text(read)).toBe("राष्ट्रीीय");
    const kept = withoutRepeatedClusterMarks(read);
    expect(text(kept)).toBe("राष्ट्रीय");
    // The line keeps its width: the kept vowel sign ends where the dropped one did.
    expect(kept[7]?.right).toBe(65);
  });

  it("drops a repeated run of a virama, a consonant and a vowel sign, and a Bengali vowel sign", () => {
    const hindi = line([["ष", 84, 88.2], ["्", 88.2, 88.2], ["ट", 88.2, 88.2], ["्", 88.2, 88.2], ["र", 88.2, 88.2], ["ी", 88.2, 88.2], ["्", 88.2, 88.2], ["र", 88.2, 88.2], ["ी", 88.2, 90.2], ["य", 90.2, 94.7]]);
    expect(text(withoutRepeatedClusterMarks(hindi))).toBe("ष्ट्रीय");
    const bengali = line([["স", 64.2, 70.6], ["্", 70.6, 70.6], ["ব", 70.6, 70.6], ["া", 70.6, 70.6], ["া", 70.6, 72.5], ["স", 72.5, 79.2]]);
    expect(text(withoutRepeatedClusterMarks(bengali))).toBe("স্বাস");
    // On a justified line: the span's letters with the glyph's box, the second reading at the same place.
    const justified = line([["ক", 259.6, 267.9], ["্", 265.7, 267.9], ["ষ", 265.7, 267.9], ["া", 265.7, 267.9], ["া", 265.7, 269.4], [" ", 267.2, 269.1]]);
    expect(text(withoutRepeatedClusterMarks(justified))).toBe("ক্ষা ");
  });

  it("keeps marks that follow a letter with width, and letters that repeat", () => {
    const kept = line([["क", 0, 5], ["ि", 5, 7], ["ि", 7, 9], ["न", 9, 14], ["न", 14, 19]]);
    expect(text(withoutRepeatedClusterMarks(kept))).toBe("कििनन");
    const plain = line([["a", 0, 5], ["a", 5, 5], ["a", 5, 10]]);
    expect(text(withoutRepeatedClusterMarks(plain))).toBe("aaa");
  });
});
