import { describe, expect, it } from "vitest";
import { languageOfScript } from "./pdf-element-langs.ts";

describe("languageOfScript", () => {
  it("tells Persian from Arabic by the letters only Persian uses", () => {
    expect(languageOfScript("کتابخانه ملی")).toBe("fa");
    expect(languageOfScript("داریوش کریمی")).toBe("fa");
    expect(languageOfScript("مكتبة الإسكندرية")).toBe("ar");
    expect(languageOfScript("بغداد، 1989")).toBe("ar");
  });

  it("takes the article's language for a script, as the web page and the EPUB mark their runs", () => {
    // A name with no telling letter in an article of Persian names is Persian; an Arabic title stays Arabic.
    expect(languageOfScript("بغداد", { Arab: "fa" })).toBe("fa");
    expect(languageOfScript("مكتبة الإسكندرية", { Arab: "fa" })).toBe("ar");
    expect(languageOfScript("δῆμος", { Grek: "grc" })).toBe("grc");
    expect(languageOfScript("漢字", { Hani: "zh-Hant" })).toBe("zh-Hant");
  });

  it("names Hebrew, Greek, Korean, Japanese and Chinese, and nothing for Latin, Cyrillic or mixed text", () => {
    expect(languageOfScript("שלום")).toBe("he");
    expect(languageOfScript("Ἐν ἀρχῇ")).toBe("el");
    expect(languageOfScript("한국어 文字")).toBe("ko");
    expect(languageOfScript("ひらがな漢字")).toBe("ja");
    expect(languageOfScript("漢字")).toBe("zh");
    expect(languageOfScript("Tehran")).toBeUndefined();
    expect(languageOfScript("Москва")).toBeUndefined();
    expect(languageOfScript("Tehran, تهران")).toBeUndefined();
    expect(languageOfScript("12, 13")).toBeUndefined();
  });
});
