/**
 * The worked example, examples/eleventy-site/, built as its users build it: a copy of the site
 * in a temporary folder whose node_modules holds this package (a link to the repository, as
 * `npm install` of `file:../..` makes) and the real Eleventy, run with Eleventy's own command.
 * Its article gets web, PDF and EPUB with the same notes, proved by the read-back; its other
 * pages keep the site's own Markdown; a page with a broken note fails the build with file:line.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseArticle } from "../scripts/lib/document/article.ts";
import { projectRoot } from "../scripts/lib/project-paths.ts";
import { extractEpubEdition } from "../scripts/lib/verify/epub-edition.ts";
import { extractPdfEdition } from "../scripts/lib/verify/pdf-edition.ts";
import { verifyEditions } from "../scripts/lib/verify/verify-editions.ts";
import { extractWebEdition } from "../scripts/lib/verify/web-edition.ts";
import { runNode, type CliResult } from "./helpers/run-cli.ts";

const example = join(projectRoot, "examples", "eleventy-site");
const slug = "on-footnotes";

/** A copy of the example with its dependencies linked in, as `npm install` leaves it. */
function copyOfExample(): string {
  const site = mkdtempSync(join(tmpdir(), "press-eleventy-site-"));
  cpSync(example, site, { recursive: true, filter: (path) => !/[\\/](node_modules|_site)$/.test(path) });
  mkdirSync(join(site, "node_modules", "@11ty"), { recursive: true });
  symlinkSync(projectRoot, join(site, "node_modules", "footnote-press"));
  symlinkSync(join(projectRoot, "node_modules", "@11ty", "eleventy"), join(site, "node_modules", "@11ty", "eleventy"));
  symlinkSync(join(projectRoot, "node_modules", "markdown-it"), join(site, "node_modules", "markdown-it"));
  return site;
}

/** `npx @11ty/eleventy` in `site`: Eleventy's own command, on plain Node. */
function eleventy(site: string): Promise<CliResult> {
  return runNode([join(site, "node_modules", "@11ty", "eleventy", "cmd.cjs")], { NODE_OPTIONS: "" }, site);
}

describe("the example Eleventy site with the plugin", () => {
  const site = copyOfExample();
  const pageDir = join(site, "_site", slug);
  let build: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    build = await eleventy(site);
  }, 240_000);

  it("publishes the article's PDF and EPUB beside the page made by the site's own layout", () => {
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout).toContain(`[footnote-press] verified ${slug}: 6 notes, 7 calls identical in the web edition, PDF and EPUB`);
    for (const file of ["index.html", `${slug}.pdf`, `${slug}.epub`]) expect(existsSync(join(pageDir, file)), file).toBe(true);
    const html = readFileSync(join(pageDir, "index.html"), "utf8");
    // The site's Nunjucks layout made the page around the plugin's body.
    expect(html).toContain('<header class="masthead">');
    expect(html).toContain(`Also as <a href="${slug}.pdf">PDF</a>`);
    // Nothing of the read-back's staging folder is left in the site.
    expect(readFileSync(join(site, "_site", "index.html"), "utf8")).toContain("Example Press");
    expect(existsSync(join(pageDir, `.footnote-press-${process.pid}`))).toBe(false);
  });

  it("gives the three editions the same notes, numbered in reading order, as the read-back proves", async () => {
    const source = join(site, `${slug}.md`);
    const article = parseArticle(readFileSync(source, "utf8"), source);
    const report = await verifyEditions(pageDir, article, { writeJson: false });
    expect(report.mismatches).toEqual([]);
    expect(report.passed).toBe(true);

    const web = extractWebEdition(readFileSync(join(pageDir, "index.html"), "utf8"));
    const pdf = await extractPdfEdition(readFileSync(join(pageDir, `${slug}.pdf`)));
    const epub = await extractEpubEdition(readFileSync(join(pageDir, `${slug}.epub`)));
    const numbers = (edition: typeof web): Array<number | null> => edition.notes.map((note) => note.number);
    expect(numbers(web)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(numbers(pdf)).toEqual(numbers(web));
    expect(numbers(epub)).toEqual(numbers(web));
    // The note cited twice shows 1 at both calls; the note called from note 4 takes the number
    // after it, 5, and the body's last call is 6.
    expect(web.calls.filter((call) => !call.inNote).map((call) => call.number)).toEqual([1, 1, 2, 3, 4, 6]);
    expect(web.calls.filter((call) => call.inNote).map((call) => call.number)).toEqual([5]);
  });

  it("leaves the site's other pages to the site's own Markdown settings", () => {
    const about = readFileSync(join(site, "_site", "about", "index.html"), "utf8");
    expect(about).toContain('<mark class="host-html">raw HTML</mark> passes,<br>');
    expect(about).toContain("a note-like [^1] stays as written.");
    expect(about).not.toContain("note-call");
    expect(existsSync(join(site, "_site", "about", "about.pdf"))).toBe(false);
  });

  it("publishes the pages of a tag instead when told, and refuses a wrong option in one line", async () => {
    const tagged = copyOfExample();
    const config = readFileSync(join(tagged, "eleventy.config.js"), "utf8");
    writeFileSync(join(tagged, "eleventy.config.js"), config.replace('{ editions: ["pdf", "epub"], pageSize: "A5" }', '{ select: { tag: "essay" }, editions: ["pdf"] }'));
    writeFileSync(join(tagged, "tagged.md"), "---\ntitle: Tagged\ntags: [essay]\n---\n\nA page chosen by its tag.[^a]\n\n[^a]: Its only note.\n");
    const result = await eleventy(tagged);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("[footnote-press] verified tagged: 1 note, 1 call identical in the web edition and PDF");
    expect(existsSync(join(tagged, "_site", "tagged", "tagged.pdf"))).toBe(true);
    expect(existsSync(join(tagged, "_site", "tagged", "tagged.epub"))).toBe(false);
    // Not tagged: its `editions` front matter no longer selects it.
    expect(existsSync(join(tagged, "_site", slug, `${slug}.pdf`))).toBe(false);

    writeFileSync(join(tagged, "eleventy.config.js"), config.replace('pageSize: "A5"', 'pageSize: "B5"'));
    const wrong = await eleventy(tagged);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/footnote-press\/eleventy: wrong plugin options: pageSize: /);
  }, 180_000);

  it("fails the Eleventy build with file:line when a published page has a broken note", async () => {
    const broken = copyOfExample();
    writeFileSync(join(broken, "broken.md"), "---\ntitle: Broken\neditions: [pdf]\n---\n\nFine text.\n\nA call with no note.[^missing]\n");
    const result = await eleventy(broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("broken.md:8: footnote [^missing] is called but never defined (via FootnotePressError)");
  }, 120_000);

  it("refuses a note on the title or an author, which the site's own layout would not print, with file:line", async () => {
    const noted = copyOfExample();
    writeFileSync(join(noted, "noted.md"), "---\ntitle: Noted\nauthor: Ann^[Her note.]\neditions: [pdf]\n---\n\nText.\n");
    const result = await eleventy(noted);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("noted.md:3: a note call on the title or an author is printed by footnote-press's own title block, which an Eleventy site's layout replaces");
  }, 120_000);
});
