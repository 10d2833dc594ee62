/** An article whose image file is replaced is rebuilt, though its Markdown did not change. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.ts";

const work = mkdtempSync(join(tmpdir(), "image-rebuild-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("rebuilding when an image changes", () => {
  it("calls the article up to date until its image's bytes change", async () => {
    const folder = join(work, "article");
    mkdirSync(folder);
    copyFileSync(join(import.meta.dirname, "fixtures", "images", "figures", "bar.png"), join(folder, "figure.png"));
    writeFileSync(join(folder, "pictured.md"), "---\ntitle: Pictured\n---\nA figure.[^1]\n\n![A figure](figure.png)\n\n[^1]: A note.\n");
    const out = join(work, "dist");
    expect((await runCli("build.ts", [folder, "--out", out])).code).toBe(0);
    expect((await runCli("build.ts", [folder, "--out", out])).stdout).toContain("1 up to date");

    const other = new PNG({ width: 4, height: 4 });
    other.data.fill(200);
    writeFileSync(join(folder, "figure.png"), PNG.sync.write(other));
    const rebuilt = await runCli("build.ts", [folder, "--out", out]);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).not.toContain("up to date");
    const page = readFileSync(join(out, "pictured", "index.html"), "utf8");
    expect(page).toMatch(/images\/[0-9a-f]{16}\.png/);
  }, 120_000);
});
