import { describe, expect, it } from "vitest";
import { ContentError } from "../errors.ts";
import { refuseHiddenCharacters } from "./hidden-characters.ts";

function lines(text: string): string[] {
  try {
    refuseHiddenCharacters(text, "a.md");
  } catch (error) {
    return error instanceof ContentError ? error.toLine().split("\n") : [String(error)];
  }
  return [];
}

describe("refuseHiddenCharacters", () => {
  it("names each override and null character by line and column, counting characters, not code units", () => {
    expect(lines("---\ntitle: T\n---\n\n𝔸 bidi \u202EZQ\u202C here.\nA null\u0000.\n")).toEqual([
      "a.md:5: column 8 holds U+202E RIGHT-TO-LEFT OVERRIDE, which prints the letters after it in reverse order; remove it (a right-to-left script takes its direction from its letters)",
      "a.md:6: column 7 holds U+0000, a null character, which no edition can print; remove it",
    ]);
  });

  it("refuses the characters written as numeric references, which Markdown turns into them, but not in code", () => {
    expect(lines("Before &#x202E; after, &#8238;, &#0; and &#x20;.\n")).toEqual([
      "a.md:1: column 8 holds &#x202E;, the reference to U+202E RIGHT-TO-LEFT OVERRIDE, which prints the letters after it in reverse order; remove it (a right-to-left script takes its direction from its letters)",
      "a.md:1: column 24 holds &#8238;, the reference to U+202E RIGHT-TO-LEFT OVERRIDE, which prints the letters after it in reverse order; remove it (a right-to-left script takes its direction from its letters)",
      "a.md:1: column 33 holds &#0;, the reference to U+0000, a null character, which no edition can print; remove it",
    ]);
    expect(lines("The attack writes `&#x202E;` in a span,\n\n```html\n<p>&#x202E;</p>\n```\n")).toEqual([]);
  });

  it("leaves the marks and isolates right-to-left text uses, and a left-to-right override", () => {
    expect(lines("An isolate \u2067שלום\u2069, a mark \u200F, an embedding \u202Bשלום\u202C, \u202Dabc\u202C.\n")).toEqual([]);
  });
});
