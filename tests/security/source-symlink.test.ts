/** A folder build never reads a Markdown file that a symbolic link brings in from outside the folder. */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.ts";

const work = mkdtempSync(join(tmpdir(), "source-symlink-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a symlinked source in a folder build", () => {
  it("is refused with its path, and nothing is built from it", async () => {
    const folder = join(work, "articles");
    const outside = join(work, "secret.md");
    writeFileSync(outside, "---\ntitle: Secret\n---\nNot for publication.\n");
    rmSync(folder, { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.mkdir(folder));
    symlinkSync(outside, join(folder, "leak.md"));
    const result = await runCli("build.ts", [folder, "--out", join(work, "dist")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(folder, "leak.md")}: a symbolic link that leads out of the folder being built`);
    expect(existsSync(join(work, "dist", "secret"))).toBe(false);
    expect(existsSync(join(work, "dist", "leak"))).toBe(false);
  }, 60_000);
});
