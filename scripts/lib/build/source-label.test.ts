import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceLabel } from "./source-label.ts";

const root = "/home/ana/press";

describe("how a published record names its source", () => {
  it("names a source in the project from the project's root", () => {
    expect(sourceLabel(join(root, "content", "essay.md"), [join(root, "content")], root)).toBe("content/essay.md");
  });

  it("names any other from the folder the build was given, or by its file name", () => {
    expect(sourceLabel("/srv/drafts/chapter/one.md", ["/srv/drafts"], root)).toBe("chapter/one.md");
    expect(sourceLabel("/srv/drafts/one.md", ["/srv/drafts/one.md"], root)).toBe("one.md");
  });

  it("names a book outside the project with its folder, whether the folder or its book.yml was given", () => {
    expect(sourceLabel("/srv/books/harbour/book.yml", ["/srv/books/harbour"], root)).toBe("harbour/book.yml");
    expect(sourceLabel("/srv/books/harbour/book.yml", ["/srv/books/harbour/book.yml"], root)).toBe("harbour/book.yml");
    expect(sourceLabel(join(root, "content", "harbour", "book.yml"), [join(root, "content", "harbour")], root)).toBe("content/harbour/book.yml");
  });

  it("never names a path outside the project in full", () => {
    for (const label of [sourceLabel("/srv/books/harbour/book.yml", [], root), sourceLabel("/srv/x/a.md", [], root)]) expect(label.startsWith("/")).toBe(false);
  });
});
