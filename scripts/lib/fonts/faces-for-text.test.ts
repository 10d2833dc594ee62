import { describe, expect, it } from "vitest";
import { codePointsOf, facesFor, parseUnicodeRange } from "./faces-for-text.ts";
import { fontFaces } from "./font-faces.ts";

const names = (text: string): string[] => facesFor(text).map((face) => face.fileName);

describe("parseUnicodeRange", () => {
  it("reads single points, spans and wildcards", () => {
    expect(parseUnicodeRange("U+0000-00FF, U+0131,U+4??")).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });

  it("refuses what is not a range", () => {
    expect(() => parseUnicodeRange("U+00ZZ")).toThrow(/unicode-range/);
  });

  it("reads every range the font packages declare", () => {
    for (const face of fontFaces()) expect(parseUnicodeRange(face.unicodeRange).length, face.fileName).toBeGreaterThan(0);
  });
});

describe("facesFor", () => {
  it("gives a Latin text the four Latin faces only", () => {
    expect(names("Plain English, “quoted” — and 12 notes.").sort()).toEqual(
      ["400-italic", "400-normal", "700-italic", "700-normal"].map((variant) => `source-serif-4-latin-${variant}.woff2`),
    );
  });

  it("adds a script's faces when one of its letters appears, and only then", () => {
    expect(names("Москва").every((name) => name.includes("-cyrillic-"))).toBe(true);
    expect(names("Москва")).toHaveLength(4);
    expect(names("Athens, Αθήνα").some((name) => name.includes("-greek-"))).toBe(true);
    expect(names("Athens").some((name) => name.includes("-greek-"))).toBe(false);
    expect(names("Tehran, تهران").filter((name) => name.startsWith("noto-naskh-arabic"))).toHaveLength(2);
    expect(names("Hà Nội").some((name) => name.includes("-vietnamese-"))).toBe(true);
  });

  it("keeps every face that holds a character, as the browser would choose among them", () => {
    // U+2010 (hyphen) is in both the Latin and the Arabic faces' ranges.
    expect(names("\u2010").some((name) => name.startsWith("noto-naskh-arabic"))).toBe(true);
    expect(names("\u2010").some((name) => name.includes("-latin-"))).toBe(true);
  });

  it("gives nothing for an empty text and keeps the declared order", () => {
    expect(facesFor("")).toEqual([]);
    const all = fontFaces();
    const some = facesFor("Αθήνα Москва بغداد");
    expect(some.map((face) => all.indexOf(face))).toEqual([...some.map((face) => all.indexOf(face))].sort((a, b) => a - b));
  });
});

describe("codePointsOf", () => {
  it("counts a character outside the Basic Multilingual Plane once", () => {
    expect([...codePointsOf("a𝔸a")]).toEqual([0x61, 0x1d538]);
  });
});
