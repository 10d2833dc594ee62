import { describe, expect, it } from "vitest";
import { hyphenatorFor, patternNameFor, softHyphen } from "./hyphenation.ts";
import { markdownEngine } from "../../engine/markdown-engine.ts";

const shown = (text: string): string => text.replaceAll(softHyphen, "·");

describe("hyphenatorFor", () => {
  it("inserts soft hyphens in long English words and leaves the letters unchanged", () => {
    const hyphenate = hyphenatorFor("en");
    expect(hyphenate).toBeDefined();
    const out = hyphenate?.("the representative organization") ?? "";
    expect(out).toContain(softHyphen);
    expect(out.replaceAll(softHyphen, "")).toBe("the representative organization");
    // Short words are never broken.
    expect(out.startsWith("the ")).toBe(true);
  });

  it("breaks a long German word by its patterns, and a run of letters no language has every 20 letters", () => {
    const hyphenate = hyphenatorFor("de");
    expect(hyphenate?.("Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz")).toContain(softHyphen);
    const run = "abcdefghij".repeat(5000);
    const broken = hyphenate?.(`a ${run} b`) ?? "";
    expect(broken.replaceAll(softHyphen, "")).toBe(`a ${run} b`);
    expect(broken.split(softHyphen).slice(1, -1).every((part) => part.length === 20)).toBe(true);
  });

  it("puts no soft hyphen in a script whose lines break without one, in its own language or another's, however long the run", () => {
    const thai = "การพิมพ์ภาษาไทยในระยะแรกใช้ตัวพิมพ์ที่หล่อในสิงคโปร์และต่อมาจึงหล่อขึ้นในกรุงเทพ".repeat(3);
    const chinese = "中文的句子在行中任何两个字之间都可以断开而不加连字符".repeat(5);
    const japanese = "ひらがなとカタカナと漢字の文は字と字の間で行を分ける".repeat(5);
    for (const [lang, text] of [["th", thai], ["en", thai], ["en", chinese], ["ja", japanese], ["en", japanese]] as const) {
      expect(hyphenatorFor(lang)?.(text) ?? text, `${lang}: ${text.slice(0, 8)}`).toBe(text);
    }
  });

  it("breaks only a word too long for a narrow column in a table cell, one of nine letters or fewer never", () => {
    const hyphenate = hyphenatorFor("en");
    expect(shown(hyphenate?.("convoy minutes", { tableCell: false }) ?? "")).toBe("con·voy min·utes");
    expect(shown(hyphenate?.("convoy minutes", { tableCell: true }) ?? "")).toBe("convoy minutes");
    expect(hyphenate?.("representatives", { tableCell: true })).toContain(softHyphen);
  });

  it("is told by the renderer which text is a table cell's", () => {
    const env = { transformText: hyphenatorFor("en") };
    const html = markdownEngine.render("The convoy sailed.\n\n| Conditions |\n| --- |\n| war, convoy |\n", env);
    expect(shown(html)).toContain("The con·voy sailed.");
    expect(shown(html)).toContain("<td>war, convoy</td>");
    expect(shown(html)).toContain("<th>Con·di·tions</th>");
  });

  it("keeps at least three letters on each side of a break", () => {
    const out = hyphenatorFor("en")?.("international responsibilities") ?? "";
    for (const word of out.split(" ")) {
      const parts = word.split(softHyphen);
      expect(parts.length).toBeGreaterThan(1);
      expect(parts[0]?.length).toBeGreaterThanOrEqual(3);
      expect(parts[parts.length - 1]?.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("uses the patterns of the article's language", () => {
    expect(patternNameFor("en")).toBe("en-us");
    expect(patternNameFor("en-GB")).toBe("en-gb");
    expect(patternNameFor("de-AT")).toBe("de-1996");
    expect(patternNameFor("pt-BR")).toBe("pt");
    const german = hyphenatorFor("de")?.("Donaudampfschifffahrtsgesellschaft") ?? "";
    expect(german.split(softHyphen).length).toBeGreaterThan(3);
  });

  it("returns nothing for languages without patterns, so their text is left alone", () => {
    expect(hyphenatorFor("fa")).toBeUndefined();
    expect(hyphenatorFor("ar")).toBeUndefined();
    expect(hyphenatorFor("zz")).toBeUndefined();
  });

  it("never touches entities, URLs, e-mail addresses, domains or acronyms", () => {
    const hyphenate = hyphenatorFor("en");
    const input = "AT&amp;T &quot;international&quot; https://example.com/representative www.organization.org someone@organization.org example.com UNESCO";
    const out = hyphenate?.(input) ?? "";
    expect(out).toContain("&amp;T");
    expect(out).toContain("&quot;");
    expect(shown(out)).toContain("https://example.com/representative");
    expect(shown(out)).toContain("www.organization.org");
    expect(shown(out)).toContain("someone@organization.org");
    expect(shown(out)).toContain(" UNESCO");
    // The quoted word between entities is still hyphenated.
    expect(shown(out)).toMatch(/&quot;in·ter·na·tional&quot;|&quot;inter·na·tional&quot;|&quot;in·ter·na·tion·al&quot;/);
  });
});

