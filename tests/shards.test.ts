/**
 * Many articles: `--shard 1/2` and `--shard 2/2` into one folder publish exactly what one full
 * build publishes (same articles, same bytes), and the catalog lists them all. As on CI
 * (.github/workflows/build.yml, .gitlab-ci.yml): shards built at once by separate processes
 * into separate folders, each carried as a tar archive, unpacked into one folder and the
 * catalog rebuilt with `npm run catalog`, give the same files, byte for byte, as one build
 * (edition.json and verify.json but for the timings they record).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
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

/**
 * Every published file under `root`, by the path a reader uses (through the article links, not
 * the version folders, whose names hash edition.json), a file by its bytes' hash. edition.json
 * and verify.json record how long this build took, which no two builds share: they are
 * compared without their timings.
 */
function treeOf(root: string, folder = root, tree: Record<string, string> = {}): Record<string, string> {
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    const name = relative(root, path);
    if (name === ".versions") continue;
    if (statSync(path).isDirectory()) {
      treeOf(root, path, tree);
      continue;
    }
    const bytes = readFileSync(path);
    tree[name] = entry.endsWith(".json") ? JSON.stringify(withoutTimings(JSON.parse(bytes.toString("utf8")))) : createHash("sha256").update(bytes).digest("hex");
  }
  return tree;
}

function withoutTimings(record: Record<string, unknown>): Record<string, unknown> {
  const { buildMilliseconds: _build, timings: _timings, files, ...rest } = record as { buildMilliseconds?: unknown; timings?: unknown; files?: Record<string, unknown> };
  const otherFiles = files ? Object.fromEntries(Object.entries(files).filter(([file]) => file !== "verify.json")) : undefined;
  return otherFiles ? { ...rest, files: otherFiles } : rest;
}

let fullBuild: Promise<string> | undefined;
/** One build of every article, shared by the comparisons. */
function builtWhole(): Promise<string> {
  fullBuild ??= (async () => {
    const full = join(work, "full");
    const whole = await runCli("build.ts", [source, "--out", full, "--jobs", "1"]);
    expect(whole.code, whole.stderr).toBe(0);
    return full;
  })();
  return fullBuild;
}

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
    expect(await builtWhole()).toBe(full);

    expect(articleFolders(sharded)).toEqual(articleFolders(full));
    expect(articleFolders(full)).toHaveLength(count);
    for (const slug of articleFolders(full)) expect(editionBytes(sharded, slug)).toEqual(editionBytes(full, slug));
    const catalog = readFileSync(join(sharded, "index.html"), "utf8");
    for (const slug of articleFolders(full)) expect(catalog).toContain(`href="${slug}/index.html"`);
  }, 300_000);

  it("shards built at once into separate folders, carried as archives and merged, equal one build byte for byte", async () => {
    const shards = 2;
    const outs = Array.from({ length: shards }, (_, index) => join(work, `shard-${index + 1}`));
    const results = await Promise.all(outs.map((out, index) => runCli("build.ts", [source, "--out", out, "--shard", `${index + 1}/${shards}`, "--jobs", "1"])));
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    // What the CI jobs do: each shard's folder as one archive (symlinks kept), unpacked into one.
    const merged = join(work, "merged");
    mkdirSync(merged);
    for (const out of outs) {
      const archive = `${out}.tar`;
      execFileSync("tar", ["-cf", archive, "-C", out, "."]);
      execFileSync("tar", ["-xf", archive, "-C", merged]);
    }
    // Each shard's catalog lists its own share; the merged folder's is written again.
    const catalog = await runCli("catalog.ts", [merged]);
    expect(catalog.code, catalog.stderr).toBe(0);
    expect(catalog.stdout).toContain(`${count} articles listed`);

    const whole = treeOf(await builtWhole());
    const fromShards = treeOf(merged);
    expect(Object.keys(fromShards).sort()).toEqual(Object.keys(whole).sort());
    expect(fromShards).toEqual(whole);
    expect(Object.keys(whole)).toContain("index.html");
    expect(Object.keys(whole).filter((name) => name.endsWith(".pdf"))).toHaveLength(count);
    expect(Object.keys(whole).filter((name) => name.startsWith("assets/fonts/")).length).toBeGreaterThan(0);
  }, 300_000);

  it("refuses a malformed shard", async () => {
    const result = await runCli("build.ts", [source, "--shard", "3/2"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('--shard needs K/N with 1 <= K <= N, not "3/2"');
  });
});
