/**
 * The renderer fails safely, and builds do not trample each other: a per-article timeout
 * names the article while the others still publish; a second build into a folder being
 * written is refused; a Markdown file of several megabytes parses within memory and time.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../scripts/lib/document/article.ts";
import { generateBook } from "../scripts/lib/generate/sample-corpus.ts";
import { lockOutput } from "../scripts/lib/build/output-lock.ts";
import { runCli } from "./helpers/run-cli.ts";

describe("renderer failures", () => {
  it("a layout that takes too long fails that article by name; the others are built", async () => {
    const work = mkdtempSync(join(tmpdir(), "press-timeout-"));
    const folder = join(work, "articles");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "big.md"), generateBook(240));
    writeFileSync(join(folder, "small.md"), "---\ntitle: Small\n---\nShort.[^1]\n\n[^1]: A note.\n");
    // 240 chapters (about 620 pages) take well over 5 s to lay out, twice; the small article takes a fraction of that, even on a busy machine.
    const result = await runCli("build.ts", [folder, "--out", join(work, "dist"), "--timeout", "5", "--jobs", "1"]);
    expect(result.code).toBe(1);
    // How far it came, its pace, and (once past the first pages) what the whole would need; always the option to raise.
    const line = /big\.md: print edition: Paged\.js did not finish laying out "A generated book of 240 chapters" within 5 s: (\d+) pages laid out in 5 s \(\d\.\d\d s a page\)(, about \d+% of the text; at that pace the layout needs about \d+ s for some [\d,]+ pages)?; raise the limit with --timeout (\d+) or more\n/.exec(result.stderr);
    expect(line, result.stderr).not.toBeNull();
    expect(Number(line![1])).toBeGreaterThan(0);
    expect(Number(line![3])).toBeGreaterThanOrEqual(70);
    // Past 25 of some 620 pages (4% of the text) the estimate of the whole is given.
    if (Number(line![1]) >= 25) expect(line![2]).toBeDefined();
    expect(result.stderr).toMatch(/big\.md: warning: .*within 5 s.*; trying once more/);
    expect(result.stderr).toMatch(/build failed: 1 of 2 articles built/);
    expect(readdirSync(join(work, "dist", "small"))).toContain("small.pdf");
    // Nothing of the long book is published, not even a folder.
    expect(readdirSync(join(work, "dist"))).not.toContain("book-240");
  }, 180_000);
});

describe("concurrent builds", () => {
  it("refuses a second build into a folder another build holds", async () => {
    const out = mkdtempSync(join(tmpdir(), "press-lock-"));
    const lock = await lockOutput(out);
    try {
      const result = await runCli("build.ts", [join(import.meta.dirname, "fixtures", "notes", "inline.md"), "--out", out]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toBe(`${out}: another build (process ${process.pid}) is writing here; wait for it to finish`);
    } finally {
      await lock.release();
    }
  }, 60_000);

  it("takes over a lock left by a build that died", async () => {
    const out = mkdtempSync(join(tmpdir(), "press-stale-lock-"));
    writeFileSync(join(out, ".build.lock"), "999999999");
    const lock = await lockOutput(out);
    await lock.release();
    expect(readdirSync(out)).not.toContain(".build.lock");
  });
});

describe("a Markdown file of several megabytes", () => {
  it("parses with every note numbered, within memory and a few seconds", () => {
    const source = generateBook(600);
    expect(source.length).toBeGreaterThan(2_500_000);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const article = parseArticle(source, "huge.md");
    expect(article.notes.notes).toHaveLength(600 * 11);
    expect(article.notes.notes.at(-1)?.number).toBe(6600);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(1024 * 1024 * 1024);
  }, 60_000);
});
