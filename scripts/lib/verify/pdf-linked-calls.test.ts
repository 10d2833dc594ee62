import { describe, expect, it } from "vitest";
import { callRuns, callsAreLinks, textWithoutCalls } from "./pdf-linked-calls.ts";
import { lineOf, type PdfChar, type PdfLinkBox, type PdfPage } from "./pdf-lines.ts";

/** A body glyph (10 pt on baseline 100) or a raised one (6 pt, 4 pt up), 5 pt wide from x. */
function glyph(c: string, x: number, raised = false): PdfChar {
  return raised ? { c, size: 6, x, baseline: 96, right: x + 5, top: 90, bottom: 97 } : { c, size: 10, x, baseline: 100, right: x + 5, top: 92, bottom: 102 };
}

/** "10⁶ m²,¹,² x": an exponent, a unit's square, then calls 1 and 2 (separated by a raised comma). */
const chars = [glyph("1", 0), glyph("0", 5), glyph("6", 10, true), glyph(" ", 15), glyph("m", 20), glyph("2", 25, true), glyph(",", 30), glyph("1", 35, true), glyph(",", 40, true), glyph("2", 45, true), glyph(" ", 50), glyph("x", 55)];
const line = lineOf(chars, 1, 0);
const linkOver = (x: number): PdfLinkBox => ({ left: x, top: 89, right: x + 5, bottom: 98, target: { pageIndex: 0, x: 0, y: 500 } });
const links = [linkOver(35), linkOver(45)];

describe("calls told from the author's superscripts by their links", () => {
  it("counts only the linked raised numbers as calls", () => {
    expect(callRuns(line, links).map((run) => run.number)).toEqual([1, 2]);
    expect(callRuns(line, undefined).map((run) => run.number)).toEqual([6, 2, 1, 2]);
  });

  it("keeps the author's superscripts in the text and drops the calls with the comma between them", () => {
    expect(textWithoutCalls(line, callRuns(line, links), true)).toBe("106 m2, x");
    expect(textWithoutCalls(line, callRuns(line, undefined), false)).toBe("10 m, x");
  });

  it("splits an exponent from the call set right after it: r²¹ is the square and call 1", () => {
    const squared = lineOf([glyph("r", 0), glyph("2", 5, true), glyph("1", 10, true), glyph(" ", 15), glyph("x", 20)], 1, 0);
    expect(callRuns(squared, [linkOver(10)]).map((run) => [run.number, run.start, run.end])).toEqual([[1, 2, 3]]);
    expect(textWithoutCalls(squared, callRuns(squared, [linkOver(10)]), true)).toBe("r2 x");
  });

  it("reads links as calls only in a PDF whose raised numbers are linked somewhere", () => {
    const page = (internalLinks: PdfLinkBox[]): PdfPage => ({ number: 1, height: 842, lines: [line], internalLinks });
    expect(callsAreLinks([page(links)], [[line]])).toBe(true);
    expect(callsAreLinks([page([])], [[line]])).toBe(false);
  });
});
