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

  it("leaves the marks and isolates right-to-left text uses, and a left-to-right override", () => {
    expect(lines("An isolate \u2067שלום\u2069, a mark \u200F, an embedding \u202Bשלום\u202C, \u202Dabc\u202C.\n")).toEqual([]);
  });
});
