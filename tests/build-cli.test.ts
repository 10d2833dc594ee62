/**
 * End to end through the real CLI: Chromium lays out the PDF, the EPUB is written, the
 * verifier reads all three back. Then the promises about regenerating: nothing changed
 * means nothing touched, one edited note rebuilds one article, and the same source gives
 * the same bytes under another clock and time zone.
 */
import { execFileSync } from "node:child_process";
import JSZip from "jszip";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { contentDir } from "../scripts/lib/project-paths.ts";
import { runCli, type CliResult } from "./helpers/run-cli.ts";
import { seedNotes } from "./helpers/seed-notes.ts";
import { differingFiles } from "./helpers/differing-files.ts";

const slug = "mko-fears-us-withdrawal";
const sample = join(contentDir, `${slug}.md`);
const editionsOf = (name: string): string[] => ["index.html", `${name}.pdf`, `${name}.epub`, "cover.png"];
const editions = editionsOf(slug);

const snapshot = (dir: string, name = slug): Record<string, { bytes: string; mtime: number }> =>
  Object.fromEntries(
    editionsOf(name).map((file) => {
      const path = join(dir, file);
      return [file, { bytes: readFileSync(path).toString("base64"), mtime: statSync(path).mtimeMs }];
    }),
  );

describe("npm run build on the sample", () => {
  const work = mkdtempSync(join(tmpdir(), "press-build-"));
  const out = join(work, "dist");
  // The build's temporary files (Chromium's profile) go here, to check none is left behind.
  const temp = join(work, "tmp");
  let first: CliResult;

  beforeAll(async () => {
    mkdirSync(temp);
    first = await runCli("build.ts", [sample, "--out", out], { TMPDIR: temp });
  }, 180_000);

  it("builds all three editions and proves their notes agree", () => {
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    for (const stage of ["parse", "layout", "print", "epub", "web", "publish", "catalog"]) expect(first.stdout).toMatch(new RegExp(`^${stage} .*\\d+(\\.\\d+)? m?s$`, "m"));
    expect(first.stdout).toContain(`verified ${slug}: 11 notes, 11 calls identical`);
    const record = JSON.parse(readFileSync(join(out, slug, "edition.json"), "utf8"));
    expect(record.notes).toBe(11);
    expect(record.pages).toBeGreaterThanOrEqual(2);
    expect(record.verify.status).toBe("passed");
    for (const kind of ["web", "pdf", "epub", "cover"]) expect(record.outputs[kind].bytes).toBeGreaterThan(1000);
    const verify = JSON.parse(readFileSync(join(out, slug, "verify.json"), "utf8"));
    expect(verify.passed).toBe(true);
    expect(readdirSync(temp)).toEqual([]);
  });

  it("publishes the web page with the seed's notes and download sizes, and a catalog", () => {
    const html = readFileSync(join(out, slug, "index.html"), "utf8");
    for (const [number, text] of seedNotes()) expect(html).toContain(`<span class="note-number">${number}.</span> ${text} <a href="#fnref-${number}"`);
    expect(html).toMatch(/Print edition \(PDF\)<\/a> <span class="size">\(\d+ KB\)<\/span>/);
    const catalog = readFileSync(join(out, "index.html"), "utf8");
    expect(catalog).toContain(`href="${slug}/${slug}.pdf"`);
    expect(catalog).toContain(`src="${slug}/cover.png"`);
    expect(statSync(join(out, "assets", "web.css")).size).toBeGreaterThan(1000);
  });

  it("a second build with nothing changed touches no file", async () => {
    const before = snapshot(join(out, slug));
    const second = await runCli("build.ts", [sample, "--out", out], { TMPDIR: temp });
    expect(second.stderr).toBe("");
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("1 up to date");
    expect(second.stdout).not.toMatch(/^print /m);
    expect(snapshot(join(out, slug))).toEqual(before);
    // The Chromium started at once, in case there was something to print, is gone with its profile.
    expect(readdirSync(temp)).toEqual([]);
    expect(execFileSync("ps", ["-eo", "args"], { encoding: "utf8" })).not.toContain(temp);
  }, 60_000);

  it("gives byte-identical editions at another time in another time zone", async () => {
    const other = join(work, "other");
    const again = await runCli("build.ts", [sample, "--out", other, "--force"], { TZ: "Pacific/Kiritimati" });
    expect(again.code).toBe(0);
    expect(differingFiles(join(out, slug), join(other, slug), editions)).toEqual([]);
  }, 180_000);
});

describe("incremental builds of a folder", () => {
  it("rebuilds only the article whose note was edited", async () => {
    const work = mkdtempSync(join(tmpdir(), "press-incremental-"));
    const folder = join(work, "articles");
    const out = join(work, "dist");
    cpSync(join(import.meta.dirname, "fixtures", "notes", "repeated.md"), join(folder, "repeated.md"));
    cpSync(join(import.meta.dirname, "fixtures", "notes", "inline.md"), join(folder, "inline.md"));
    expect((await runCli("build.ts", [folder, "--out", out])).code).toBe(0);
    const untouched = snapshot(join(out, "inline"), "inline");

    const edited = readFileSync(join(folder, "repeated.md"), "utf8").replace("Jones, 2003.", "Jones, 2004.");
    writeFileSync(join(folder, "repeated.md"), edited);
    const second = await runCli("build.ts", [folder, "--out", out]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("2 articles, 5 notes, 1 up to date");
    expect(second.stdout).toMatch(/^print\s+1 PDF/m);
    expect(readFileSync(join(out, "repeated", "index.html"), "utf8")).toContain("Jones, 2004.");
    expect(snapshot(join(out, "inline"), "inline")).toEqual(untouched);
  }, 240_000);
});

describe("images and working directories", () => {
  it("publishes a local image in all three editions, from any working directory", async () => {
    const work = mkdtempSync(join(tmpdir(), "press-images-"));
    const out = join(work, "dist");
    const result = await runCli("build.ts", [join(import.meta.dirname, "fixtures", "images", "with-image.md"), "--out", out], {}, work);
    expect(result.code, result.stderr).toBe(0);
    const web = readFileSync(join(out, "with-image", "index.html"), "utf8");
    const src = /<img src="(images\/[0-9a-f]{16}\.png)" alt="A red bar standing for the trend">/.exec(web)?.[1];
    expect(src).toBeDefined();
    expect(readFileSync(join(out, "with-image", src!))).toEqual(readFileSync(join(import.meta.dirname, "fixtures", "images", "figures", "bar.png")));
    const images = execFileSync("pdfimages", ["-list", join(out, "with-image", "with-image.pdf")], { encoding: "utf8" });
    expect(images).toMatch(/^\s+1\s+0 image\s+40\s+20 /m);
    const epub = await JSZip.loadAsync(readFileSync(join(out, "with-image", "with-image.epub")));
    expect(Object.keys(epub.files)).toContain(src!.replace("images/", "OEBPS/images/"));
  }, 120_000);
});
