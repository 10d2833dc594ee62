import { describe, expect, it } from "vitest";
import type { PdfChar } from "./pdf-lines.ts";
import { readsRightToLeft, rightToLeftReadingOrder } from "./pdf-logical-order.ts";

/** A line as the page shows it, written left to right as the eye sees it: one char per 5 pt. */
function painted(visual: string): PdfChar[] {
  return [...visual].map((c, index) => ({ c, size: 10, x: index * 5, baseline: 10, right: index * 5 + 4, top: 0, bottom: 12 }));
}

/** The chars in the order Chromium paints a right-to-left line: from the right. */
function fromTheRight(chars: PdfChar[]): PdfChar[] {
  return [...chars].reverse();
}

const read = (visual: string): string => rightToLeftReadingOrder(fromTheRight(painted(visual))).map((ch) => ch.c).join("");

describe("a right-to-left line read in reading order", () => {
  it("reads right-to-left letters from the right, with a note's number first", () => {
    // "1. سلام دنیا." as a right-to-left line shows it: the number at the right end.
    expect(read(".ایند مالس .1")).toBe("1. سلام دنیا.");
  });

  it("keeps Latin words, with their spaces and the digits after them, left to right", () => {
    expect(read(".The Times 2009 نامه")).toBe("همان The Times 2009.");
  });

  it("keeps a number joined by one separator whole, and numbers apart by a space in reading order", () => {
    expect(read("ص 1,250")).toBe("1,250 ص");
    expect(read("۵۲ ص")).toBe("ص ۵۲");
    expect(read("24 23 نامه")).toBe("همان 23 24");
  });

  it("sets a bracket closing one opened among Latin words with them (rule N0)", () => {
    expect(read(".Ervand Abrahamian, The Coup (2013) هب دینک هاگن")).toBe("نگاه کنید به Ervand Abrahamian, The Coup (2013).");
  });

  it("reads a Latin note set right to left with its number first and its full stop last", () => {
    expect(read(".Edward G. Browne, p. 12 .3")).toBe("3. Edward G. Browne, p. 12.");
  });
});

describe("which lines of a right-to-left document read right to left", () => {
  it("a line holding a right-to-left letter, or Latin text with its full stop at the left", () => {
    expect(readsRightToLeft(painted("مالس"))).toBe(true);
    expect(readsRightToLeft(painted(".Edward G. Browne .3"))).toBe(true);
  });

  it("not code set left to right, its punctuation ending it at the right", () => {
    expect(readsRightToLeft(painted("print(x);"))).toBe(false);
  });
});

describe("a number before Latin words, and Latin words ending in a number, which look alike", () => {
  it("reads a note's number before its Latin text, and a page number after its 'p.'", () => {
    expect(read("Edward G. Browne, (Cambridge, 1914), p. .4")).toBe("4. Edward G. Browne, (Cambridge, 1914), p.");
    expect(read(".p. 12 ص")).toBe("ص p. 12.");
  });
});

describe("a call after Latin words closing a right-to-left sentence", () => {
  it("reads the call after the bracket and full stop, not before the Latin words", () => {
    // "(ראו Smith 2010, p. 45).4" as the page shows it: the call leftmost.
    expect(read("4.)Smith 2010, p. 45 ואר(")).toBe("(ראו Smith 2010, p. 45).4");
    expect(read("Windows 10 Pro ואר")).toBe("ראו Windows 10 Pro");
  });
});

describe("a page range ending Latin words", () => {
  it("keeps the range left to right with the words before it", () => {
    expect(read(".Ayalon (1995), pp. 40–45 .1")).toBe("1. Ayalon (1995), pp. 40–45.");
  });
});

describe("a ligature's letters", () => {
  it("keeps lam-alef's two letters in the order they are read, though the second stands right of the first", () => {
    // گلاب: گ at the right, then the lam-alef glyph whose letters MuPDF places left to right, then ب.
    const at = (c: string, x: number): PdfChar => ({ c, size: 10, x, baseline: 10, right: x + 4, top: 0, bottom: 12 });
    const painted = [at("گ", 321.1), at("ل", 315), at("ا", 321.1), at("ب", 306.1)];
    expect(rightToLeftReadingOrder(painted).map((ch) => ch.c).join("")).toBe("گلاب");
  });
});
