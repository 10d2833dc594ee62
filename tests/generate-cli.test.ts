/** The generator's command line: it writes what it is asked to, and refuses an option where a path belongs. */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.ts";

describe("npm run generate", () => {
  it("writes a generated book where it is told", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "generate-"));
    const result = await runCli("generate.ts", ["book", "2", "book.md"], {}, cwd);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(cwd, "book.md"), "utf8")).toMatch(/^## Chapter 2:/m);
  });

  it("refuses an option given for the output path, writing no file named after it", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "generate-"));
    const result = await runCli("generate.ts", ["book", "2", "--out", "book.md"], {}, cwd);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^usage: npm run generate -- book <chapters> <out\.md>/m);
    expect(existsSync(join(cwd, "--out"))).toBe(false);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
