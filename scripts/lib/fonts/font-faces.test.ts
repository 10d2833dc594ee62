import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { familyFaces, fontFaceCss, fontFaces, fontFiles, fontStack, fontStackCss, languageMatches, stackFamilies } from "./font-faces.ts";
import { flatHolds, flatRanges, intersectRanges, parseUnicodeRange } from "./unicode-range.ts";

describe("fontFaces", () => {
  it("reads the numbered slices of the CJK packages in regular and bold, and none of their Latin copies", () => {
    for (const family of ["Noto Serif SC", "Noto Serif JP", "Noto Serif KR", "Noto Serif TC"]) {
      const faces = familyFaces(family);
      expect(faces.length, family).toBeGreaterThan(150);
      expect(faces.every((face) => /^noto-serif-(sc|jp|kr|tc)-\d+-(400|700)-normal\.woff2$/.test(face.fileName)), family).toBe(true);
      expect(new Set(faces.map((face) => face.weight)), family).toEqual(new Set([400, 700]));
    }
  });

  it("keeps the text face's named subsets and the Arabic face", () => {
    expect(familyFaces("Source Serif 4").map((face) => face.fileName)).toContain("source-serif-4-latin-700-italic.woff2");
    expect(familyFaces("Source Serif 4")).toHaveLength(24);
    expect(familyFaces("Vazirmatn").map((face) => face.fileName)).toEqual(["vazirmatn-arabic-400-normal.woff2", "vazirmatn-arabic-700-normal.woff2"]);
  });

  it("cuts the script families out of their family's faces: Hangul only, kana only", () => {
    const hangul = familyFaces("Noto Serif KR Hangul");
    expect(hangul.length).toBeGreaterThan(0);
    const kr = new Set(familyFaces("Noto Serif KR").map((face) => face.fileName));
    for (const face of hangul) {
      expect(kr.has(face.fileName)).toBe(true);
      const outside = parseUnicodeRange(face.unicodeRange).filter(([first, last]) => intersectRanges(`U+${first.toString(16)}-${last.toString(16)}`, [[0x1100, 0x11ff], [0x3130, 0x318f], [0xa960, 0xa97f], [0xac00, 0xd7ff], [0xffa0, 0xffdc]]).length === 0);
      expect(outside, face.fileName).toEqual([]);
    }
    expect(familyFaces("Noto Serif JP Kana").every((face) => parseUnicodeRange(face.unicodeRange).every(([first]) => (first >= 0x3040 && first <= 0x31ff) || first >= 0xff65))).toBe(true);
  });

  it("lists each file once, and every file exists", () => {
    const files = fontFiles();
    expect(new Set(files.map((face) => face.fileName)).size).toBe(files.length);
    expect(files.every((face) => existsSync(face.path))).toBe(true);
    expect(fontFaces().length).toBeGreaterThan(files.length);
  });
});

describe("the font stack", () => {
  it("puts the text face first (its accented letters ahead of it), and each CJK language's own face ahead of the other CJK faces", () => {
    expect(stackFamilies("en").slice(0, 2)).toEqual(["Source Serif 4 Accented", "Source Serif 4"]);
    expect(stackFamilies("ja").slice(1, 3)).toEqual(["Source Serif 4", "Noto Serif JP"]);
    expect(stackFamilies("ko").slice(1, 3)).toEqual(["Source Serif 4", "Noto Serif KR"]);
    expect(stackFamilies("zh").slice(1, 3)).toEqual(["Source Serif 4", "Noto Serif SC"]);
    expect(stackFamilies("zh-TW")[2]).toBe("Noto Serif TC");
    expect(stackFamilies("zh-hant")[2]).toBe("Noto Serif TC");
    expect(stackFamilies("fa-IR").slice(0, 3)).toEqual(["Vazirmatn", "Source Serif 4 Accented", "Source Serif 4"]);
    // Han in text of no CJK language goes to the Simplified Chinese face, after the Hangul and kana families.
    expect(stackFamilies("en").indexOf("Noto Serif SC")).toBeLessThan(stackFamilies("en").indexOf("Noto Serif JP"));
    expect(fontStack("de")).toBe(fontStack());
    expect(fontStack()).toMatch(/^"Source Serif 4 Accented", "Source Serif 4", .*, serif$/);
  });

  it("offers accented Latin letters only from the subsets that hold them whole, never the Latin subset that would build them from a letter and a mark", () => {
    const accented = familyFaces("Source Serif 4 Accented");
    const ranges = accented.map((face) => face.unicodeRange);
    // ō (U+014D) is offered; o and the combining macron, which the Latin subset holds, are not.
    expect(ranges.some((range) => flatHolds(flatRanges(range), 0x014d))).toBe(true);
    for (const range of ranges) {
      expect(flatHolds(flatRanges(range), 0x006f)).toBe(false);
      expect(flatHolds(flatRanges(range), 0x0304)).toBe(false);
    }
  });

  it("names only families that have faces", () => {
    for (const lang of ["en", "ar", "zh", "zh-TW", "ja", "ko"]) for (const family of stackFamilies(lang)) expect(familyFaces(family).length, `${lang} ${family}`).toBeGreaterThan(0);
  });

  it("matches language tags as :lang() does", () => {
    expect(languageMatches("zh-Hant-TW", "zh-Hant")).toBe(true);
    expect(languageMatches("ZH-tw", "zh-TW")).toBe(true);
    expect(languageMatches("zhx", "zh")).toBe(false);
    expect(languageMatches("zh-Hans-TW", "zh-TW")).toBe(false);
  });

  it("is written as one rule for the default and one per language, later rules winning as in stackFamilies", () => {
    const css = fontStackCss("body", "font-family");
    expect(css.split("\n")[0]).toBe(`body { font-family: ${fontStack()}; }`);
    expect(css).toContain(`body:lang(ja) { font-family: ${fontStack("ja")}; }`);
    expect(css.indexOf("body:lang(zh)")).toBeLessThan(css.indexOf("body:lang(zh-TW)"));
  });
});

describe("fontFaceCss", () => {
  it("declares each face under its family, with its file and range", () => {
    const [face] = familyFaces("Noto Serif KR Hangul");
    const css = fontFaceCss("fonts", face ? [face] : []);
    expect(css).toContain('font-family: "Noto Serif KR Hangul";');
    expect(css).toContain(`src: url("fonts/${face?.fileName}") format("woff2");`);
    expect(css).toContain(`unicode-range: ${face?.unicodeRange};`);
  });
});
