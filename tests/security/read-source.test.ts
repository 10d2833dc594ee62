/** readSourceText reads only regular files, never waits on a FIFO, and keeps to a folder when given one. */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSourceText } from "../../scripts/lib/files/read-source.ts";
import { ContentError } from "../../scripts/lib/errors.ts";

describe("readSourceText", () => {
  const work = mkdtempSync(join(tmpdir(), "press-source-"));
  const content = join(work, "content");
  mkdirSync(content);
  writeFileSync(join(content, "a.md"), "# Title\n\nText.\n");
  writeFileSync(join(work, "outside.md"), "# Outside\n\nSecret.\n");
  symlinkSync(join(work, "outside.md"), join(content, "linked.md"));
  execFileSync("mkfifo", [join(content, "pipe.md")]);
  mkdirSync(join(content, "folder.md"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const failure = async (promise: Promise<unknown>): Promise<string> => {
    const error = await promise.then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  };

  it("reads a regular file", async () => {
    expect(await readSourceText(join(content, "a.md"))).toBe("# Title\n\nText.\n");
    expect(await readSourceText(join(content, "a.md"), { within: content })).toBe("# Title\n\nText.\n");
  });

  it("refuses a FIFO at once instead of waiting for a writer", async () => {
    const started = performance.now();
    expect(await failure(readSourceText(join(content, "pipe.md")))).toBe("cannot read: is a FIFO (named pipe), not a file; refused without reading it");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses a folder", async () => {
    expect(await failure(readSourceText(join(content, "folder.md")))).toBe("cannot read: is a folder, not a file; refused without reading it");
  });

  it("within a folder, refuses a source whose link leads out of it", async () => {
    expect(await failure(readSourceText(join(content, "linked.md"), { within: content }))).toMatch(/^source "linked\.md" resolves outside the folder being built/);
    expect(await failure(readSourceText(join(content, "pipe.md"), { within: content }))).toMatch(/^source "pipe\.md" is a FIFO/);
  });
});
