/**
 * Inputs that are not Markdown files are refused at once, with their path, and never opened:
 * a FIFO (opening it would wait for a writer forever), a device, a socket, a folder named
 * `*.md`. Slugs that cannot name an output folder are refused at parse time. SIGINT and
 * SIGTERM end a build with 130 and 143, its lock and staging folder removed, the published
 * set whole.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPublishedSet, smallArticle, startBuild } from "./fault-helpers.ts";

const work = mkdtempSync(join(tmpdir(), "press-inputs-"));
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function buildOnce(args: string[]) {
  const build = startBuild(args, { PRESS_TRACE: "" });
  const started = performance.now();
  const { code } = await build.ended;
  return { code, stderr: build.stderr().trim(), ms: performance.now() - started };
}

describe("inputs that are not regular Markdown files", () => {
  const cases: Array<[string, (path: string) => void, string]> = [
    ["a FIFO", (path) => execFileSync("mkfifo", [path]), "a FIFO (named pipe)"],
    ["a character device", (path) => symlinkSync("/dev/zero", path), "a character device"],
    ["a folder", (path) => mkdirSync(path), "a folder"],
  ];
  for (const [name, make, kind] of cases) {
    it(`${name} named *.md in the input folder: refused at once with its path`, async () => {
      const folder = join(work, name.replace(/\W+/g, "-"));
      mkdirSync(folder);
      writeFileSync(join(folder, "fine.md"), smallArticle("fine", 1));
      const bad = join(folder, "trap.md");
      make(bad);
      const result = await buildOnce([folder, "--out", join(folder, "dist")]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`${bad}: ${kind} named like a Markdown file, not a regular file; refused without opening it`);
      expect(result.ms).toBeLessThan(15_000);
    }, 90_000);
  }

  it("a socket given by name, and a folder named *.md given by name: refused", async () => {
    const socket = join(work, "socket.md");
    const server = createServer().listen(socket);
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      expect((await buildOnce([socket, "--out", join(work, "dist-socket")])).stderr).toBe(`${socket}: a socket named like a Markdown file, not a regular file; refused without opening it`);
    } finally {
      server.close();
    }
    const folder = join(work, "chapter.md");
    mkdirSync(folder);
    expect((await buildOnce([folder, "--out", join(work, "dist-folder")])).stderr).toBe(`${folder}: a folder named like a Markdown file, not a regular file; refused without opening it`);
  }, 90_000);
});

describe("slugs that cannot name an output folder", () => {
  it("a reserved slug and a slug too long for a file name: refused with the line", async () => {
    const folder = join(work, "slugs");
    mkdirSync(folder);
    const reserved = join(folder, "reserved.md");
    writeFileSync(reserved, "---\ntitle: T\nslug: assets\n---\nText.\n");
    const long = join(folder, "long.md");
    writeFileSync(long, `---\ntitle: T\nslug: ${"a".repeat(260)}\n---\nText.\n`);
    const fromName = join(folder, "assets.md");
    writeFileSync(fromName, "---\ntitle: T\n---\nText.\n");
    const result = await buildOnce([folder, "--out", join(folder, "dist")]);
    expect(result.code).toBe(1);
    const lines = result.stderr.split("\n");
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${escape(reserved)}:\\d+: slug "assets" is reserved for the output folder's own files`)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${escape(long)}:\\d+: slug is 260 characters long; at most 200 fit`)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${escape(fromName)}:1: slug "assets" is reserved`)));
  }, 90_000);
});

describe("SIGINT and SIGTERM", () => {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    it(`${signal} during publishing: exit ${code}, lock and staging removed, the published set whole`, async () => {
      const folder = join(work, signal);
      const out = join(folder, "dist");
      mkdirSync(folder);
      const source = join(folder, "signalled.md");
      writeFileSync(source, smallArticle("signalled", 1));
      expect((await buildOnce([source, "--out", out])).code).toBe(0);
      const before = readPublishedSet(out, "signalled");
      writeFileSync(source, smallArticle("signalled", 2));
      const build = startBuild([source, "--out", out]);
      await build.line(/publish signalled: staged/);
      build.child.kill(signal);
      const ended = await build.ended;
      expect(ended.code).toBe(code);
      expect(build.stderr()).toContain(`build stopped by ${signal}; nothing was left half-published`);
      expect(readdirSync(out).filter((name) => name.startsWith(".staging") || name.startsWith(".build.lock"))).toEqual([]);
      expect(readPublishedSet(out, "signalled")).toEqual(before);
    }, 120_000);
  }
});
