import { describe, expect, it } from "vitest";
import { arabicRunLanguage, arabicScriptLanguage, withArabicScriptLanguage } from "./arabic-script-language.ts";

describe("arabicScriptLanguage", () => {
  it("tells nothing from letters every alphabet of the script writes", () => {
    expect(arabicScriptLanguage(["محمد", "بغداد", "Plain English."])).toBeUndefined();
  });

  it("reads Persian from the letters Arabic lacks, and Arabic from its own", () => {
    expect(arabicScriptLanguage(["داریوش کریمی", "پژوهش"])).toBe("fa");
    expect(arabicScriptLanguage(["مكتبة الإسكندرية"])).toBe("ar");
  });

  it("keeps Persian beside an Arabic title, and beside the Arabic yehs of an Arabic keyboard", () => {
    expect(arabicScriptLanguage(["کتابخانه ملی", "داریوش کریمی", "مكتبة الإسكندرية"])).toBe("fa");
    expect(arabicScriptLanguage(["پيروزي"])).toBe("fa");
  });

  it("tells Urdu, Pashto and Sorani Kurdish by the letters of their own", () => {
    expect(arabicScriptLanguage(["پاکستان کے بڑے شہر"])).toBe("ur");
    expect(arabicScriptLanguage(["پښتو ژبه"])).toBe("ps");
    expect(arabicScriptLanguage(["کوردستان و هەولێر"])).toBe("ckb");
  });
});

describe("arabicRunLanguage", () => {
  it("gives a run without telling letters the article's language", () => {
    expect(arabicRunLanguage("محمد مصدق", "fa")).toBe("fa");
    expect(arabicRunLanguage("محمد مصدق", "ar")).toBe("ar");
  });

  it("gives a run the language that writes its letters when the article's does not", () => {
    expect(arabicRunLanguage("مكتبة الإسكندرية", "fa")).toBe("ar");
    expect(arabicRunLanguage("کتابخانه ملی", "ar")).toBe("fa");
    expect(arabicRunLanguage("بڑے", "fa")).toBe("ur");
  });

  it("keeps a Persian run typed with Arabic's yeh and kaf Persian, but not one with the teh marbuta", () => {
    expect(arabicRunLanguage("علي كريمي", "fa")).toBe("fa");
    expect(arabicRunLanguage("علي كريمي", "ar")).toBe("ar");
    expect(arabicRunLanguage("جامعة طهران", "fa")).toBe("ar");
  });

  it("keeps a language the table does not know, as the author gave it", () => {
    expect(arabicRunLanguage("سنڌي", "sd")).toBe("sd");
  });
});

describe("withArabicScriptLanguage", () => {
  it("fills in Arabic script's language from the text, unless the front matter names one", () => {
    expect(withArabicScriptLanguage({}, ["The name داریوش کریمی."])).toEqual({ Arab: "fa" });
    expect(withArabicScriptLanguage({ Grek: "grc" }, ["مكتبة"])).toEqual({ Grek: "grc" });
    expect(withArabicScriptLanguage({ Arab: "ar" }, ["داریوش کریمی"])).toEqual({ Arab: "ar" });
  });
});
