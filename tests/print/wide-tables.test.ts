/**
 * A table too wide for the page with its words whole (nine columns: a region, six years of
 * figures, a change, a source), as statistical annexes have them, built through the CLI on A4
 * and on A5. Before print-runtime.js gave such a table fixed columns, its last columns ran past
 * the edge and the print edition refused to publish. Now every cell is printed inside the text
 * block; on A4 the figures stay whole and the words break, on A5 (narrower still) both may.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "../helpers/run-cli.ts";
import { pageTexts, stextChars } from "./print-harness.ts";

const years = ["2019", "2020", "2021", "2022", "2023", "2024"];
const figures = (base: number): string[] => years.map((_, index) => (base + index * 111_111).toLocaleString("en-US"));
const rows = [
  ["Northern municipalities", ...figures(1_234_567), "+44.9%", "Statistical Office annual tables"],
  ["Southern municipalities", ...figures(2_234_567), "+24.9%", "Statistical Office annual tables"],
];

function article(pageSize: string): string {
  const line = (cells: string[]): string => `| ${cells.join(" | ")} |`;
  return [
    "---",
    `title: Municipal finance, ${pageSize}`,
    `pageSize: ${pageSize}`,
    "---",
    "",
    "The annex table follows.[^annex]",
    "",
    line(["Region", ...years, "Change", "Source"]),
    line(Array.from({ length: 9 }, () => "---")),
    ...rows.map(line),
    "",
    "A paragraph after the table, set full out to the margin so that the text block's right edge is known.",
    "",
    "[^annex]: The figures are the office's, unrounded.",
    "",
  ].join("\n");
}

const work = mkdtempSync(join(tmpdir(), "press-wide-tables-"));
const out = join(work, "dist");
const sizes = ["A4", "A5"];
const slug = (size: string): string => `wide-${size.toLowerCase()}`;
let build: CliResult;

beforeAll(async () => {
  mkdirSync(join(work, "src"));
  for (const size of sizes) writeFileSync(join(work, "src", `${slug(size)}.md`), article(size));
  build = await runCli("build.ts", [join(work, "src"), "--out", out]);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const pdf = (size: string): string => join(out, slug(size), `${slug(size)}.pdf`);

describe("a table too wide for the page", () => {
  it("is published on A4 and on A5, the read-back agreeing", () => {
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
    for (const size of sizes) expect(build.stdout).toContain(`verified ${slug(size)}:`);
  });

  it.each(sizes)("prints every cell inside the text block on %s", (size) => {
    const chars = stextChars(pdf(size)).filter((char) => char.page === 1 && char.c.trim() !== "");
    const text = chars.map((char) => char.c).join("");
    // The paragraph after the table, justified, reaches the right edge of the text block.
    const edge = Math.max(...chars.filter((char) => char.size > 9.5).map((char) => char.x));
    expect(Math.max(...chars.map((char) => char.x))).toBeLessThanOrEqual(edge + 1);
    // Every letter and figure of every cell is there, in order, whatever the lines it took.
    // (Hyphens from line breaks in a word taken out.)
    const unbroken = text.replace(/-/g, "");
    for (const cell of ["Region", "Change", "Source", "Northern", "Southern", "municipalities", "Statistical", "tables", "+24.9%", ...rows.flat().slice(1, 7)]) {
      expect(unbroken, cell).toContain(cell);
    }
  });

  it("keeps each figure whole on A4, where the columns of words can give up the room", () => {
    const page = (pageTexts(pdf("A4"))[0] ?? "").replace(/\s+/g, " ");
    for (const figure of rows.flat().filter((cell) => /^[\d,+.%]+$/.test(cell))) expect(page, figure).toContain(figure);
  });
});
