/**
 * pagedjs-cli on the standalone print page: `npm run build -- … --print-html` writes
 * `<slug>/print.html`; `npx pagedjs-cli <that file> -o x.pdf`, run as a user would from the
 * project (its .puppeteerrc.cjs points puppeteer at the system Chromium), prints a PDF that our
 * read-back accepts: every note at the foot of its call's page, numbered as in the web edition.
 * The same file opened by a browser that nothing automates is paginated by the page itself.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { JSDOM } from "jsdom";
import puppeteer from "puppeteer-core";
import { beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "../scripts/lib/browser/chromium-path.ts";
import { parseArticle } from "../scripts/lib/document/article.ts";
import { contentDir, projectRoot } from "../scripts/lib/project-paths.ts";
import { verifyEditions } from "../scripts/lib/verify/verify-editions.ts";
import { readPdfPages } from "../scripts/lib/verify/pdf-lines.ts";
import { readPdfEdition } from "../scripts/lib/verify/pdf-edition.ts";
import { extractWebEdition } from "../scripts/lib/verify/web-edition.ts";
import { runCli, type CliResult } from "./helpers/run-cli.ts";

const run = promisify(execFile);
const slug = "mko-fears-us-withdrawal";
const sample = join(contentDir, `${slug}.md`);
const asRoot = process.getuid?.() === 0;

describe("the standalone print page and pagedjs-cli", () => {
  const work = mkdtempSync(join(tmpdir(), "press-pagedjs-cli-"));
  const out = join(work, "dist");
  const printHtml = join(out, slug, "print.html");
  const cliPdf = join(work, "x.pdf");
  let build: CliResult;

  beforeAll(async () => {
    build = await runCli("build.ts", [sample, "--out", out, "--print-html"]);
  }, 180_000);

  it("publishes print.html beside the editions, only when asked", async () => {
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    expect(existsSync(printHtml)).toBe(true);
    const record = JSON.parse(readFileSync(join(out, slug, "edition.json"), "utf8"));
    expect(Object.keys(record.files)).toContain("print.html");
    // The same build without the flag publishes the set without it (a rebuild, not "up to date").
    const plain = join(work, "plain");
    const without = await runCli("build.ts", [sample, "--out", plain]);
    expect(without.code, without.stderr).toBe(0);
    expect(existsSync(join(plain, slug, "print.html"))).toBe(false);
    const again = await runCli("build.ts", [sample, "--out", plain, "--print-html"]);
    expect(again.code, again.stderr).toBe(0);
    expect(existsSync(join(plain, slug, "print.html"))).toBe(true);
  }, 240_000);

  it("loads nothing from outside itself: styles, faces and scripts are inside the file", () => {
    const document = new JSDOM(readFileSync(printHtml, "utf8")).window.document;
    expect(document.querySelectorAll("link[rel=stylesheet], script[src]")).toHaveLength(0);
    const faces = [...document.querySelectorAll("style")].map((style) => style.textContent ?? "").join("\n");
    const urls = [...faces.matchAll(/url\("([^"]+)"\)/g)].map((match) => match[1]!);
    expect(urls.filter((url) => url.startsWith("data:font/woff2;base64,")).length).toBeGreaterThanOrEqual(1);
    // Faces, and the contents' dotted leader (an SVG), are data inside the file.
    for (const url of urls) expect(url).toMatch(/^data:(font\/woff2;base64|image\/svg\+xml),/);
    expect(document.querySelector("script:not([type])")?.textContent).toContain("registerHandlers");
  });

  it("prints through `npx pagedjs-cli` a PDF whose notes pass the read-back, numbered as in the web edition", async () => {
    const args = ["pagedjs-cli", printHtml, "-o", cliPdf, ...(asRoot ? ["--browserArgs=--no-sandbox"] : [])];
    await run("npx", ["--no-install", ...args], { cwd: projectRoot, timeout: 150_000 });
    const pdf = readFileSync(cliPdf);
    const pages = await readPdfPages(pdf, "x.pdf");
    const edition = readPdfEdition(pages);
    const web = extractWebEdition(readFileSync(join(out, slug, "index.html"), "utf8"));

    // Numbered as in the web edition: the same notes, in the same order, with the same numbers.
    expect(edition.notes.map((note) => note.number)).toEqual(web.notes.map((note) => note.number));
    expect(edition.calls.filter((call) => !call.inNote).map((call) => call.number)).toEqual(web.calls.filter((call) => !call.inNote).map((call) => call.number));
    expect(edition.notes).toHaveLength(11);
    // Every note at the foot of the page of its first call.
    for (const note of edition.notes) {
      const call = edition.calls.find((candidate) => candidate.number === note.number);
      expect(note.page, `note ${note.number}`).toBe(call?.page);
    }
    // Our handlers ran inside pagedjs-cli's Paged.js: the running head is the article's title.
    expect(pages[1]!.lines.map((line) => line.chars.map((ch) => ch.c).join("")).join("\n")).toContain("MKO fears the U.S. military withdrawal");

    // The full read-back the build runs, with pagedjs-cli's PDF in place of the build's.
    const check = join(work, "check");
    cpSync(join(out, slug), check, { recursive: true, dereference: true });
    writeFileSync(join(check, `${slug}.pdf`), pdf);
    const article = parseArticle(readFileSync(sample, "utf8"), sample);
    const report = await verifyEditions(check, article, { writeJson: false });
    expect(report.mismatches).toEqual([]);
    expect(report.passed).toBe(true);
  }, 180_000);

  it("paginates itself in a browser that nothing automates", async () => {
    // A person's browser: navigator.webdriver is false, so the page starts its own Paged.js.
    const browser = await puppeteer.launch({
      executablePath: findChromium(),
      headless: true,
      args: [...(asRoot ? ["--no-sandbox"] : []), "--disable-blink-features=AutomationControlled"],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`file://${printHtml}`);
      expect(await page.evaluate("navigator.webdriver")).toBe(false);
      await page.waitForSelector("html[data-press-laid-out]", { timeout: 120_000 });
      expect(await page.evaluate("document.querySelectorAll('.pagedjs_pages > .pagedjs_page').length")).toBeGreaterThanOrEqual(2);
      const placed = (await page.evaluate(
        "[...document.querySelectorAll('.pagedjs_footnote_area span.footnote[data-note-number]')].map((note) => Number(note.dataset.noteNumber))",
      )) as number[];
      expect([...new Set(placed)]).toEqual(Array.from({ length: 11 }, (_, index) => index + 1));
    } finally {
      await browser.close();
    }
  }, 150_000);
});
