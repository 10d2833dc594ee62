/**
 * Golden test of the sample's web edition. The page Eleventy renders is compared with
 * tests/golden/mko-fears-us-withdrawal.web.html; refresh it on purpose with UPDATE_GOLDEN=1.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticle } from "../scripts/lib/document/article.ts";
import { webView } from "../scripts/lib/editions/web/web-edition.ts";
import { renderPages } from "../scripts/lib/editions/web/eleventy-pages.ts";
import { contentDir } from "../scripts/lib/project-paths.ts";
import { seedNotes } from "./helpers/seed-notes.ts";

const goldenFile = join(import.meta.dirname, "golden", "mko-fears-us-withdrawal.web.html");

describe("web edition of the sample", async () => {
  const article = await loadArticle(join(contentDir, "mko-fears-us-withdrawal.md"));
  const pages = await renderPages([webView(article)]);
  const html = pages.get("mko-fears-us-withdrawal/index.html") ?? "";

  it("matches the golden page", () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(goldenFile, html);
    expect(existsSync(goldenFile), "golden file missing: run with UPDATE_GOLDEN=1").toBe(true);
    expect(html).toBe(readFileSync(goldenFile, "utf8"));
  });

  it("shows 11 notes numbered 1 to 11 with the seed's exact texts, each linked both ways", () => {
    const seed = seedNotes();
    expect(seed.size).toBe(11);
    const notes = [...html.matchAll(/<li id="fn-(\d+)" class="note"><p><span class="note-number">(\d+)\.<\/span> (.*?) <a href="#fnref-(\d+)"/g)];
    expect(notes.map((m) => Number(m[1]))).toEqual([...seed.keys()]);
    for (const match of notes) {
      expect(match[2]).toBe(match[1]);
      expect(match[4]).toBe(match[1]);
      expect(match[3]).toBe(seed.get(Number(match[1])));
    }
    const calls = [...html.matchAll(/<a href="#fn-(\d+)" id="fnref-(\d+)" role="doc-noteref"[^>]*>(\d+)<\/a>/g)];
    expect(calls.map((m) => Number(m[3]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const call of calls) expect(new Set([call[1], call[2], call[3]]).size).toBe(1);
  });

  it("is an accessible page: language, landmarks, endnotes role, download links", () => {
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<main id="main">');
    expect(html).toContain('role="doc-endnotes"');
    expect(html).toContain('href="mko-fears-us-withdrawal.pdf"');
    expect(html).toContain('href="mko-fears-us-withdrawal.epub"');
    expect(html).not.toMatch(/https?:\/\/(?!press)/);
  });
});
