/**
 * Every peer case our parser accepts (see peer-fixtures.test.ts), built for real in one run
 * of the CLI: each must publish its three editions and have them verified, because a case
 * the parser accepts and an edition then gets wrong is the worst outcome for an author.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseArticle } from "../scripts/lib/document/article.ts";
import { articleSource, gfmCases, markdownItCases, pandocCandidates, pandocNotes, type PeerCase } from "./fixtures/peers/peer-cases.ts";
import { runCli, type CliResult } from "./helpers/run-cli.ts";

const accepted = (c: PeerCase): boolean => {
  try {
    parseArticle(articleSource(c), `${c.slug}.md`);
    return true;
  } catch {
    return false;
  }
};

const cases = [...markdownItCases(), ...pandocCandidates().filter((c) => pandocNotes(c).length > 0), ...gfmCases()].filter(accepted);

describe("peer cases built by the CLI", () => {
  const work = mkdtempSync(join(tmpdir(), "press-peers-"));
  const folder = join(work, "articles");
  const out = join(work, "dist");
  let result: CliResult;

  beforeAll(async () => {
    mkdirSync(folder);
    for (const c of cases) writeFileSync(join(folder, `${c.slug}.md`), articleSource(c));
    result = await runCli("build.ts", [folder, "--out", out]);
  }, 300_000);

  it("builds every case without an error", () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
    // Warnings about a case are expected (pandoc's metadata fields, a note never called); errors,
    // and the indented lines detailing them, are not.
    const isError = (line: string): boolean => (line.startsWith(folder) && !line.includes(": warning: ")) || line.startsWith("  ");
    expect(result.stderr.split("\n").filter(isError)).toEqual([]);
    expect(result.code, result.stderr).toBe(0);
  });

  it.each(cases.map((c) => [c.slug, c] as const))("%s: three editions, verified", (slug) => {
    const dir = join(out, slug);
    for (const file of ["index.html", `${slug}.pdf`, `${slug}.epub`, "verify.json"]) expect(existsSync(join(dir, file)), file).toBe(true);
    const verify = JSON.parse(readFileSync(join(dir, "verify.json"), "utf8")) as { passed: boolean; rows: Array<{ note: number; status: string; problems: string[] }> };
    expect(verify.rows.filter((row) => row.status !== "ok")).toEqual([]);
    expect(verify.passed).toBe(true);
  });
});
