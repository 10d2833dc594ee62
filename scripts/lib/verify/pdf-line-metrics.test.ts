import { describe, expect, it } from "vitest";
import { lineBase, raisedDigitRuns } from "./pdf-line-metrics.ts";
import type { PdfChar, PdfLine } from "./pdf-lines.ts";

/** Characters of `text` at `size` on `baseline`, 4 points apart from `x`. */
const chars = (text: string, size: number, baseline: number, x: number): PdfChar[] =>
  [...text].map((c, i) => ({ c, size, x: x + i * 4, baseline, right: x + i * 4 + 4, top: baseline - size, bottom: baseline }));

const lineOf = (parts: PdfChar[]): PdfLine => ({ page: 1, order: 0, chars: parts, top: 0, bottom: 20, left: 0, right: 400 });

describe("a line's text size", () => {
  it("is its letters' when raised calls outnumber them (a run of calls after a few words)", () => {
    const words = chars("of calls.", 10, 100, 0);
    const run = chars(Array.from({ length: 20 }, (_, i) => i + 1).join(","), 6.8, 96, 40);
    const line = lineOf([...words, ...run]);
    expect(lineBase(line).size).toBe(10);
    expect(raisedDigitRuns(line).map((found) => found.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("is its characters' size when it has no letter", () => {
    expect(lineBase(lineOf(chars("12, 13", 6.8, 96, 0))).size).toBe(6.8);
  });

  it("is its figures' size on a line of calls alone, the commas between them set larger", () => {
    const line = lineOf([...chars("1", 6.8, 174, 0), ...chars(",", 8.33, 172.9, 4), ...chars("2", 6.8, 174, 8), ...chars(",", 8.33, 172.9, 12), ...chars("3", 6.8, 174, 16)]);
    expect(lineBase(line)).toEqual({ size: 6.8, baseline: 174 });
  });

  it("is its largest size when it has no letter, though raised calls outnumber the text's digits", () => {
    const year = chars("2019.", 10, 100, 0);
    const calls = [...chars("8,9,", 6.8, 96, 20), ...chars("10,11", 6.8, 96, 36)];
    const line = lineOf([...year, ...calls]);
    expect(lineBase(line)).toEqual({ size: 10, baseline: 100 });
    expect(raisedDigitRuns(line).map((found) => found.number)).toEqual([8, 9, 10, 11]);
  });
});
