/**
 * This repository as an Eleventy site: Eleventy's own command, run in the project on plain Node,
 * finds the configuration (eleventy.config.js hands it eleventy.config.ts), reads content/ and
 * nothing else (no README or test fixture becomes a page), and publishes the sample article's
 * web page with its PDF and EPUB beside it, read back by the plugin: the same bytes as
 * `npm run build` publishes for the same article, which is why that command may stay the
 * faster path to dist/.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { contentDir, projectRoot } from "../scripts/lib/project-paths.ts";
import { runCli, runNode } from "./helpers/run-cli.ts";
import { differingFiles } from "./helpers/differing-files.ts";

const slug = "mko-fears-us-withdrawal";

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

describe("npx @11ty/eleventy in this repository", () => {
  const out = join(mkdtempSync(join(tmpdir(), "press-site-")), "_site");
  let result: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    result = await runNode([join(projectRoot, "node_modules", "@11ty", "eleventy", "cmd.cjs"), `--output=${out}`], { NODE_OPTIONS: "" });
  }, 240_000);

  it("builds content/ with the plugin: the article's page, PDF and EPUB, proved alike", () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`[footnote-press] verified ${slug}: 11 notes, 11 calls identical in the web edition, PDF and EPUB`);
    for (const file of ["index.html", `${slug}.pdf`, `${slug}.epub`]) expect(existsSync(join(out, slug, file)), file).toBe(true);
    const html = readFileSync(join(out, slug, "index.html"), "utf8");
    expect(html).toContain('<sup class="note-call">');
    expect(html).not.toContain("[^");
  });

  it("publishes the same bytes as npm run build for the same article: web page, PDF and EPUB", async () => {
    const dist = join(out, "..", "dist");
    const build = await runCli("build.ts", [join(contentDir, `${slug}.md`), "--out", dist]);
    expect(build.code, build.stderr).toBe(0);
    // Every file that differs is named (Eleventy's first): the page differs whenever an edition does, as it shows their sizes.
    expect(differingFiles(join(out, slug), join(dist, slug), ["index.html", `${slug}.pdf`, `${slug}.epub`])).toEqual([]);
    // The download sizes the page shows were filled in by the plugin, as the build fills them.
    expect(readFileSync(join(out, slug, "index.html"), "utf8")).toMatch(/Print edition \(PDF\)<\/a> <span class="size">\(\d+ KB\)<\/span>/);
  }, 180_000);

  it("makes pages of content/ only: no README, test fixture or layout is published", () => {
    const pages = filesUnder(out).filter((file) => file.endsWith(".html"));
    expect(pages).toEqual([`${slug}/index.html`]);
  });
});
