/**
 * The fallback chain behind the text face, character by character: which family (and which of
 * its files) sets what Source Serif 4 lacks, as the browser will choose it (range, then the
 * file's own cmap), and what no embedded face covers.
 */
import { describe, expect, it } from "vitest";
import { facesFor, facesHolding } from "./faces-for-text.ts";
import { emojiBlocks, familyFaces, familyNames, isEmojiPresentation, stackFamilies, subtractRanges } from "./font-faces.ts";
import { uncoveredCharacters } from "./font-coverage.ts";
import { flatHolds, flatRanges, parseUnicodeRange } from "./unicode-range.ts";

/** `family [file stem]` of the faces a character is set in. */
function setIn(char: string, lang = "en"): string {
  const holding = facesHolding(char.codePointAt(0) as number, lang);
  if (!holding) return "none";
  const files = [...new Set(holding.faces.map((face) => face.fileName.replace(/-\d00-(normal|italic)\.woff2$/, "")))];
  return `${holding.family} [${files.join(", ")}]`;
}

describe("the fallback chain of a text in English", () => {
  it.each([
    // The text face keeps everything it has.
    ["a", "Source Serif 4 [source-serif-4-latin]"],
    ["²", "Source Serif 4 [source-serif-4-latin]"],
    ["ʻ", "Source Serif 4 [source-serif-4-latin]"],
    ["α", "Source Serif 4 [source-serif-4-greek]"],
    ["#", "Source Serif 4 [source-serif-4-latin]"],
    // Noto Serif: spacing modifier letters and IPA, subscripts and superscripts, polytonic Greek.
    ["ʽ", "Noto Serif [noto-serif-latin-ext]"],
    ["ʃ", "Noto Serif [noto-serif-latin-ext]"],
    ["₀", "Noto Serif [noto-serif-math]"],
    ["₄", "Noto Serif [noto-serif-math]"],
    ["⁷", "Noto Serif [noto-serif-math]"],
    ["ὺ", "Noto Serif [noto-serif-greek-ext]"],
    ["ῶ", "Noto Serif [noto-serif-greek-ext]"],
    ["ἀ", "Noto Serif [noto-serif-greek-ext]"],
    ["℃", "Noto Serif [noto-serif-math]"],
    // The symbol faces: the hyphen, arrows, operators, enclosed numbers, dingbats.
    ["\u2010", "Noto Sans Math [noto-sans-math-latin]"],
    ["‡", "Noto Sans Math [noto-sans-math-latin]"],
    ["→", "Noto Sans Math [noto-sans-math-latin]"],
    ["≤", "Noto Sans Math [noto-sans-math-latin]"],
    ["∀", "Noto Sans Math [noto-sans-math-latin]"],
    ["✓", "Noto Sans Math [noto-sans-math-latin]"],
    ["①", "Noto Sans Symbols [noto-sans-symbols-symbols]"],
    ["❤", "Noto Sans Symbols 2 [noto-sans-symbols-2-symbols]"],
    ["✈", "Noto Sans Symbols 2 [noto-sans-symbols-2-symbols]"],
    // The non-breaking hyphen, which no file before the CJK ones has: set by the shaper with
    // the hyphen of the first face that has one.
    ["\u2011", "Noto Sans Math [noto-sans-math-latin]"],
    // What only the CJK faces have.
    ["⁂", "Noto Serif TC [noto-serif-tc-95]"],
    ["。", "Noto Serif SC [noto-serif-sc-119]"],
    // Emoji, from the emoji face only, even those a symbol or CJK face has as text glyphs.
    ["😀", "Noto Emoji [noto-emoji-9]"],
    ["👍", "Noto Emoji [noto-emoji-9]"],
    ["⚽", "Noto Emoji [noto-emoji-4]"],
    ["☕", "Noto Emoji [noto-emoji-6]"],
  ])("sets %s in %s", (char, expected) => {
    expect(setIn(char)).toBe(expected);
  });

  it("has no face for Cherokee, the Extension A and B ideographs 㪷 and 𦮼, or an unassigned code point", () => {
    expect(uncoveredCharacters("Ꭰ Ꭱ 㪷 𦮼 \u0378", "en")).toEqual([0x13a0, 0x13a1, 0x3ab7, 0x26bbc, 0x378]);
    expect(uncoveredCharacters("㪷 𦮼", "zh-TW")).toEqual([0x3ab7, 0x26bbc]);
    expect(uncoveredCharacters("㪷 𦮼", "ja")).toEqual([0x3ab7, 0x26bbc]);
  });

  it("covers fractions, the interrobang and the rarer punctuation from DejaVu Serif, behind every other face", () => {
    expect(uncoveredCharacters("⅓ ⅔ ⅛ ⅐ ↉ ‽ ⸮ ‣ ‱ ‛ ‟", "en")).toEqual([]);
    expect(uncoveredCharacters("⅓ ‽", "ja")).toEqual([]);
  });

  it("covers every character the real books stopped on", () => {
    expect(uncoveredCharacters("ʽ ₀₁₂₄ ⁷ ὺὰὸὲῆὶῶὴῦᾶὅῖῷἀὄ \u2010 \u2011 😀", "en-GB")).toEqual([]);
  });
});

