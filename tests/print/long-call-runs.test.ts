/**
 * A run of calls wider than a line (the sources of a generated report, thirty calls in a row,
 * each note an address), built through the CLI. Kept whole on the line of the word before it,
 * such a run ran past the page's edge, its notes were left in the running text, and the
 * read-back found none of its calls, set smaller than the text on a line they outnumbered.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callsKeptWithText } from "../../scripts/lib/markdown/call-runs.ts";
import { runCli, type CliResult } from "../helpers/run-cli.ts";
import { tool } from "./print-harness.ts";

const count = 30;
const sentence = "A paragraph of text that ends with a long run of calls. ";
const article = [
  "---",
  "title: Sources in a row",
  "---",
  "",
  `${sentence.repeat(3).trim()}${Array.from({ length: count }, (_, i) => `[^${i + 1}]`).join("")}`,
  "",
  sentence.repeat(3).trim(),
  "",
  ...Array.from({ length: count }, (_, i) => `[^${i + 1}]: https://example.org/sources/${i + 1}/of/the/report`),
  "",
].join("\n");

const work = mkdtempSync(join(tmpdir(), "press-call-runs-"));
const out = join(work, "dist");
let build: CliResult;

beforeAll(async () => {
  mkdirSync(join(work, "src"));
  writeFileSync(join(work, "src", "sources-in-a-row.md"), article);
  build = await runCli("build.ts", [join(work, "src"), "--out", out]);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a run of thirty calls", () => {
  it("is published, the read-back agreeing", () => {
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
    expect(build.stdout).toContain(`verified sources-in-a-row: ${count} notes, ${count} calls`);
  });

  it(`keeps its first ${callsKeptWithText} calls on the line of the word before them, and wraps after a later one`, () => {
    const lines = tool("pdftotext", ["-layout", join(out, "sources-in-a-row", "sources-in-a-row.pdf"), "-"]).split("\n");
    const opening = lines.find((line) => /calls\.\s*1,2,3,/.test(line));
    expect(opening, "the run's first calls after the word").toBeDefined();
    const continued = lines.filter((line) => /^\s*\d+(,\s*\d+)+\s*$/.test(line));
    expect(continued.length).toBeGreaterThan(0);
    for (const line of continued) expect(Number(/\d+/.exec(line)?.[0])).toBeGreaterThan(callsKeptWithText);
    const calls = lines.filter((line) => line === opening || continued.includes(line)).flatMap((line) => (line.replace(/^.*calls\./, "").match(/\d+/g) ?? []).map(Number));
    expect(calls).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });
});
