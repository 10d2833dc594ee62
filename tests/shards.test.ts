/**
 * Many articles: `--shard 1/2` and `--shard 2/2` into one folder publish exactly what one full
 * build publishes (same articles, same bytes), and the catalog lists them all.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { shareOf } from "../scripts/lib/build/run-build.ts";
import { generateArticle } from "../scripts/lib/generate/sample-corpus.ts";
import { runCli } from "./helpers/run-cli.ts";

const work = mkdtempSync(join(tmpdir(), "press-shards-"));
const source = join(work, "articles");
const count = 5;

const articleFolders = (out: string): string[] => readdirSync(out).filter((name) => name.startsWith("article-")).sort();
const editionBytes = (out: string, slug: string): string[] =>
  ["index.html", `${slug}.pdf`, `${slug}.epub`].map((file) => readFileSync(join(out, slug, file)).toString("base64"));

describe("sharded builds", () => {
  beforeAll(() => {
    mkdirSync(source, { recursive: true });
    for (let i = 1; i <= count; i++) writeFileSync(join(source, `article-${String(i).padStart(4, "0")}.md`), generateArticle(i));
  });

  it("splits sources round-robin, the same way every time, covering each exactly once", () => {
    const sources = ["a", "b", "c", "d", "e"];
    const one = shareOf(sources, { index: 1, count: 2 });
    const two = shareOf(sources, { index: 2, count: 2 });
    expect(one).toEqual(["a", "c", "e"]);
    expect(two).toEqual(["b", "d"]);
    expect(shareOf(sources, { index: 3, count: 3 })).toEqual(["c"]);
  });

  it("two shards into one folder equal one full build", async () => {
    const sharded = join(work, "sharded");
    const full = join(work, "full");
    const first = await runCli("build.ts", [source, "--out", sharded, "--shard", "1/2", "--jobs", "2"]);
    expect(first.code, first.stderr).toBe(0);
    expect(articleFolders(sharded)).toHaveLength(3);
    const second = await runCli("build.ts", [source, "--out", sharded, "--shard", "2/2", "--jobs", "2"]);
    expect(second.code, second.stderr).toBe(0);
    const whole = await runCli("build.ts", [source, "--out", full, "--jobs", "1"]);
    expect(whole.code, whole.stderr).toBe(0);

    expect(articleFolders(sharded)).toEqual(articleFolders(full));
    expect(articleFolders(full)).toHaveLength(count);
    for (const slug of articleFolders(full)) expect(editionBytes(sharded, slug)).toEqual(editionBytes(full, slug));
    const catalog = readFileSync(join(sharded, "index.html"), "utf8");
    for (const slug of articleFolders(full)) expect(catalog).toContain(`href="${slug}/index.html"`);
  }, 300_000);

  it("refuses a malformed shard", async () => {
    const result = await runCli("build.ts", [source, "--shard", "3/2"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('--shard needs K/N with 1 <= K <= N, not "3/2"');
  });
});