describe("the chain in other languages", () => {
  it("sets what the text face lacks in the CJK face of a CJK language, before Noto Serif and the symbol faces", () => {
    expect(setIn("→", "zh")).toBe("Noto Serif SC [noto-serif-sc-109]");
    expect(setIn("℃", "zh")).toBe("Noto Serif SC [noto-serif-sc-107]");
    expect(setIn("\u2010", "ja")).toBe("Noto Serif JP [noto-serif-jp-81]");
    expect(setIn("\u2011", "ja")).toBe("Noto Serif JP [noto-serif-jp-59]");
    expect(setIn("\u2011", "zh")).toBe("Noto Serif SC [noto-serif-sc-91]");
    expect(setIn("→", "zh-TW")).toMatch(/^Noto Serif TC /);
    // What the CJK faces lack still comes from Noto Serif; emoji from the emoji face.
    expect(setIn("ὺ", "ja")).toBe("Noto Serif [noto-serif-greek-ext]");
    expect(setIn("⚽", "ja")).toBe("Noto Emoji [noto-emoji-4]");
  });

  it("keeps the Arabic face's own hyphen in Arabic-script text, and the fallbacks after the text face", () => {
    expect(setIn("\u2010", "fa")).toBe("Vazirmatn [vazirmatn-arabic]");
    expect(setIn("ʽ", "ar")).toBe("Noto Serif [noto-serif-latin-ext]");
    expect(setIn("→", "ar")).toBe("Noto Sans Math [noto-sans-math-latin]");
  });

  it("puts the fallbacks after the text face and the emoji face last, in every stack", () => {
    for (const lang of ["en", "de", "ar", "zh", "zh-TW", "ja", "ko"]) {
      const stack = stackFamilies(lang);
      expect(stack.at(-1), lang).toBe("Noto Emoji");
      for (const family of ["Noto Serif", "Noto Sans Math", "Noto Sans Symbols", "Noto Sans Symbols 2"]) {
        expect(stack.indexOf(family), `${lang} ${family}`).toBeGreaterThan(stack.indexOf("Source Serif 4"));
      }
      expect(stack.indexOf("Noto Sans Math"), lang).toBeGreaterThan(stack.indexOf("Noto Serif"));
    }
    // Ahead of the Arabic face (whose U+2010 sits on the baseline) in text that is not Arabic.
    expect(stackFamilies("en").indexOf("Noto Sans Math")).toBeLessThan(stackFamilies("en").indexOf("Vazirmatn"));
  });
});

