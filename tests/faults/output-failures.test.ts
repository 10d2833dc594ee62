/**
 * The output cannot be written: a full disk (a small tmpfs, mounted for the test), a read-only
 * file system (a read-only bind mount of a published folder), an output path that is a file.
 * Each is one plain line naming the path, exit code 1, and what was published stays whole.
 * Mounting needs root (CI runs as root); without it the two mount cases are skipped, and the
 * mapping of ENOSPC and EROFS to that line is still checked directly.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, statfsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { asOutputError, OutputError } from "../../scripts/lib/build/output-error.ts";
import { readPublishedSet, smallArticle, startBuild } from "./fault-helpers.ts";

const work = mkdtempSync(join(tmpdir(), "press-output-faults-"));
const mounted: string[] = [];

function tryMount(args: string[]): boolean {
  try {
    execFileSync("mount", args, { stdio: "ignore" });
    mounted.push(args.at(-1)!);
    return true;
  } catch {
    return false;
  }
}

const canMount = (() => {
  const probe = join(work, "probe");
  mkdirSync(probe);
  return tryMount(["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]);
})();

afterAll(() => {
  for (const point of mounted.reverse()) execFileSync("umount", ["-l", point], { stdio: "ignore" });
});

/** Builds `slug` version `version` from a source folder of its own into `out`. */
async function build(out: string, slug: string, version: number) {
  mkdirSync(join(work, "src"), { recursive: true });
  const source = join(work, "src", `${slug}.md`);
  writeFileSync(source, smallArticle(slug, version));
  const running = startBuild([source, "--out", out], { PRESS_TRACE: "" });
  const { code } = await running.ended;
  return { code, stderr: running.stderr().trim() };
}

let base: Promise<string> | undefined;
/** An output folder with article "kept" (version 1) published, built once for the tests that need one. */
function published(): Promise<string> {
  base ??= (async () => {
    const out = join(work, "base");
    const first = await build(out, "kept", 1);
    expect(first.code, first.stderr).toBe(0);
    return out;
  })();
  return base;
}

describe("an output that cannot be written", () => {
  it("the file system's refusals become one line naming the path", () => {
    for (const [code, words] of [
      ["ENOSPC", "the disk is full"],
      ["EROFS", "the file system is read-only"],
      ["EACCES", "no permission to write there"],
      ["ENOTDIR", "a file stands where a folder is needed"],
    ] as const) {
      const error = asOutputError(Object.assign(new Error(`${code}: raw`), { code }), "/srv/site/dist");
      expect(error).toBeInstanceOf(OutputError);
      expect((error as OutputError).toLine()).toBe(`/srv/site/dist: cannot write the output: ${words} (${code})`);
    }
  });

  it.skipIf(!canMount)("a full disk: one line, exit 1, the old editions still published", async () => {
    const disk = join(work, "disk");
    mkdirSync(disk);
    // The shared assets (fonts of every script) take about 30 MB.
    expect(tryMount(["-t", "tmpfs", "-o", "size=64m", "tmpfs", disk])).toBe(true);
    const out = join(disk, "dist");
    // The published folder, symlinks and all, as a build left it.
    execFileSync("cp", ["-a", await published(), out]);
    const before = readPublishedSet(out, "kept");
    // Leave about 40 KB: too little for a new PDF and EPUB.
    const free = statfsSync(disk).bavail * statfsSync(disk).bsize;
    writeFileSync(join(disk, "filler"), Buffer.alloc(Math.max(0, free - 40_000)));
    const result = await build(out, "kept", 2);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")).toEqual([`${out}: cannot write the output: the disk is full (ENOSPC)`]);
    expect(readPublishedSet(out, "kept")).toEqual(before);
    expect(readdirSync(out).filter((name) => name.startsWith(".staging") || name === ".build.lock")).toEqual([]);
  }, 120_000);

  it.skipIf(!canMount)("a read-only output: one line, exit 1, nothing changed", async () => {
    const out = await published();
    const before = readPublishedSet(out, "kept");
    const readOnly = join(work, "ro-dist");
    mkdirSync(readOnly);
    expect(tryMount(["--bind", out, readOnly])).toBe(true);
    execFileSync("mount", ["-o", "remount,bind,ro", readOnly]);
    const result = await build(readOnly, "kept", 2);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")).toEqual([`${readOnly}: cannot write the output: the file system is read-only (EROFS)`]);
    expect(readPublishedSet(out, "kept")).toEqual(before);
  }, 120_000);

  it("an output path that is a file: one line, exit 1", async () => {
    const file = join(work, "not-a-folder");
    writeFileSync(file, "x");
    const result = await build(file, "file", 1);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")).toEqual([`${file}: cannot write the output: a file stands where a folder is needed (EEXIST)`]);
    const below = await build(join(file, "dist"), "file", 1);
    expect(below.code).toBe(1);
    expect(below.stderr.split("\n")).toEqual([`${join(file, "dist")}: cannot write the output: a file stands where a folder is needed (ENOTDIR)`]);
  }, 120_000);
});
