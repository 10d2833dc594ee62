/**
 * The sample, the mixed-script article and a Persian article, built once per test file through the CLI into a
 * temporary folder: the editions the accessibility tests look at are the published ones.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../scripts/lib/project-paths.ts";
import { runCli, type CliResult } from "../helpers/run-cli.ts";

export const sampleSlug = "mko-fears-us-withdrawal";
export const mixedSlug = "mixed-scripts";
export const mixedSource = join(projectRoot, "tests", "fixtures", "a11y", "mixed-scripts.md");
/** A right-to-left article: Persian, with English names and titles. */
export const persianSlug = "persian-article";
export const persianSource = join(projectRoot, "tests", "fixtures", "a11y", "persian-article.md");

export interface BuiltArticles {
  out: string;
  result: CliResult;
  epub: (slug: string) => string;
}

export async function buildArticles(): Promise<BuiltArticles> {
  const work = mkdtempSync(join(tmpdir(), "press-a11y-"));
  const folder = join(work, "articles");
  mkdirSync(folder);
  copyFileSync(join(projectRoot, "content", `${sampleSlug}.md`), join(folder, `${sampleSlug}.md`));
  copyFileSync(mixedSource, join(folder, `${mixedSlug}.md`));
  copyFileSync(persianSource, join(folder, `${persianSlug}.md`));
  const out = join(work, "out");
  const result = await runCli("build.ts", [folder, "--out", out], { PRESS_CACHE_DIR: join(work, "cache") });
  return { out, result, epub: (slug) => join(out, slug, `${slug}.epub`) };
}
