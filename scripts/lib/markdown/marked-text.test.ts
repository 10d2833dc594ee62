import { describe, expect, it } from "vitest";
import { languageMarkedHtml } from "./marked-text.ts";

describe("languageMarkedHtml", () => {
  it("escapes the text and marks its foreign runs", () => {
    expect(languageMarkedHtml("Tom & محمد <b>", { lang: "en", scriptLanguages: { Arab: "fa" } })).toBe('Tom &amp; <span lang="fa" dir="rtl">محمد</span> &lt;b&gt;');
    expect(languageMarkedHtml("Αθήνα", { lang: "en", scriptLanguages: {}, xhtml: true })).toBe('<span xml:lang="el" lang="el">Αθήνα</span>');
    expect(languageMarkedHtml("Plain title", { lang: "en", scriptLanguages: {} })).toBe("Plain title");
  });
});
