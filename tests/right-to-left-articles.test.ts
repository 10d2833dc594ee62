/**
 * Articles written right to left, as authors write them, through the real CLI: Persian, Arabic,
 * Hebrew and Urdu, with English sources in their notes. Each case in tests/fixtures/right-to-left
 * was refused by the read-back of its PDF once the editions were set right to left: two calls
 * after an Urdu full stop, a note ending in a bracketed year, an English page range, an English
 * date in brackets in a Persian sentence, an English word in a Hebrew list item, a contents
 * entry with lam-alef (لا), a note longer than a page, inline code, and two long articles (a
 * letter MuPDF gives twice, a call after a number in a table cell). Every one must publish, read
 * back identical, and be set right to left.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../scripts/lib/project-paths.ts";
import { runCli, type CliResult } from "./helpers/run-cli.ts";

const fixtures = join(projectRoot, "tests", "fixtures", "right-to-left");
const slugs = readdirSync(fixtures)
  .filter((name) => name.endsWith(".md"))
  .map((name) => name.slice(0, -3));
const work = mkdtempSync(join(tmpdir(), "press-rtl-"));
const out = join(work, "out");

describe("articles set right to left", () => {
  let build: CliResult;

  beforeAll(async () => {
    build = await runCli("build.ts", [fixtures, "--out", out], { PRESS_CACHE_DIR: join(work, ".cache") });
  }, 300_000);

  it("publish every one, their notes read back identical in the PDF", () => {
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    expect(slugs.length).toBeGreaterThanOrEqual(8);
    for (const slug of slugs) expect(build.stdout).toMatch(new RegExp(`verified ${slug}: \\d+ notes?, \\d+ calls?.* identical in the web edition, PDF and EPUB`));
  });

  it("set inline code left to right in the PDF: --strip-marks as typed, not strip-marks--", () => {
    const text = execFileSync("pdftotext", [join(out, "hebrew-inline-code", "hebrew-inline-code.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("--strip-marks");
    expect(text).not.toContain("strip-marks--");
  });

  it("continue a note longer than a page on the next page", () => {
    const pages = execFileSync("pdftotext", [join(out, "persian-note-longer-than-a-page", "persian-note-longer-than-a-page.pdf"), "-"], { encoding: "utf8" }).split("\f");
    expect(pages.filter((page) => page.trim() !== "").length).toBeGreaterThan(1);
  });

  it("are set right to left on the web", () => {
    for (const slug of slugs) expect(readFileSync(join(out, slug, "index.html"), "utf8"), slug).toMatch(/<html lang="(fa|ar|he|ur)" dir="rtl">/);
  });
});
