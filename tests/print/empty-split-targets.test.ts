/**
 * A captioned table that starts a few lines above the foot of a page, too close for its caption,
 * header row and first rows: Paged.js cut it before anything of it fitted, and left an empty
 * copy of the table, which kept its id, at the foot of that page. The cross-reference's link
 * and its "on page N" then named the page before the table, and the read-back refused the
 * article. Built through the real CLI, the table a little lower from one article to the next
 * down to the page's foot; every article must be published, each "on page N" naming the page
 * that shows the table's caption.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "../helpers/run-cli.ts";
import { pageTexts } from "./print-harness.ts";

const work = mkdtempSync(join(tmpdir(), "press-split-targets-"));
const out = join(work, "dist");
const linesBefore = [20, 21, 22, 23, 24, 25];
let build: CliResult;

function tableArticle(lines: number): string {
  const entries = Array.from({ length: lines }, (_, index) => `Entry ${index + 1}.`).join("\n\n");
  const rows = Array.from({ length: 12 }, (_, index) => `| LC${String(index + 1).padStart(2, "0")} | dead + wind | ${1000 + index * 37} | ${100 + index * 11} | ${20 + index} |`).join("\n");
  return [
    "---\ntitle: Load cases\ndate: 2024-01-01\npageSize: A5\n---",
    "The runs are in @tbl:runs.",
    entries,
    `| Case | Description | Max. moment (kNm) | Max. shear (kN) | Deflection (mm) |\n|---|---|---|---|---|\n${rows}\n\n: Damper tuning runs {#tbl:runs}`,
    "After the table.",
  ].join("\n\n") + "\n";
}

beforeAll(async () => {
  mkdirSync(join(work, "src"));
  for (const lines of linesBefore) writeFileSync(join(work, "src", `table-after-${lines}.md`), tableArticle(lines));
  build = await runCli("build.ts", [join(work, "src"), "--out", out]);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a table cut by Paged.js before any of it fitted on the page", () => {
  it("is published from every position, the read-back passing", () => {
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
  });

  it("is named by its cross-reference on the page that shows its caption", () => {
    const named = linesBefore.map((lines) => {
      const pages = pageTexts(join(out, `table-after-${lines}`, `table-after-${lines}.pdf`));
      const page = Number(/table 1 on page (\d+)/.exec(pages.join("\n").replace(/\s+/g, " "))?.[1]);
      return { lines, page, showsCaption: (pages[page - 1] ?? "").includes("Table 1. Damper tuning runs") };
    });
    expect(named.filter((each) => !each.showsCaption)).toEqual([]);
    // The table starts on the second page in some of the articles: the case this test is for.
    expect(named.some((each) => each.page === 2)).toBe(true);
  });
});
