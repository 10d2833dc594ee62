import { describe, expect, it } from "vitest";
import { parseArticle } from "./article.ts";
import { languageFromScript } from "./language-from-script.ts";

const at = { file: "a.md", line: 1 };

describe("an article's language from its script, when lang: is not set", () => {
  it("is the script's language where two thirds of the letters or more are in it, with no warning", () => {
    const persian = "این مقاله دربارهٔ تاریخ ایران است و منابع آن در پانوشت‌ها آمده است. See Abrahamian.";
    expect(languageFromScript(persian, "", "en", at)).toEqual({ lang: "fa", diagnostics: [] });
    expect(languageFromScript("An English text throughout.", "", "en", at)).toEqual({ lang: "en", diagnostics: [] });
  });

  it("takes the title's language where the letters are mixed: a Persian article citing English sources", () => {
    const title = "تاریخ ایران";
    const persian = `${title}\nاین مقاله دربارهٔ تاریخ ایران است و منابع آن در پانوشت‌ها آمده است. See Abrahamian, Iran Between Two Revolutions.`;
    expect(languageFromScript(persian, title, "en", at)).toEqual({ lang: "fa", diagnostics: [] });
  });

  it("keeps the default where another script holds only a slim majority, and says how to choose", () => {
    const found = languageFromScript("Persian words\nThe phrase «می‌خواهم بروم» means I want to go. Plain: سازمان مجاهدین خلق ایران", "Persian words", "en", at);
    expect(found.lang).toBe("en");
    expect(found.diagnostics).toHaveLength(1);
    expect(found.diagnostics[0]).toMatchObject({ severity: "warning", code: "language-unclear", location: at });
    expect(found.diagnostics[0]?.message).toMatch(/% of the letters are in the script of Persian: the text is taken to be English \(en\); set `lang: en` or `lang: fa`/);
  });

  it("says nothing of a few words in another script", () => {
    expect(languageFromScript("Mosaddegh (محمد مصدق) was prime minister of Iran from 1951 to 1953.", "", "en", at).diagnostics).toEqual([]);
  });

  it("is what an article without lang: is published in, with the warning at its first line", () => {
    const article = parseArticle("---\ntitle: Persian words\n---\n\nThe phrase «می‌خواهم بروم» means I want to go.[^1] Plain: سازمان مجاهدین خلق ایران.\n\n[^1]: کتاب‌ها را می‌خوانم, and جمهورية مصر العربية.\n", "words.md");
    expect(article.meta.lang).toBe("en");
    expect(article.diagnostics.map((d) => [d.code, d.location?.file, d.location?.line])).toContainEqual(["language-unclear", "words.md", 1]);
  });
});
