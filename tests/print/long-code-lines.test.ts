/**
 * A line of code longer than the measure with no space to break at (a long URL in a shell
 * command), in the text and in a note, built through the CLI. Before code blocks could break
 * anywhere, the print edition ran the line past the edge, lost its end, and the read-back
 * refused the article.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "../helpers/run-cli.ts";
import { stextChars } from "./print-harness.ts";

const command = "curl -sSL https://example.org/an/extremely/long/path/that/does/not/break/anywhere/at/all/because/it/is/code --output result.json";
const article = [
  "---",
  "title: Long code lines",
  "---",
  "",
  "Fetch the data with this command, then read it.[^fetch]",
  "",
  "```",
  command,
  "```",
  "",
  "A paragraph after the code, long enough to run the full width of the text block and so show where its right edge is.",
  "",
  "[^fetch]: The same command, in a note:",
  "",
  "    ```",
  `    ${command}`,
  "    ```",
  "",
].join("\n");

const work = mkdtempSync(join(tmpdir(), "press-long-code-"));
const out = join(work, "dist");
let build: CliResult;

beforeAll(async () => {
  mkdirSync(join(work, "src"));
  writeFileSync(join(work, "src", "long-code.md"), article);
  build = await runCli("build.ts", [join(work, "src"), "--out", out]);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a line of code longer than the measure", () => {
  it("is published, the read-back agreeing", () => {
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
    expect(build.stdout).toContain("verified long-code:");
  });

  it("is printed whole, twice (text and note), inside the text block", () => {
    const chars = stextChars(join(out, "long-code", "long-code.pdf")).filter((char) => char.c.trim() !== "");
    const text = chars.map((char) => char.c).join("");
    const whole = command.replace(/\s+/g, "");
    expect(text.split(whole)).toHaveLength(3);
    const edge = Math.max(...chars.filter((char) => char.size > 9).map((char) => char.x));
    expect(Math.max(...chars.map((char) => char.x))).toBeLessThanOrEqual(edge + 1);
  });
});
