/**
 * Long real documents that nobody on the team wrote (tests/fixtures/real/, sources and
 * licences in SOURCES.md): excerpts of public-domain books with 78 to 133 notes each, with
 * verse and hard line breaks, quotations, lists and a table inside notes, notes that call
 * notes, calls in headings and list items, Traditional Chinese and polytonic Greek.
 * One folder build through the CLI, with Chromium and the read-back of every edition; every
 * article must be published, with as many notes as its Markdown defines.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "./helpers/run-cli.ts";

const folder = join(import.meta.dirname, "fixtures", "real");
const articles = readdirSync(folder)
  .filter((name) => name.endsWith(".md") && name !== "SOURCES.md")
  .map((name) => name.slice(0, -3))
  .sort();

/** Distinct labels of the note definitions (`[^label]:` at the start of a line), compared as the press compares them (NFC). */
function definedNotes(slug: string): number {
  const source = readFileSync(join(folder, `${slug}.md`), "utf8");
  const labels = [...source.matchAll(/^ {0,3}\[\^([^\]\s]+)\]:/gm)].map((match) => match[1]!.normalize("NFC"));
  return new Set(labels).size;
}

/**
 * Refused on purpose, with the line that says why: no font on npm holds these characters
 * (㪷 U+3AB7 and 𦮼 U+26BBC, rare ideographs in a Chinese gloss), and a box never reaches a PDF.
 */
const refused: Record<string, RegExp> = {
  "sun-tzu-art-of-war": /sun-tzu-art-of-war\.md:\d+: no font covers U\+3AB7 \(㪷\)/,
};
const published = articles.filter((slug) => !(slug in refused));

let out: string;
let build: CliResult;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "real-documents-"));
  build = await runCli("build.ts", [folder, "--out", out, "--force"]);
}, 400_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("long real documents built through the CLI", () => {
  it("has the documents it is meant to test", () => {
    expect(articles).toEqual(["dante-inferno", "marcus-aurelius-meditations", "sun-tzu-art-of-war"]);
    for (const slug of articles) expect(definedNotes(slug), slug).toBeGreaterThanOrEqual(70);
  });

  it("builds the folder, refusing only what no font can print, with its line", () => {
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(Object.keys(refused).length ? 1 : 0);
    for (const [slug, line] of Object.entries(refused)) {
      expect(build.stderr).toMatch(line);
      expect(existsSync(join(out, slug))).toBe(false);
    }
  });

  it.each(published)("publishes %s in all three editions, verified", (slug) => {
    const dir = join(out, slug);
    const problems = build.stderr.split("\n").filter((line) => line.includes(`${slug}.md`));
    for (const file of ["index.html", `${slug}.pdf`, `${slug}.epub`, "verify.json"]) {
      expect(existsSync(join(dir, file)), `${slug}/${file} missing; the build said:\n${problems.join("\n")}`).toBe(true);
    }
    const verify = JSON.parse(readFileSync(join(dir, "verify.json"), "utf8"));
    expect(verify.passed, `${slug}: verify.json does not say passed`).toBe(true);
  });

  it.each(published)("counts in %s as many notes as its Markdown defines", (slug) => {
    const record = join(out, slug, "edition.json");
    expect(existsSync(record), `${slug}/edition.json missing: ${slug} was not published`).toBe(true);
    const edition = JSON.parse(readFileSync(record, "utf8"));
    expect(edition.notes).toBe(definedNotes(slug));
    expect(edition.pages).toBeGreaterThan(20);
    expect(build.stdout).toContain(`verified ${slug}: ${definedNotes(slug)} notes`);
  });
});
