/**
 * The e-books through calibre: its book check finds no invalid font (nor any error), and a
 * conversion for Kindle (AZW3) keeps every embedded font and every note link. What survived is
 * read by converting the AZW3 back to EPUB, as a reader's library would. Needs calibre (Debian
 * package, installed by scripts/install-deps.sh); without ebook-convert this test is skipped.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { findAll, parseXml, type XmlElement } from "../epub/xhtml-reader.ts";
import { buildArticles, mixedSlug, sampleSlug, type BuiltArticles } from "./built-articles.ts";

function hasCommand(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const calibreMissing = !hasCommand("ebook-convert") || !hasCommand("calibre-debug");
if (calibreMissing) console.warn("kindle.test.ts skipped: calibre's ebook-convert is not installed (apt-get install calibre, or bash scripts/install-deps.sh)");

// calibre's Qt web engine refuses to start as root without --no-sandbox, and has no display here.
const calibreEnv = { ...process.env, QTWEBENGINE_CHROMIUM_FLAGS: "--no-sandbox", QT_QPA_PLATFORM: "offscreen" };

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env: calibreEnv, timeout: 180_000, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${command} failed: ${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

interface Finding {
  kind: string;
  level: number;
  name: string;
  message: string;
}

async function calibreCheck(epub: string): Promise<Finding[]> {
  const output = await run("calibre-debug", [join(import.meta.dirname, "calibre-check.py"), epub]);
  return output
    .split("\n")
    .filter((line) => line.startsWith("FINDING "))
    .map((line) => JSON.parse(line.slice("FINDING ".length)) as Finding);
}

/** calibre's levels: 0 debug, 1 info, 2 warning, 3 error, 4 critical. */
const errorLevel = 3;

/** The font files and the parsed (X)HTML documents of an EPUB, whatever its version or layout. */
async function zipDocuments(bytes: Uint8Array): Promise<{ fonts: string[]; documents: XmlElement[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const documents = await Promise.all(names.filter((name) => /\.x?html?$/i.test(name)).map(async (name) => parseXml(await (zip.file(name) as JSZip.JSZipObject).async("string"))));
  return { fonts: names.filter((name) => /\.(ttf|otf|woff2?)$/i.test(name)), documents };
}

/** The targets of the links between calls and notes (`fn-7`, `fnref-7`, `fnref-7-2`). */
function noteLinks(documents: XmlElement[]): string[] {
  return documents.flatMap((root) => findAll(root, (e) => e.name === "a" && /#fn(ref)?-\d+(-\d+)?$/.test(e.attributes.href ?? "")).map((e) => (e.attributes.href ?? "").replace(/^.*#/, "")));
}

let built: BuiltArticles;

beforeAll(async () => {
  if (!calibreMissing) built = await buildArticles();
}, 240_000);

describe.skipIf(calibreMissing).each([sampleSlug, mixedSlug])("the e-book %s in calibre", (slug) => {
  it("passes calibre's check with no invalid font and no error", async () => {
    expect(built.result.code, built.result.stderr).toBe(0);
    const findings = await calibreCheck(built.epub(slug));
    expect(findings.filter((finding) => finding.kind === "InvalidFont")).toEqual([]);
    expect(findings.filter((finding) => finding.level >= errorLevel)).toEqual([]);
  }, 120_000);

  it("keeps every font and every note link when converted to AZW3", async () => {
    const work = mkdtempSync(join(tmpdir(), "press-kindle-"));
    const azw3 = join(work, `${slug}.azw3`);
    const back = join(work, `${slug}-from-azw3.epub`);
    await run("ebook-convert", [built.epub(slug), azw3]);
    expect(statSync(azw3).size).toBeGreaterThan(0);
    await run("ebook-convert", [azw3, back]);

    const original = await zipDocuments(readFileSync(built.epub(slug)));
    const converted = await zipDocuments(readFileSync(back));
    expect(original.fonts.length).toBeGreaterThan(0);
    expect(converted.fonts.length).toBe(original.fonts.length);
    expect((await calibreCheck(back)).filter((finding) => finding.kind === "InvalidFont")).toEqual([]);

    // Every call still leads to its note, and every note back to its call, by the same ids.
    const originalLinks = noteLinks(original.documents).sort();
    expect(originalLinks.length).toBeGreaterThan(0);
    expect(noteLinks(converted.documents).sort()).toEqual(originalLinks);
    const convertedIds = new Set(converted.documents.flatMap((root) => findAll(root, (e) => e.attributes.id !== undefined).map((e) => e.attributes.id ?? "")));
    for (const target of originalLinks) expect(convertedIds.has(target), target).toBe(true);
  }, 240_000);
});
