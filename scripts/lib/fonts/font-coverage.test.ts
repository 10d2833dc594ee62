import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { characterProblem, describeCharacter, fontCoverageDiagnostics, uncoveredCharacters } from "./font-coverage.ts";

function problems(source: string): string[] {
  const article = parseArticle(source, "a.md");
  return fontCoverageDiagnostics(source, article).map((d) => `${d.location?.file}:${d.location?.line}: ${d.message}`);
}

describe("fontCoverageDiagnostics", () => {
  it("passes Latin, Greek, Cyrillic, Arabic and CJK text, with spaces, joiners and marks that print nothing", () => {
    const source = [
      "---",
      "title: Κείμενο, текст, متن, 中文",
      "author: 김철수",
      "---",
      "",
      "“Quoted” — text… with a soft\u00ADhyphen, a zero\u200Bwidth space, کتاب\u200Cها and 日本語のテキスト。[^n]",
      "",
      "[^n]: 이것은 한국어 주석입니다. 這是繁體中文。",
      "",
    ].join("\n");
    expect(problems(source)).toEqual([]);
  });

  it("names every character no face covers on each line, with its line", () => {
    const source = ["---", "title: Test", "---", "", "Cherokee Ꭰ and Ꭱ.", "", "Fine ⚽.", "", "Unassigned \u0378, and ⁂.[^n]", "", "[^n]: A note with 㪷 and 𦮼.", ""].join("\n");
    expect(problems(source)).toEqual([
      "a.md:5: no font covers U+13A0 (Ꭰ), U+13A1 (Ꭱ)",
      "a.md:9: no font covers U+0378 (unassigned)",
      "a.md:11: no font covers U+3AB7 (㪷), U+26BBC (𦮼)",
    ]);
  });

  it("decodes entities and reads the printed front matter fields, on their lines", () => {
    const source = ["---", "title: Fine", 'subtitle: "Escaped \\U00026BBC"', "author: [Ann, Bob Ꭰ]", "keywords: [not printed ⅔]", "---", "", "An entity &#x3AB7; here.", ""].join("\n");
    expect(problems(source)).toEqual([
      "a.md:3: no font covers U+26BBC (𦮼)",
      "a.md:4: no font covers U+13A0 (Ꭰ)",
      "a.md:8: no font covers U+3AB7 (㪷)",
    ]);
  });
});

describe("decomposed text", () => {
  it("is read composed: a letter and its accent apart, and Hangul as jamo, print from the faces' own letters", () => {
    const decomposed = ["---", "title: Hu\u031Bo\u031Bng", "---", "", "Hu\u031Bo\u031Bng, И\u0306ошкар-Ола, \u1112\u1161\u11AB\u1100\u116E\u11A8.", ""].join("\n");
    expect(decomposed).not.toBe(decomposed.normalize("NFC"));
    expect(problems(decomposed)).toEqual([]);
    expect(parseArticle(decomposed, "a.md").meta.title).toBe("Hương");
  });
});

describe("characters past U+FFFF", () => {
  it("publish when a face has them, as any other character: the PDF read-back reads full code points", () => {
    const source = ["---", "title: Test", "---", "", "A ball ⚽ and a star ⭐.", "", "A smile 😀 too.", "", "And 𝐀, and 𦮼.", ""].join("\n");
    expect(problems(source)).toEqual(["a.md:9: no font covers U+26BBC (𦮼)"]);
    expect(characterProblem(0x1f600, "en")).toBeUndefined();
    expect(characterProblem(0x1d400, "en")).toBeUndefined();
    expect(characterProblem(0x26bbc, "zh-TW")).toBe("no font covers U+26BBC (𦮼)");
  });
});

describe("uncoveredCharacters", () => {
  it("depends on the language only for which face is asked", () => {
    expect(uncoveredCharacters("中文 日本語 한국어", "en")).toEqual([]);
    expect(uncoveredCharacters("中文 日本語 한국어", "ja")).toEqual([]);
    expect(uncoveredCharacters("a\u{3AB7}b\u{3AB7}", "en")).toEqual([0x3ab7]);
    expect(uncoveredCharacters("a\u{3AB7}b\u{3AB7}", "zh-TW")).toEqual([0x3ab7]);
  });
});

describe("describeCharacter", () => {
  it("shows the character, or what it is when it shows nothing by itself", () => {
    expect(describeCharacter(0x1f600)).toBe("U+1F600 (😀)");
    expect(describeCharacter(0x378)).toBe("U+0378 (unassigned)");
    expect(describeCharacter(0xe000)).toBe("U+E000 (private use)");
    expect(describeCharacter(0x301)).toBe("U+0301 (\u25CC\u0301)");
  });
});
