/**
 * The build's cover cache, end to end: a cover drawn once is reused by the next build of an
 * article with the same title page, and a new title page is drawn anew. Run with a cache
 * folder of its own (PRESS_CACHE_DIR), so the project's cache is never touched.
 */
import JSZip from "jszip";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentDir } from "../scripts/lib/project-paths.ts";
import { runCli } from "./helpers/run-cli.ts";

const slug = "mko-fears-us-withdrawal";

async function epubCover(out: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(join(out, slug, `${slug}.epub`)));
  return Buffer.from(await zip.file("OEBPS/cover.png")!.async("uint8array"));
}

describe("the cover cache", () => {
  it("reuses a cover drawn for the same title page and draws a changed one anew", async () => {
    const work = mkdtempSync(join(tmpdir(), "press-covers-"));
    const cache = join(work, "cache");
    const covers = join(cache, "covers");
    const out = join(work, "dist");
    const env = { PRESS_CACHE_DIR: cache };
    const source = readFileSync(join(contentDir, `${slug}.md`), "utf8");
    const input = join(work, "content");
    mkdirSync(input);
    writeFileSync(join(input, `${slug}.md`), source);

    expect((await runCli("build.ts", [input, "--out", out], env)).code).toBe(0);
    const [stored] = readdirSync(covers);
    expect(readdirSync(covers)).toHaveLength(1);
    expect(readFileSync(join(covers, stored!)).equals(await epubCover(out))).toBe(true);

    // A stand-in under the same key (the page-1 picture, another PNG): the next build takes it as the cover.
    const standIn = readFileSync(join(out, slug, "cover.png"));
    writeFileSync(join(covers, stored!), standIn);
    expect((await runCli("build.ts", [input, "--out", out, "--force"], env)).code).toBe(0);
    expect((await epubCover(out)).equals(standIn)).toBe(true);

    // Another title is another cover, drawn and stored beside the first.
    writeFileSync(join(input, `${slug}.md`), source.replace(/^title: .*$/m, 'title: "A different title"'));
    expect((await runCli("build.ts", [input, "--out", out], env)).code).toBe(0);
    expect(readdirSync(covers)).toHaveLength(2);
    expect((await epubCover(out)).equals(standIn)).toBe(false);
  }, 180_000);
});
