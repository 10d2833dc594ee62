import { describe, expect, it } from "vitest";
import { codePointsOf, facesFor, facesHolding } from "./faces-for-text.ts";
import { fontFaces } from "./font-faces.ts";

const names = (text: string, lang = "en"): string[] => facesFor(text, lang).map((face) => face.fileName);
const families = (text: string, lang = "en"): string[] => [...new Set(facesFor(text, lang).map((face) => face.family))];

describe("facesFor", () => {
  it("gives a Latin text the four Latin faces only, though the CJK slices hold Latin letters too", () => {
    expect(names("Plain English, “quoted” — and 12 notes.").sort()).toEqual(
      ["400-italic", "400-normal", "700-italic", "700-normal"].map((variant) => `source-serif-4-latin-${variant}.woff2`),
    );
  });

  it("adds a script's faces when one of its letters appears, and only then", () => {
    expect(names("Москва").every((name) => name.includes("-cyrillic-"))).toBe(true);
    expect(names("Москва")).toHaveLength(4);
    expect(names("Athens, Αθήνα").some((name) => name.includes("-greek-"))).toBe(true);
    expect(names("Athens").some((name) => name.includes("-greek-"))).toBe(false);
    expect(names("Tehran, تهران").filter((name) => name.startsWith("vazirmatn"))).toHaveLength(2);
    expect(names("Hà Nội").some((name) => name.includes("-vietnamese-"))).toBe(true);
  });

  it("takes a character from the first family of the language's stack whose range holds it and whose file has it", () => {
    // "-" is in the Latin and the Chinese faces' ranges; U+2010 (hyphen) in the ranges of Source
    // Serif and Noto Serif, whose files lack it, then of Noto Sans Math, which has it (the Arabic
    // file, further on, has one too, on the baseline).
    expect(families("-")).toEqual(["Source Serif 4"]);
    expect(families("\u2010")).toEqual(["Noto Sans Math"]);
    expect(families("\u2010", "ar")).toEqual(["Vazirmatn"]);
    expect(families("تهران 1", "fa")).toEqual(["Source Serif 4", "Vazirmatn"]);
    // U+2153 (⅓) is in a range of Noto Sans Symbols, whose file has no glyph for it: it comes from DejaVu Serif, the last fallback.
    expect(families("⅓")).toEqual(["DejaVu Serif"]);
    // Cherokee is in no face.
    expect(facesHolding(0x13a0)).toBeUndefined();
  });

  it("sets Han in the Simplified Chinese face, Hangul in the Korean one and kana in the Japanese one, unless the language says otherwise", () => {
    expect(families("中文", "en")).toEqual(["Noto Serif SC"]);
    expect(families("한국어", "en")).toEqual(["Noto Serif KR Hangul"]);
    expect(families("ひらがな", "en")).toEqual(["Noto Serif JP Kana"]);
    expect(families("日本語", "ja")).toEqual(["Noto Serif JP"]);
    expect(families("漢字", "ko")).toEqual(["Noto Serif KR"]);
    expect(families("漢字", "zh-TW")).toEqual(["Noto Serif TC"]);
    expect(families("漢字", "zh-Hant-HK")).toEqual(["Noto Serif TC"]);
    expect(families("汉字", "zh-CN")).toEqual(["Noto Serif SC"]);
    // A simplified character the Japanese face lacks still has a face in a Japanese text.
    expect(families("这", "ja")).toEqual(["Noto Serif SC"]);
  });

  it("declares only the slices a CJK text needs, in both weights", () => {
    const faces = facesFor("中文文本。", "zh");
    expect(faces.length).toBeGreaterThan(0);
    expect(faces.length).toBeLessThan(12);
    expect(new Set(faces.map((face) => face.weight))).toEqual(new Set([400, 700]));
    expect(faces.every((face) => /^noto-serif-sc-\d+-(400|700)-normal\.woff2$/.test(face.fileName))).toBe(true);
  });

  it("gives nothing for an empty text or a character no face holds, and keeps the declared order", () => {
    expect(facesFor("")).toEqual([]);
    expect(facesHolding(0x3ab7)).toBeUndefined();
    expect(facesHolding(0x378)).toBeUndefined();
    const all = fontFaces();
    const some = facesFor("Αθήνα Москва بغداد 中文 한국어");
    expect(some.map((face) => all.indexOf(face))).toEqual([...some.map((face) => all.indexOf(face))].sort((a, b) => a - b));
  });
});

describe("codePointsOf", () => {
  it("counts a character outside the Basic Multilingual Plane once", () => {
    expect([...codePointsOf("a𝔸a")]).toEqual([0x61, 0x1d538]);
  });
});
