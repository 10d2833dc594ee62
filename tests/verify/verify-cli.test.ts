/** `npm run verify -- <dir>/<slug>`: finding the source, output, verify.json and exit codes. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { loadArticle } from "../../scripts/lib/document/article.ts";
import { projectRoot } from "../../scripts/lib/project-paths.ts";
import type { VerifyReport } from "../../scripts/lib/verify/verify-report.ts";
import { main } from "../../scripts/verify.ts";
import { makeFixtureEpub } from "./helpers/fixture-epub.ts";
import { printFixturePdf } from "./helpers/fixture-pdf.ts";
import { renderWebPages } from "./helpers/fixture-web.ts";

const source = join(import.meta.dirname, "..", "fixtures", "verify", "mixed-notes.md");
let outDir: string;
let goodDir: string;
let brokenDir: string;

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string[] }> {
  let stdout = "";
  const stderr: string[] = [];
  const code = await main(argv, { cwd: outDir, stdout: (text) => (stdout += text), stderr: (line) => stderr.push(line) });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "verify-cli-"));
  const article = await loadArticle(source);
  const session = await BrowserSession.launch();
  let pdf: Uint8Array;
  try {
    pdf = await printFixturePdf(session, article);
  } finally {
    await session.close();
  }
  const web = (await renderWebPages([article])).get(article.slug) ?? "";
  const epub = await makeFixtureEpub(article);
  goodDir = join(outDir, "dist", article.slug);
  brokenDir = join(outDir, "broken", article.slug);
  for (const [dir, page] of [
    [goodDir, web],
    [brokenDir, web.replace(/<li id="fn-4"[\s\S]*?<\/li>\n/, "")],
  ] as const) {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "index.html"), page);
    await writeFile(join(dir, `${article.slug}.pdf`), pdf);
    await writeFile(join(dir, `${article.slug}.epub`), epub);
  }
  // As the build writes it: the source relative to the project.
  await writeFile(join(goodDir, "edition.json"), JSON.stringify({ slug: article.slug, source: relative(projectRoot, source) }));
});

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe("verify command", () => {
  it("finds the source through edition.json, prints the table and exits 0", async () => {
    const { code, stdout, stderr } = await run("dist/mixed-notes");
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("note  web  PDF  EPUB  PDF call p.  PDF note p.  status");
    expect(stdout).toMatch(/verified mixed-notes: 6 notes, 7 calls identical in the web edition, PDF and EPUB \(\d+ ms\)\n$/);
    // The published set stays as built: edition.json hashes its files.
    await expect(readFile(join(goodDir, "verify.json"), "utf8")).rejects.toThrow(/ENOENT/);
  });

  it("prints the report as JSON with --json", async () => {
    const { code, stdout } = await run("dist/mixed-notes", "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as VerifyReport;
    expect(report.rows).toHaveLength(6);
    expect(report.source).not.toMatch(/^\//);
    expect(report.editions.epub).toMatchObject({ found: true, passed: true, notes: 6, calls: 7 });
  });

  it("reports each mismatch on its own line and exits 1", async () => {
    const { code, stdout } = await run("broken/mixed-notes", "--source", source);
    expect(code).toBe(1);
    expect(stdout).toContain("\nnote 4: missing from the web edition\n");
    expect(stdout).toMatch(/verify FAILED for mixed-notes: 1 mismatch \(web edition\)/);
  });

  it("asks for --source when there is no edition record, and exits 2", async () => {
    const { code, stderr } = await run("broken/mixed-notes");
    expect(code).toBe(2);
    expect(stderr).toEqual([
      `${join(brokenDir, "edition.json")} is missing or unreadable; name the article's Markdown file with --source <file.md>. usage: npm run verify -- <dir>/<slug> [--source <file.md>] [--epubcheck] [--json]`,
    ]);
  });

  it("runs EPUBCheck with --epubcheck and reports its counts in the summary", async () => {
    const { code, stdout } = await run("dist/mixed-notes", "--epubcheck");
    expect(code).toBe(0);
    expect(stdout).toContain("\nEPUBCheck: 0 fatals / 0 errors / 0 warnings\n");
  });

  it("refuses unknown options and a missing folder argument", async () => {
    expect((await run("dist/mixed-notes", "--fast")).code).toBe(2);
    const { code, stderr } = await run();
    expect(code).toBe(2);
    expect(stderr[0]).toMatch(/^missing the article folder/);
  });
});
