import { describe, expect, it } from "vitest";
import { changeCase } from "./csl-processor.ts";

describe("changeCase", () => {
  const words = "İstanbul IRIS idle Ίσως ΆΡΗΣ ﬀ Straße i̇";
  it("maps case as the locale does, for languages with their own rules and for the rest", () => {
    for (const locale of ["en-US", "en", "de", "nl", "tr", "tr-TR", "tur", "az", "lt", "el", "ell"]) {
      expect(changeCase(words, locale, "lower"), locale).toBe(words.toLocaleLowerCase(locale));
      expect(changeCase(words, locale, "upper"), locale).toBe(words.toLocaleUpperCase(locale));
    }
  });
  it("keeps Turkish and Greek rules (a dotless ı, no accents in capitals)", () => {
    expect(changeCase("IRIS", "tr", "lower")).toBe("ırıs");
    expect(changeCase("Ίσως", "el", "upper")).toBe("ΙΣΩΣ");
  });
  it("maps plainly without a locale or with a tag that is none", () => {
    expect(changeCase(words, undefined, "lower")).toBe(words.toLowerCase());
    expect(changeCase(words, "not a tag!", "upper")).toBe(words.toUpperCase());
  });
});
