import { describe, expect, it } from "vitest";
import { markdownEngine } from "../engine/markdown-engine.ts";
import { webNoteRendererFor } from "../editions/web/web-notes.ts";
import { emphasisMarkedHtml, headingEmphasis, readEmphasis } from "./title-emphasis.ts";

const context = { lang: "en", scriptLanguages: { Arab: "fa" } };
const html = (written: string): string => {
  const { plain, spans } = readEmphasis(written);
  return emphasisMarkedHtml(plain, spans, context);
};

describe("readEmphasis", () => {
  it("reads a title's italics, bold and code, its words plain", () => {
    expect(readEmphasis("Reading *Ulysses* Today")).toEqual({ plain: "Reading Ulysses Today", spans: [{ text: "Reading ", marks: [] }, { text: "Ulysses", marks: ["em"] }, { text: " Today", marks: [] }] });
    expect(readEmphasis("A **_both_** `x*y`").plain).toBe("A both x*y");
    expect(readEmphasis("A **_both_** `x*y`").spans?.map((span) => span.marks)).toEqual([[], ["strong", "em"], [], ["code"]]);
  });

  it("leaves a title without emphasis as written, and reads an escaped star as a star", () => {
    for (const title of ["5 * 3 = 15", "snake_case_name", "Plain title", "A * B * C"]) expect(readEmphasis(title)).toEqual({ plain: title });
    expect(readEmphasis("Escaped \\*star\\*")).toEqual({ plain: "Escaped *star*" });
  });
});

describe("emphasisMarkedHtml", () => {
  it("sets each run in its marks, escaped, with a foreign-script word marked with its language", () => {
    expect(html("The *Shāhnāma* & *شاهنامه*")).toBe('The <em>Shāhnāma</em> &amp; <em><span lang="fa" dir="rtl">شاهنامه</span></em>');
    expect(html("**_Both_** <b>")).toBe("<strong><em>Both</em></strong> &lt;b&gt;");
  });

  it("is the plain title's language-marked HTML when nothing is emphasised", () => {
    expect(html("Tom & Jerry")).toBe("Tom &amp; Jerry");
  });
});

describe("headingEmphasis", () => {
  const childrenOf = (heading: string) => markdownEngine.parse(heading, { noteRenderer: webNoteRendererFor("en") }).find((token) => token.type === "inline")?.children ?? [];

  it("reads a heading's italics from its parsed words, its ends trimmed", () => {
    expect(headingEmphasis(childrenOf("## The *Lloyd's List* and `code` \n"))).toEqual([
      { text: "The ", marks: [] },
      { text: "Lloyd’s List", marks: ["em"] },
      { text: " and ", marks: [] },
      { text: "code", marks: ["code"] },
    ]);
  });

  it("is undefined for a heading without emphasis", () => {
    expect(headingEmphasis(childrenOf("## Plain words\n"))).toBeUndefined();
  });
});