describe("the faces behind the chain", () => {
  it("declares Emoji_Presentation characters in the emoji face only", () => {
    const emoji = [0x1f600, 0x2b50, 0x26bd, 0x2615, 0x1f1eb, 0x1f3fd, 0x231a];
    for (const family of familyNames.filter((name) => name !== "Noto Emoji")) {
      for (const face of familyFaces(family)) {
        const ranges = flatRanges(face.unicodeRange);
        expect(
          emoji.filter((point) => flatHolds(ranges, point)),
          `${face.fileName} as ${family}`,
        ).toEqual([]);
      }
    }
    // The emoji face declares everything it holds, text-default characters of sequences (♀, ❤) included.
    const declared = familyFaces("Noto Emoji").flatMap((face) => parseUnicodeRange(face.unicodeRange));
    for (const point of [0x1f600, 0x2640, 0x2764, 0x200d, 0xfe0f, 0x20e3]) expect(declared.some(([first, last]) => first <= point && point <= last), point.toString(16)).toBe(true);
  });

  it("finds every Emoji_Presentation character in the blocks it looks in", () => {
    const outside: number[] = [];
    for (let point = 0; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      if (isEmojiPresentation(point) && !emojiBlocks.some(([first, last]) => first <= point && point <= last)) outside.push(point);
    }
    expect(outside).toEqual([]);
  });

  it("declares U+2011 for a face whose file has only U+2010, which the shaper sets it with", () => {
    const [face] = familyFaces("Noto Sans Math");
    expect(flatHolds(flatRanges(face?.unicodeRange ?? ""), 0x2011)).toBe(true);
    expect(setIn("\u2011", "fa")).toBe("Vazirmatn [vazirmatn-arabic]");
  });

  it("takes from Noto Sans Math only signs, never the letters of a script", () => {
    const [face] = familyFaces("Noto Sans Math");
    expect(face?.fileName).toBe("noto-sans-math-latin-400-normal.woff2");
    const ranges = flatRanges(face?.unicodeRange ?? "");
    for (const char of "aZéΩжتا") expect(flatHolds(ranges, char.codePointAt(0) as number), char).toBe(false);
    for (const char of "‐→∀∂≤𝐀") expect(flatHolds(ranges, char.codePointAt(0) as number), char).toBe(true);
  });

  it("gives Noto Serif true italics and bold, like the text face", () => {
    const variants = new Set(familyFaces("Noto Serif").map((face) => `${face.weight} ${face.style}`));
    expect(variants).toEqual(new Set(["400 normal", "400 italic", "700 normal", "700 italic"]));
  });
});

describe("the faces a text with fallback characters declares", () => {
  const names = (text: string, lang = "en"): string[] => facesFor(text, lang).map((face) => face.fileName);

  it("declares the fallback files its characters are in, in every weight and style the family has, and no others", () => {
    expect(names("Chʽi").filter((name) => !name.startsWith("source-serif-4-"))).toEqual(
      ["400-normal", "400-italic", "700-normal", "700-italic"].map((variant) => `noto-serif-latin-ext-${variant}.woff2`),
    );
    expect(names("H₂O").filter((name) => name.startsWith("noto-serif-"))).toHaveLength(4);
    expect(names("A ‐ B")).toContain("noto-sans-math-latin-400-normal.woff2");
    expect(names("A smile 😀").filter((name) => name.startsWith("noto-emoji-"))).toEqual(["noto-emoji-9-400-normal.woff2", "noto-emoji-9-700-normal.woff2"]);
  });

  it("declares the emoji slices an emoji sequence is shaped in, though its first character comes from another face", () => {
    // 🏳 is text by default (Noto Sans Symbols 2 has it); the flag sequence is in the emoji face.
    const flag = names("🏳\uFE0F\u200D🌈");
    expect(flag).toContain("noto-sans-symbols-2-symbols-400-normal.woff2");
    const emojiSlices = familyFaces("Noto Emoji").filter((face) => flatHolds(flatRanges(face.unicodeRange), 0x1f3f3) && flatHolds(flatRanges(face.unicodeRange), 0x1f308));
    expect(emojiSlices.length).toBeGreaterThan(0);
    for (const face of emojiSlices) expect(flag).toContain(face.fileName);
    // A keycap: the digit alone is the text face's; with the keycap mark, the emoji face's too.
    expect(names("1").some((name) => name.startsWith("noto-emoji-"))).toBe(false);
    expect(names("1\uFE0F\u20E3").some((name) => name.startsWith("noto-emoji-"))).toBe(true);
    // A plain heart stays a text glyph, with no emoji file.
    expect(names("I ❤ NY").some((name) => name.startsWith("noto-emoji-"))).toBe(false);
  });
});

describe("subtractRanges", () => {
  it("cuts ranges around the ones taken away, and sorts them", () => {
    expect(subtractRanges([[10, 20], [0, 5]], [[3, 3], [12, 14], [19, 30]])).toEqual([[0, 2], [4, 5], [10, 11], [15, 18]]);
    expect(subtractRanges([[1, 1]], [[1, 1]])).toEqual([]);
    expect(subtractRanges([[1, 9]], [])).toEqual([[1, 9]]);
  });
});
