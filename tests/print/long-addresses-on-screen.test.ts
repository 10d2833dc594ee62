/**
 * A long URL on a phone: the web page and the EPUB's text, each under its own stylesheet, keep
 * within a 390 px screen (the address breaks instead of widening the page or running past the
 * edge). Built through the real command; the EPUB's chapter is read out of the package.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { projectRoot } from "../../scripts/lib/project-paths.ts";
import { runCli } from "../helpers/run-cli.ts";
import { launchPrintSession } from "./print-harness.ts";

const slug = "long-addresses";
const out = mkdtempSync(join(tmpdir(), "press-long-addresses-"));
let session: BrowserSession;

beforeAll(async () => {
  const build = await runCli("build.ts", [join(projectRoot, "tests", "fixtures", "practice", `${slug}.md`), "--out", out]);
  expect(build.code, build.stderr).toBe(0);
  session = await launchPrintSession();
}, 120_000);
afterAll(async () => session?.close());

/** How wide the page's content is at a 390 px viewport, and where its rightmost text ends. */
async function widthsAt390(path: string): Promise<{ scroll: number; rightmost: number }> {
  const opened = await session.newPage();
  try {
    await opened.page.setViewport({ width: 390, height: 844 });
    await opened.page.goto(session.site.url(path), { waitUntil: "load" });
    return (await opened.page.evaluate(`(() => {
      let rightmost = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) rightmost = Math.max(rightmost, rect.right);
      }
      return { scroll: document.documentElement.scrollWidth, rightmost };
    })()`)) as { scroll: number; rightmost: number };
  } finally {
    await opened.close({ discard: true });
  }
}

describe("a long address on a phone's screen", () => {
  it("keeps the web page within the screen", async () => {
    session.site.add(`/${slug}/index.html`, readFileSync(join(out, slug, "index.html")));
    session.site.addFile("/assets/web.css", join(out, "assets", "web.css"));
    const widths = await widthsAt390(`/${slug}/index.html`);
    expect(widths.scroll).toBeLessThanOrEqual(390);
    expect(widths.rightmost).toBeLessThanOrEqual(390);
  }, 60_000);

  it("keeps the EPUB's text within the screen", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, slug, `${slug}.epub`)));
    const names = Object.keys(zip.files);
    const withUrl = await Promise.all(names.filter((name) => name.endsWith(".xhtml")).map(async (name) => ({ name, text: await zip.file(name)!.async("string") })));
    const found = withUrl.find((file) => file.text.includes("https://archive.example.org/collections"));
    expect(found).toBeDefined();
    const folder = found!.name.slice(0, found!.name.lastIndexOf("/") + 1);
    for (const name of names.filter((name) => name.endsWith(".css"))) session.site.add(`/epub/${name}`, await zip.file(name)!.async("string"));
    // Served as HTML: the site names XHTML by no type a browser renders.
    session.site.add(`/epub/${folder}chapter.html`, found!.text);
    const widths = await widthsAt390(`/epub/${folder}chapter.html`);
    expect(widths.scroll).toBeLessThanOrEqual(390);
    expect(widths.rightmost).toBeLessThanOrEqual(390);
  }, 60_000);
});
