/** The cover cache's key: what the cover shows and what draws it, nothing else. */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { coverCacheKey } from "./cover-cache.ts";

const article = (frontMatter: string, body = "Text.[^1]\n\n[^1]: A note.\n") => parseArticle(`---\n${frontMatter}\n---\n\n${body}`, "/tmp/cover-key.md");
const base = 'title: "A title"\nauthors: ["A. Writer"]\ndate: 2024-05-01';

describe("coverCacheKey", () => {
  it("stays the same when only the text changes", () => {
    expect(coverCacheKey(article(base))).toBe(coverCacheKey(article(base, "Other text.[^1]\n\n[^1]: Another note.\n")));
  });

  it("changes with anything on the title page", () => {
    const key = coverCacheKey(article(base));
    expect(coverCacheKey(article(base.replace("A title", "Another title")))).not.toBe(key);
    expect(coverCacheKey(article(base.replace("A. Writer", "B. Writer")))).not.toBe(key);
    expect(coverCacheKey(article(base.replace("2024-05-01", "2024-05-02")))).not.toBe(key);
    expect(coverCacheKey(article(`${base}\nsubtitle: "And more"`))).not.toBe(key);
  });

  it("changes with the Chromium that draws it, and is not given without one", () => {
    const key = coverCacheKey(article(base));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    // Any other executable stands for another Chromium here.
    expect(coverCacheKey(article(base), { CHROMIUM_PATH: process.execPath })).not.toBe(key);
    expect(coverCacheKey(article(base), { CHROMIUM_PATH: "/nonexistent/chromium" })).toBeUndefined();
  });
});
