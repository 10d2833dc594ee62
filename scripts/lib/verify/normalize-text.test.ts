import { describe, expect, it } from "vitest";
import { joinPdfLines, normaliseText, foldRightToLeftRuns } from "./normalize-text.ts";

describe("normaliseText", () => {
  it("removes what a reader cannot see and nothing else", () => {
    expect(normaliseText("  Ex\u00adam\u00adple\u00a0text \n with  ↩\ufe0e ↩ back\u200blinks ")).toBe("Example text with backlinks");
    expect(normaliseText("\ufb01ne \ufb02ow o\ufb03ce")).toBe("fine flow office");
    expect(normaliseText("Iraq\u02bcs")).toBe("Iraq\u2019s");
  });

  it("keeps quotes, dashes and case, which a reader does see", () => {
    expect(normaliseText('"a" -- B')).toBe('"a" -- B');
    expect(normaliseText("\u201ca\u201d \u2013 B")).not.toBe(normaliseText('"a" -- B'));
  });
});

describe("joinPdfLines", () => {
  it("joins lines with a space", () => {
    expect(joinPdfLines("Feller, Ben, AP,\nOct. 21, 2011", "Feller, Ben, AP, Oct. 21, 2011")).toBe("Feller, Ben, AP, Oct. 21, 2011");
  });

  it("drops a line-end hyphen where the expected text has the whole word (a soft hyphen)", () => {
    expect(joinPdfLines("Takes Hard Line on Ameri-\ncan Withdrawal", "Takes Hard Line on American Withdrawal")).toBe("Takes Hard Line on American Withdrawal");
    expect(joinPdfLines("Ameri\u2010\ncan", "American")).toBe("American");
  });

  it("keeps a line-end hyphen where the expected text has the hyphenated word", () => {
    expect(joinPdfLines("Nouri al-\nMaliki said", "Nouri al-Maliki said")).toBe("Nouri al-Maliki said");
  });

  it("does not invent a word the expected text lacks", () => {
    expect(joinPdfLines("Ameri-\ncan", "Canadian")).toBe("Ameri- can");
  });
});

describe("foldRightToLeftRuns", () => {
  it("accepts Persian read back in visual order, split by glyph positions", () => {
    const logical = "Karimi, Dariush (داریوش کریمی), “Snow”";
    const visual = "Karimi, Dariush (کر یمی شدار یو), “Snow”";
    expect(foldRightToLeftRuns(visual)).toBe(foldRightToLeftRuns(logical));
  });

  it("accepts heh with hamza read back as the hamza alone, without eating a neighbouring heh", () => {
    const logical = "در دامنهٔ کوه‌های البرز";
    const readBack = "زالبر های‌کوه ٔدام ن در";
    expect(foldRightToLeftRuns(readBack)).toBe(foldRightToLeftRuns(logical));
    expect(foldRightToLeftRuns("زالبر های‌کو ٔدام ن در")).not.toBe(foldRightToLeftRuns(logical));
  });

  it("still tells different names apart, and leaves left-to-right text exact", () => {
    expect(foldRightToLeftRuns("(داریوش کریمی)")).not.toBe(foldRightToLeftRuns("(داریوش رحیمی)"));
    expect(foldRightToLeftRuns("Smith (داریوش), 2001")).not.toBe(foldRightToLeftRuns("Smith (داریوش), 2002"));
    expect(foldRightToLeftRuns("plain text")).toBe("plain text");
  });
});
