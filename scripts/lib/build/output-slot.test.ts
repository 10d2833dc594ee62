import { describe, expect, it } from "vitest";
import { isVersionLink, sameSource } from "./output-slot.ts";

describe("isVersionLink", () => {
  it("takes one version folder's name under .versions", () => {
    expect(isVersionLink(".versions/essay-0123456789abcdef")).toBe(true);
  });

  it("refuses a path that climbs out, a nested path, and links elsewhere", () => {
    for (const target of [".versions/../../victim", ".versions/..", ".versions/.", ".versions/a/../../x", ".versions/a/b", "../victim", "/abs/victim", "versions/a", ".versionsX/a", ".versions/a\\..\\b"]) {
      expect(isVersionLink(target), target).toBe(false);
    }
  });
});

describe("sameSource", () => {
  it("matches the same label, and a label outside the project by its file name or book folder", () => {
    expect(sameSource("content/essay.md", "content/essay.md")).toBe(true);
    expect(sameSource("essay.md", "drafts/essay.md")).toBe(true);
    expect(sameSource("harbour/book.yml", "books/harbour/book.yml")).toBe(true);
  });

  it("tells different sources apart, and two books by their folders", () => {
    expect(sameSource("original.md", "newcomer.md")).toBe(false);
    expect(sameSource("harbour/book.yml", "river/book.yml")).toBe(false);
  });
});
