/**
 * readContainedFile: every input file of an article is read only if, with every symbolic link
 * resolved, it is a regular file inside the article's folder with no second name (hard link).
 */
import { execFileSync } from "node:child_process";
import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isInside, readContainedFile, resolveContained } from "../../scripts/lib/files/contained-path.ts";

const options = { what: "image" };

describe("readContainedFile", () => {
  const work = mkdtempSync(join(tmpdir(), "press-contained-"));
  const article = join(work, "article");
  const outside = join(work, "outside");
  let server: Server | undefined;

  beforeAll(async () => {
    mkdirSync(join(article, "figures", "deep"), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(article, "a.png"), "inside");
    writeFileSync(join(article, "figures", "deep", "b.png"), "deeper");
    writeFileSync(join(outside, "secret.png"), "SECRET");
    symlinkSync("/etc/passwd", join(article, "leak.png"));
    symlinkSync(join(outside, "secret.png"), join(article, "secret.png"));
    symlinkSync("../outside/secret.png", join(article, "relative-leak.png"));
    symlinkSync(outside, join(article, "linked-folder"));
    symlinkSync("a.png", join(article, "alias.png"));
    symlinkSync("figures/deep", join(article, "shortcut"));
    symlinkSync(join(work, "nowhere.png"), join(article, "dangling.png"));
    symlinkSync("loop-b.png", join(article, "loop-a.png"));
    symlinkSync("loop-a.png", join(article, "loop-b.png"));
    mkdirSync(join(article, "folder.png"));
    execFileSync("mkfifo", [join(article, "pipe.png")]);
    writeFileSync(join(outside, "hard.png"), "HARD");
    linkSync(join(outside, "hard.png"), join(article, "hard.png"));
    symlinkSync(article, join(work, "article-link"));
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(join(article, "socket.png"), resolve));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    rmSync(work, { recursive: true, force: true });
  });

  it("reads a file inside the folder, at any depth, through links that stay inside", () => {
    for (const [name, text] of [["a.png", "inside"], ["figures/deep/b.png", "deeper"], ["alias.png", "inside"], ["shortcut/b.png", "deeper"]] as const) {
      const read = readContainedFile(article, name, options);
      expect(read.ok, name).toBe(true);
      if (read.ok) expect(read.bytes.toString()).toBe(text);
    }
  });

  it("accepts an article folder that is itself reached through a link", () => {
    const read = readContainedFile(join(work, "article-link"), "a.png", options);
    expect(read.ok && read.realPath).toBe(join(article, "a.png"));
  });

  it("refuses a symlink to /etc/passwd: it resolves outside the article's folder", () => {
    const read = readContainedFile(article, "leak.png", options);
    expect(read).toMatchObject({ ok: false, reason: "resolves-outside" });
    expect(!read.ok && read.message).toMatch(/^image "leak\.png" resolves outside the article's folder/);
  });

  it("refuses links to files outside, absolute or relative", () => {
    expect(readContainedFile(article, "secret.png", options)).toMatchObject({ ok: false, reason: "resolves-outside" });
    expect(readContainedFile(article, "relative-leak.png", options)).toMatchObject({ ok: false, reason: "resolves-outside" });
  });

  it("refuses a file reached through a symlinked folder that leads outside", () => {
    const read = readContainedFile(article, "linked-folder/secret.png", { what: "image", name: "linked-folder/secret.png" });
    expect(read).toMatchObject({ ok: false, reason: "resolves-outside" });
    expect(!read.ok && read.message).toMatch(/^image "linked-folder\/secret\.png" resolves outside the article's folder/);
  });

  it("refuses paths that climb out or are absolute before looking at anything", () => {
    expect(readContainedFile(article, "../outside/secret.png", options)).toMatchObject({ ok: false, reason: "outside" });
    expect(readContainedFile(article, "figures/../../outside/secret.png", options)).toMatchObject({ ok: false, reason: "outside" });
    expect(readContainedFile(article, join(outside, "secret.png"), options)).toMatchObject({ ok: false, reason: "absolute" });
    expect(readContainedFile(article, ".", options)).toMatchObject({ ok: false, reason: "not-a-file" });
  });

  it("refuses a FIFO at once, without opening it (opening would wait for a writer)", () => {
    const started = performance.now();
    const read = readContainedFile(article, "pipe.png", options);
    expect(read).toMatchObject({ ok: false, reason: "not-a-file" });
    expect(!read.ok && read.message).toBe('image "pipe.png" is a FIFO (named pipe), not a file; refused without opening it');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses folders and sockets given as files", () => {
    expect(readContainedFile(article, "folder.png", options)).toMatchObject({ ok: false, reason: "not-a-file", message: 'image "folder.png" is a folder, not a file; refused without opening it' });
    expect(readContainedFile(article, "socket.png", options)).toMatchObject({ ok: false, reason: "not-a-file", message: 'image "socket.png" is a socket, not a file; refused without opening it' });
  });

  it("refuses a device reached through a link (outside) and the device as such", () => {
    const dev = mkdtempSync(join(tmpdir(), "press-contained-dev-"));
    try {
      symlinkSync("/dev/zero", join(dev, "zero.png"));
      expect(readContainedFile(dev, "zero.png", options)).toMatchObject({ ok: false, reason: "resolves-outside" });
      // /dev itself as the article's folder: the file is inside, and still refused as a device.
      expect(resolveContained("/dev", "zero", options)).toMatchObject({ ok: false, reason: "not-a-file", message: 'image "zero" is a character device, not a file; refused without opening it' });
    } finally {
      rmSync(dev, { recursive: true, force: true });
    }
  });

  it("refuses a hard-linked file: no path tells whether its other name is outside", () => {
    const read = readContainedFile(article, "hard.png", options);
    expect(read).toMatchObject({ ok: false, reason: "hard-linked" });
    expect(!read.ok && read.message).toMatch(/^image "hard\.png" has 2 hard links/);
  });

  it("says a missing file or a dangling link does not exist, and names a loop of links", () => {
    expect(readContainedFile(article, "none.png", options)).toMatchObject({ ok: false, reason: "missing" });
    expect(readContainedFile(article, "dangling.png", options)).toMatchObject({ ok: false, reason: "missing" });
    expect(readContainedFile(article, "loop-a.png", options)).toMatchObject({ ok: false, reason: "resolves-outside", message: 'image "loop-a.png" is a loop of symbolic links' });
  });

  it("refuses files larger than the limit", () => {
    expect(readContainedFile(article, "a.png", { what: "image", maxBytes: 3 })).toMatchObject({ ok: false, reason: "too-large" });
  });
});

describe("isInside", () => {
  it("is true strictly below the folder, never for the folder itself, a sibling with the same prefix or a parent", () => {
    expect(isInside("/a/b", "/a/b/c")).toBe(true);
    expect(isInside("/a/b", "/a/b/c/d")).toBe(true);
    expect(isInside("/a/b", "/a/b/..c")).toBe(true);
    expect(isInside("/a/b", "/a/b")).toBe(false);
    expect(isInside("/a/b", "/a/bc")).toBe(false);
    expect(isInside("/a/b", "/a")).toBe(false);
    expect(isInside("/a/b", "/etc/passwd")).toBe(false);
  });
});
