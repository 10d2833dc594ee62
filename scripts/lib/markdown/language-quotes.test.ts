import { describe, expect, it } from "vitest";
import { markdownEngine, type RenderEnv } from "../engine/markdown-engine.ts";
import { quotationMarks, typographicQuotes } from "./language-quotes.ts";

function render(markdown: string, lang: string): string {
  const env: RenderEnv = { sourcePath: "article.md", lineOffset: 0, languages: { document: lang, scripts: {} } };
  return markdownEngine.render(markdown, env as unknown as Record<string, unknown>).trim();
}

describe("quotation marks in the document's language", () => {
  it("sets each language's marks, quotes within quotes too, and the apostrophe as ’", () => {
    expect(render(`Er sagte "das ist 'gut'" und geht's.`, "de")).toBe("<p>Er sagte „das ist ‚gut‘“ und geht’s.</p>");
    expect(render(`Il dit "l'État".`, "fr")).toBe("<p>Il dit «\u202Fl’État\u202F».</p>");
    expect(render(`Он сказал "да".`, "ru")).toBe("<p>Он сказал «да».</p>");
    expect(render(`Είπε "ναι, 'ίσως'".`, "el")).toBe("<p>Είπε «ναι, “ίσως”».</p>");
    expect(render(`Azt mondta: "igen, 'talán'".`, "hu")).toBe("<p>Azt mondta: „igen, »talán«”.</p>");
    expect(render(`A spus "da".`, "ro")).toBe("<p>A spus „da”.</p>");
    expect(render(`She said "it's 'fine'".`, "en")).toBe("<p>She said “it’s ‘fine’”.</p>");
  });

  it("takes a regional tag's language, tells Traditional Chinese from Simplified, and keeps English marks for the rest", () => {
    expect(quotationMarks("de-CH")?.[0]).toBe("„");
    expect(quotationMarks("zh-Hant")?.[0]).toBe("「");
    expect(quotationMarks("zh-TW")?.[0]).toBe("「");
    expect(quotationMarks("zh")).toBeUndefined();
    expect(render(`Hoy "bien".`, "ar")).toMatch(/“bien(?:<\/span>)?”/);
  });

  it("lets no article keep another's marks", () => {
    render(`"Zitat"`, "de");
    expect(render(`"quote"`, "en")).toBe("<p>“quote”</p>");
    expect(markdownEngine.render(`"page"`).trim()).toBe("<p>“page”</p>");
  });

  it("makes a quote left unpaired at a word's start an apostrophe: ’Tis, the ’70s, ’em; and both around rock ’n’ roll's n", () => {
    expect(render(`'Tis the season; rock 'n' roll; the '70s; tell 'em (and '99).`, "en")).toBe("<p>’Tis the season; rock ’n’ roll; the ’70s; tell ’em (and ’99).</p>");
    expect(render("Code `'x` stays.", "en")).toBe("<p>Code <code>'x</code> stays.</p>");
    // A quoted letter elsewhere is still a quotation.
    expect(render(`The letter 'n' is quoted; 'n'-grams too; Rock 'N' Roll; fish 'n' chips.`, "en")).toBe("<p>The letter ‘n’ is quoted; ‘n’-grams too; Rock ’N’ Roll; fish ’n’ chips.</p>");
  });

  it("sets the marks of a line of plain text, front matter's, changing nothing else in it", () => {
    expect(typographicQuotes(`Notes toward a reading of "The Moose"`, "en")).toBe("Notes toward a reading of “The Moose”");
    expect(typographicQuotes(`L'État et "la loi", *pas* [un lien](x) \\* &amp;`, "fr")).toBe("L’État et «\u202Fla loi\u202F», *pas* [un lien](x) \\* &amp;");
    expect(typographicQuotes("No quotes: a <b> & c", "en")).toBe("No quotes: a <b> & c");
  });
});

describe("quotes beside Chinese, Japanese and Korean text", () => {
  it("are paired where a letter follows the closing quote with no space", () => {
    expect(render(`그는 "좋다"고 말했다. 정부는 '지방시대'를 선언했다.`, "ko")).toBe("<p>그는 “좋다”고 말했다. 정부는 ‘지방시대’를 선언했다.</p>");
    expect(render(`彼は"はい"と言った。`, "ja")).toBe("<p>彼は「はい」と言った。</p>");
    expect(render(`記者說："我們會努力。"記者隨後離開。`, "zh-HK")).toBe("<p>記者說：「我們會努力。」記者隨後離開。</p>");
    expect(render(`他说"好"然后走了。`, "zh")).toBe("<p>他说“好”然后走了。</p>");
  });

  it("leave English apostrophes and quotes as they were", () => {
    expect(render(`Kim's "안녕" isn't 'hello'.`, "en")).toBe(`<p>Kim’s “<span lang="ko">안녕</span>” isn’t ‘hello’.</p>`);
  });
});
