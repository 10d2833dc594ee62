import { describe, expect, it } from "vitest";
import { familySheetName, familySheets, fontSheetsFor, sharedFontCss } from "./web-font-sheets.ts";

describe("the web edition's font sheets", () => {
  it("declare the text and Arabic faces in web.css, and each fallback and CJK family in a sheet of its own", () => {
    const shared = sharedFontCss();
    expect(shared).toContain('url("fonts/source-serif-4-latin-400-normal.woff2")');
    expect(shared).toContain('font-family: "Vazirmatn"');
    expect(shared).not.toContain("noto-serif-");
    const sheets = familySheets();
    expect(sheets.map((sheet) => sheet.fileName)).toEqual([
      "noto-serif.css",
      "noto-sans-math.css",
      "noto-sans-symbols.css",
      "noto-sans-symbols-2.css",
      "dejavu-serif.css",
      "noto-serif-hebrew.css",
      "noto-serif-devanagari.css",
      "noto-serif-thai.css",
      "noto-serif-armenian.css",
      "noto-serif-georgian.css",
      "noto-serif-bengali.css",
      "noto-serif-tamil.css",
      "noto-serif-telugu.css",
      "noto-serif-gujarati.css",
      "noto-sans-gurmukhi.css",
      "noto-sans-kannada.css",
      "noto-serif-malayalam.css",
      "noto-sans-oriya.css",
      "noto-serif-sinhala.css",
      "noto-serif-tibetan.css",
      "noto-serif-khmer.css",
      "noto-serif-lao.css",
      "noto-serif-myanmar.css",
      "noto-sans-ethiopic.css",
      "noto-sans-syriac.css",
      "noto-sans-thaana.css",
      "noto-serif-sc.css",
      "noto-serif-jp.css",
      "noto-serif-kr.css",
      "noto-serif-tc.css",
      "noto-emoji.css",
      "noto-serif-kr-hangul.css",
      "noto-serif-jp-kana.css",
    ]);
    const hangul = sheets.find((sheet) => sheet.fileName === familySheetName("Noto Serif KR Hangul"))?.css ?? "";
    expect(hangul).toMatch(/font-family: "Noto Serif KR Hangul";[^}]*src: url\("\.\/noto-serif-kr-\d+-400-normal\.woff2"\)/);
  });

  it("are linked by the pages whose text reaches them, and only those", () => {
    expect(fontSheetsFor("<p>Plain “English” — Αθήνα, تهران</p>", "en")).toEqual([]);
    expect(fontSheetsFor("<p>中文 한국어 ひらがな</p>", "en")).toEqual(["noto-serif-sc.css", "noto-serif-kr-hangul.css", "noto-serif-jp-kana.css"]);
    expect(fontSheetsFor("<p>日本語のテキスト</p>", "ja")).toEqual(["noto-serif-jp.css"]);
    expect(fontSheetsFor("<p>שלום, हिन्दी, ภาษาไทย</p>", "en")).toEqual(["noto-serif-hebrew.css", "noto-serif-devanagari.css", "noto-serif-thai.css"]);
    expect(fontSheetsFor("<p>Wade–Giles Chʽi, H₂O, ὺ, A ‐ B → C, 😀</p>", "en")).toEqual(["noto-serif.css", "noto-sans-math.css", "noto-emoji.css"]);
  });
});
