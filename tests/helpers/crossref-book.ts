/**
 * The cross-reference fixture (tests/fixtures/crossrefs/: sections, two figures, a table
 * longer than an A5 page, references in the text and in notes, `toc: true`) built once per
 * test file by the real build command, and read back with the tools a reader would use.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, type CliResult } from "./run-cli.ts";

export const crossrefFixture = join(import.meta.dirname, "..", "fixtures", "crossrefs", "article.md");

export interface BuiltCrossrefBook {
  result: CliResult;
  /** The build's output folder, removed by the test when done. */
  out: string;
  /** The published folder, dist/<slug>. */
  dir: string;
  pdf: string;
  epub: string;
  web: string;
}

export async function buildCrossrefBook(prefix: string): Promise<BuiltCrossrefBook> {
  const out = mkdtempSync(join(tmpdir(), prefix));
  const result = await runCli("build.ts", [crossrefFixture, "--out", out, "--epubcheck"], { PRESS_CACHE_DIR: join(out, ".cache") });
  const dir = join(out, "article");
  return { result, out, dir, pdf: join(dir, "article.pdf"), epub: join(dir, "article.epub"), web: join(dir, "index.html") };
}

/** pdftotext's reading of each page, page 1 first. */
export function pdfPageTexts(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
  const pages: string[] = [];
  for (let page = 1; page <= count; page++) pages.push(execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" }));
  return pages;
}

export function readText(file: string): string {
  return readFileSync(file, "utf8");
}
