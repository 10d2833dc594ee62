/**
 * What is in the output folder and was not published by a build of the same source is never
 * replaced or removed: a folder of the user's own files where an article would go, a file
 * there, a link to a folder elsewhere (even one written to look like a version folder's,
 * `.versions/../../elsewhere`), the editions another source published under the same slug in
 * an earlier build, and an index.html that is not a catalog. Each is refused in one line
 * naming the path, exit 1, and what was there is left exactly as it was.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.ts";
import { readPublishedSet, smallArticle } from "./fault-helpers.ts";

const work = mkdtempSync(join(tmpdir(), "press-foreign-output-"));

/** A source of its own folder, named `file`, with this slug and version. */
function source(folder: string, file: string, slug: string, version: number): string {
  mkdirSync(join(work, folder), { recursive: true });
  const path = join(work, folder, file);
  writeFileSync(path, smallArticle(slug, version));
  return path;
}

const build = (input: string, out: string) => runCli("build.ts", [input, "--out", out], { PRESS_CACHE_DIR: join(work, "cache") });
/** The problem lines, without the build's summary. */
const problems = (stderr: string): string[] => stderr.split("\n").filter((line) => line && !line.startsWith("build failed"));

describe("an output slot that is not this source's editions", () => {
  it("a folder of the user's own files: refused, the files kept", async () => {
    const out = join(work, "out-folder");
    mkdirSync(join(out, "kept"), { recursive: true });
    writeFileSync(join(out, "kept", "mine.txt"), "mine");
    const input = source("a", "kept.md", "kept", 1);
    const result = await build(input, out);
    expect(result.code).toBe(1);
    expect(problems(result.stderr)).toEqual([`${input}:3: ${join(out, "kept")} holds files no build published (mine.txt): move them away, or build into another --out`]);
    expect(readFileSync(join(out, "kept", "mine.txt"), "utf8")).toBe("mine");
  });

  it("a file: refused, the file kept", async () => {
    const out = join(work, "out-file");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "kept"), "a file of the user's");
    const result = await build(source("b", "kept.md", "kept", 1), out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(out, "kept")} is a file, not editions a build published`);
    expect(readFileSync(join(out, "kept"), "utf8")).toBe("a file of the user's");
  });

  it("a link that climbs out of the version folders: refused, the folder it reaches kept", async () => {
    const out = join(work, "out-link");
    const victim = join(work, "victim");
    mkdirSync(victim, { recursive: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(victim, "precious.txt"), "precious");
    symlinkSync(".versions/../../victim", join(out, "kept"));
    const result = await build(source("c", "kept.md", "kept", 1), out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(out, "kept")} is a link to .versions/../../victim, which no build made`);
    expect(readFileSync(join(victim, "precious.txt"), "utf8")).toBe("precious");
    expect(readlinkSync(join(out, "kept"))).toBe(".versions/../../victim");
  });

  it("another source's editions under the same slug, from an earlier build: refused naming it, those editions kept", async () => {
    const out = join(work, "out-slug");
    const first = await build(source("d", "original.md", "shared", 1), out);
    expect(first.code, first.stderr).toBe(0);
    const before = readPublishedSet(out, "shared");
    const input = source("e", "newcomer.md", "shared", 2);
    const second = await build(input, out);
    expect(second.code).toBe(1);
    expect(problems(second.stderr)).toEqual([
      `${input}:3: ${join(out, "shared")} holds the editions of original.md, which has the same slug "shared": set a different \`slug:\`, or remove ${join(out, "shared")} to publish this source there`,
    ]);
    expect(readPublishedSet(out, "shared")).toEqual(before);
    // The same source, edited, replaces its own editions as always.
    const again = await build(source("d", "original.md", "shared", 3), out);
    expect(again.code, again.stderr).toBe(0);
    expect(readPublishedSet(out, "shared").sourceHash).not.toBe(before.sourceHash);
  }, 120_000);

  it("an index.html that is not a catalog: left as it is, the build says so", async () => {
    const out = join(work, "out-index");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "index.html"), "<p>The user's own page.</p>\n");
    const result = await build(source("f", "kept.md", "kept", 1), out);
    expect(result.code).toBe(1);
    expect(problems(result.stderr)).toEqual([`${join(out, "index.html")} is not a catalog a build wrote, and is left as it is: move it away, or build into another --out`]);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("<p>The user's own page.</p>\n");
    // The article itself was published: nothing of the user's stood in its place.
    expect(lstatSync(join(out, "kept")).isSymbolicLink()).toBe(true);
    expect(existsSync(join(out, "kept", "kept.pdf"))).toBe(true);
  }, 120_000);
});
