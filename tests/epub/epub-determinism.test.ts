/**
 * The same source gives a byte-identical EPUB: at another time, in another time zone, in
 * another process. Only SOURCE_DATE_EPOCH (on purpose) changes the dates inside.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadArticle } from "../../scripts/lib/document/article.ts";
import { renderEpub } from "../../scripts/lib/editions/epub/render-epub.ts";
import { projectRoot } from "../../scripts/lib/project-paths.ts";
import { books, samplePageStarts } from "./books.ts";
import { openEpub } from "./epub-reader.ts";

const run = promisify(execFile);

async function build(file: string): Promise<Uint8Array> {
  const article = await loadArticle(file);
  return (await renderEpub(article, { pageStarts: samplePageStarts(article) })).epub;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("reproducible EPUB", () => {
  it("is byte-identical when built again with the clock years later", async () => {
    const first = await build(books.long);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-07-01T12:34:56Z"));
    const second = await build(books.long);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("is byte-identical when built by another process in the Asia/Tehran time zone", async () => {
    vi.stubEnv("SOURCE_DATE_EPOCH", undefined);
    const here = await build(books.long);
    const out = join(mkdtempSync(join(tmpdir(), "epub-tz-")), "tehran.epub");
    const env: NodeJS.ProcessEnv = { ...process.env, TZ: "Asia/Tehran" };
    delete env.SOURCE_DATE_EPOCH;
    await run(join(projectRoot, "node_modules", ".bin", "tsx"), [join(import.meta.dirname, "build-epub-child.ts"), books.long, out, "--sample-pages"], {
      env,
      cwd: projectRoot,
      timeout: 60_000,
    });
    const there = readFileSync(out);
    expect(there.length).toBe(here.length);
    expect(there.equals(Buffer.from(here))).toBe(true);
  }, 90_000);

  it("stamps the package and every zip entry with the source's date, or SOURCE_DATE_EPOCH when set", async () => {
    vi.stubEnv("SOURCE_DATE_EPOCH", undefined);
    const fromSource = await openEpub(await build(books.notes));
    // notes-edge-cases.md: updated 2024-04-15.
    expect(fromSource.packageXml).toContain('<meta property="dcterms:modified">2024-04-15T00:00:00Z</meta>');
    const sourceDates = Object.values(fromSource.zip.files).map((entry) => entry.date.toISOString());
    expect(new Set(sourceDates)).toEqual(new Set(["2024-04-15T00:00:00.000Z"]));

    vi.stubEnv("SOURCE_DATE_EPOCH", "1700000000");
    const fromEpoch = await openEpub(await build(books.notes));
    expect(fromEpoch.packageXml).toContain('<meta property="dcterms:modified">2023-11-14T22:13:20Z</meta>');
    // DOS zip times have two-second steps.
    expect(new Set(Object.values(fromEpoch.zip.files).map((entry) => entry.date.toISOString()))).toEqual(new Set(["2023-11-14T22:13:20.000Z"]));
  });
});
