import { describe, expect, it } from "vitest";
import { parseArticle } from "./article.ts";

const article = (front: string, body: string) => parseArticle(`---\ntitle: Names\ndate: 2024-01-01\n${front}---\n${body}\n`, "names.md");

describe("an article's language for Arabic script", () => {
  it("is read from the letters of its text when the front matter names none", () => {
    expect(article("", "Karimi (داریوش کریمی) and Mosaddegh (محمد مصدق).").meta.scriptLanguages).toEqual({ Arab: "fa" });
    expect(article("", "The library (مكتبة الإسكندرية).").meta.scriptLanguages).toEqual({});
    expect(article("", "Lahore (لاہور) and the big cities (بڑے شہر).").meta.scriptLanguages).toEqual({ Arab: "ur" });
  });

  it("reads the title block too, and leaves a language the front matter names as it is", () => {
    expect(article("subtitle: From داریوش کریمی\n", "Mosaddegh (محمد مصدق).").meta.scriptLanguages).toEqual({ Arab: "fa" });
    expect(article("scriptLanguages: {Arab: ar}\n", "Karimi (داریوش کریمی).").meta.scriptLanguages).toEqual({ Arab: "ar" });
  });
});
