/**
 * A line of code longer than the measure with no space to break at (a long URL in a shell
 * command), in the text and in a note, built through the CLI. Before code blocks could break
 * anywhere, the print edition ran the line past the edge, lost its end, and the read-back
 * refused the article.
 *
 * An indented code block longer than a page, built beside it: Paged.js broke such a block after
 * a line's indent instead of before it, and the indent left behind took the page's last line of
 * code past the foot, unprinted (the layout check refused the article).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "../helpers/run-cli.ts";
import { stextChars, tool } from "./print-harness.ts";

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

/** Functions of two lines each, the second indented: 120 lines, more than two A5 pages. */
const codeLines = Array.from({ length: 60 }, (_, i) => [`def step_${i}(value):`, `    return value + ${i}`]).flat();
const indentedArticle = ["---", "title: Long indented code", "---", "", "The whole module follows.[^module]", "", "```", ...codeLines, "```", "", "After the module.", "", "[^module]: As it was first written.", ""].join("\n");

/** The same length of code as the article's first block, right under its title. */
const firstBlockArticle = ["# Model", "", "```", ...codeLines, "```", "", "Text after.", ""].join("\n");

const work = mkdtempSync(join(tmpdir(), "press-long-code-"));
const out = join(work, "dist");
let build: CliResult;

beforeAll(async () => {
  mkdirSync(join(work, "src"));
  writeFileSync(join(work, "src", "long-code.md"), article);
  writeFileSync(join(work, "src", "long-indented-code.md"), indentedArticle);
  writeFileSync(join(work, "src", "model.md"), firstBlockArticle);
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

describe("an indented code block longer than a page", () => {
  it("is published, the read-back agreeing", () => {
    expect(build.stdout).toContain("verified long-indented-code:");
  });

  it("prints every line once, in order, over several pages, each with its indent, a page's first line too", () => {
    const chars = stextChars(join(out, "long-indented-code", "long-indented-code.pdf"));
    const lines = new Map<string, typeof chars>();
    for (const char of chars) {
      const key = `${char.page}:${char.y.toFixed(1)}`;
      lines.set(key, [...(lines.get(key) ?? []), char]);
    }
    const printed = [...lines.values()]
      .map((line) => ({ page: line[0]?.page ?? 0, text: line.map((char) => char.c).join("").trim(), x: Math.min(...line.filter((char) => char.c.trim()).map((char) => char.x)) }))
      .filter((line) => /^(def step_|return value)/.test(line.text));
    expect(printed.map((line) => line.text)).toEqual(codeLines.map((line) => line.trim()));
    expect(new Set(printed.map((line) => line.page)).size).toBeGreaterThanOrEqual(2);
    // Left and right pages have their own margins: each page's unindented lines show where its code starts.
    const defX = (page: number): number => Math.min(...printed.filter((line) => line.page === page && line.text.startsWith("def")).map((line) => line.x));
    for (const line of printed) {
      if (line.text.startsWith("def")) expect(line.x, line.text).toBeCloseTo(defX(line.page), 0);
      else expect(line.x - defX(line.page), `${line.text} (page ${line.page})`).toBeGreaterThan(5);
    }
  });
});

describe("a code block longer than a page, first under the title", () => {
  it("is published, starting on the title's page, every line printed once", () => {
    expect(build.stdout).toContain("verified model:");
    const pages = tool("pdftotext", [join(out, "model", "model.pdf"), "-"]).split("\f");
    expect(pages[0]).toContain("def step_0(value):");
    const printed = pages.join("\n").split("\n").filter((line) => /^(def step_|return value)/.test(line.trim()));
    expect(printed.map((line) => line.trim())).toEqual(codeLines.map((line) => line.trim()));
  });
});
