/**
 * The live preview: serves the editions with live reload, paginates the print preview in a
 * real browser, and regenerates the PDF and EPUB a moment after a save, without stopping on
 * an error.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBuildOptions } from "../scripts/lib/build/build-options.ts";
import { chromiumFlags } from "../scripts/lib/browser/chromium-process.ts";
import { findChromium } from "../scripts/lib/browser/chromium-path.ts";
import type { Reporter } from "../scripts/lib/cli/reporter.ts";
import { startDevServer, type DevServer } from "../scripts/lib/dev/dev-server.ts";

const work = mkdtempSync(join(tmpdir(), "press-dev-"));
const folder = join(work, "articles");
const article = join(folder, "repeated.md");
const out = join(work, "dist");
const problems: string[] = [];
const quiet: Reporter = { stage: () => undefined, info: () => undefined, diagnostic: (d) => problems.push(d.message), problem: (line) => problems.push(line) };
let server: DevServer;

/** Waits for one `reload` event on the live-reload stream. */
function nextReload(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = get(`${url}__live-reload`, (response) => {
      response.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("event: reload")) {
          request.destroy();
          resolve();
        }
      });
    });
    request.on("error", (error) => (error.message.includes("aborted") ? undefined : reject(error)));
  });
}

describe("npm run dev", () => {
  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    cpSync(join(import.meta.dirname, "fixtures", "notes", "repeated.md"), article);
    server = await startDevServer(parseBuildOptions([folder, "--out", out]), 0, quiet);
  }, 120_000);
  afterAll(async () => server?.close());

  it("serves the web edition with the live-reload script", async () => {
    const html = await (await fetch(`${server.url}repeated/index.html`)).text();
    expect(html).toContain('role="doc-noteref"');
    expect(html).toContain("__live-reload");
  });

  it("serves a print preview that Paged.js paginates in the browser", async () => {
    const puppeteer = await import("puppeteer-core");
    const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}repeated/print.html`);
      await page.waitForSelector(".pagedjs_page", { timeout: 30_000 });
      // The note has been floated to the foot of its page: the same layout the PDF gets.
      await page.waitForFunction(() => [...document.querySelectorAll(".pagedjs_footnote_area")].some((area) => area.textContent?.includes("Smith, A Book, 2001.")), { timeout: 30_000 });
      expect(await page.$$eval(".pagedjs_page", (pages) => pages.length)).toBeGreaterThanOrEqual(1);
    } finally {
      await browser.close();
    }
  }, 90_000);

  it("regenerates the PDF and EPUB within seconds of a save, and reloads the page", async () => {
    const pdf = join(out, "repeated", "repeated.pdf");
    const before = statSync(pdf).mtimeMs;
    const reloaded = nextReload(server.url);
    const rebuilt = server.nextBuild();
    const saved = performance.now();
    writeFileSync(article, readFileSync(article, "utf8").replace("Jones, 2003.", "Jones, 2005."));
    await rebuilt;
    await reloaded;
    expect(performance.now() - saved).toBeLessThan(20_000);
    expect(statSync(pdf).mtimeMs).toBeGreaterThan(before);
    expect(readFileSync(join(out, "repeated", "index.html"), "utf8")).toContain("Jones, 2005.");
  }, 60_000);

  it("reports a broken save and keeps watching", async () => {
    let rebuilt = server.nextBuild();
    writeFileSync(article, readFileSync(article, "utf8").replace("[^other]", "[^missing]"));
    await rebuilt;
    expect(problems.some((line) => line.includes("footnote [^missing] is called but never defined"))).toBe(true);
    rebuilt = server.nextBuild();
    writeFileSync(article, readFileSync(article, "utf8").replace("[^missing]", "[^other]"));
    await rebuilt;
    expect(readFileSync(join(out, "repeated", "index.html"), "utf8")).toContain("Jones, 2005.");
  }, 60_000);
});
