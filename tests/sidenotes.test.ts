/**
 * Sidenotes (front matter `webNotes: sidenotes`) in the real Chromium: the sample article and a
 * fixture whose margin is crowded (four calls in one paragraph, long notes, a note called from a
 * note, a call in a list, a long note at the very end) are built through the CLI, read back by
 * the verifier, and looked at. At 1400 px every note stands in the margin, its top at or below
 * its call's line and below the note before it; with the script, lifted to its call's line when
 * nothing is in the way; without it, still in the margin and apart. At 390 px every note is in
 * the text column, under the block that calls it. axe-core finds nothing at either width.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../scripts/lib/project-paths.ts";
import { axeViolations, describeViolations } from "./a11y/axe.ts";
import { serveSite, type ServedSite } from "./a11y/served-site.ts";
import { runCli, type CliResult } from "./helpers/run-cli.ts";

const sampleSlug = "mko-fears-us-withdrawal";
const crowdedSlug = "crowded-margin";
const longNoteSlug = "long-sidenote";
const noteCounts: Record<string, number> = { [sampleSlug]: 11, [crowdedSlug]: 8 };

let folder: string;
let out: string;
let build: CliResult;
let site: ServedSite;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), "press-sidenotes-"));
  folder = join(work, "articles");
  mkdirSync(folder);
  // The sample as it is, but asking for sidenotes.
  const sample = readFileSync(join(projectRoot, "content", `${sampleSlug}.md`), "utf8");
  writeFileSync(join(folder, `${sampleSlug}.md`), sample.replace(/^---\n/, "---\nwebNotes: sidenotes\n"));
  for (const slug of [crowdedSlug, longNoteSlug]) copyFileSync(join(projectRoot, "tests", "fixtures", "sidenotes", `${slug}.md`), join(folder, `${slug}.md`));
  out = join(work, "out");
  build = await runCli("build.ts", [folder, "--out", out], { PRESS_CACHE_DIR: join(work, "cache") });
  site = await serveSite(out);
}, 240_000);
afterAll(async () => site?.close());

interface NoteBox {
  number: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  callTop: number;
  float: string;
}

interface Geometry {
  notes: NoteBox[];
  textLeft: number;
  textRight: number;
  mainBottom: number;
}

/** Each sidenote's box and its first call's line, with the text column's edges. */
async function geometry(page: Page): Promise<Geometry> {
  return (await page.evaluate(`(() => {
    const range = document.createRange();
    const column = document.querySelector("article > p").getBoundingClientRect();
    const notes = [...document.querySelectorAll("aside.sidenote")].map((note) => {
      const number = Number(note.id.replace("fn-", ""));
      range.selectNodeContents(document.getElementById("fnref-" + number));
      const box = note.getBoundingClientRect();
      return { number, top: box.top + scrollY, bottom: box.bottom + scrollY, left: box.left, right: box.right, callTop: range.getBoundingClientRect().top + scrollY, float: getComputedStyle(note).float };
    });
    return { notes, textLeft: column.left, textRight: column.right, mainBottom: document.querySelector("main").getBoundingClientRect().bottom + scrollY };
  })()`)) as Geometry;
}

/** axe-core finds nothing on the page in the colour scheme given. */
async function expectNoAxeViolation(page: Page, scheme: "light" | "dark"): Promise<void> {
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
  const violations = await axeViolations(page);
  expect(violations.length, describeViolations(violations)).toBe(0);
}

describe("sidenotes", () => {
  it("build, and the read-back finds every note and call in the web edition", async () => {
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    for (const [slug, count] of Object.entries(noteCounts)) {
      expect(build.stdout).toContain(`verified ${slug}: ${count} notes`);
      const verified = await runCli("verify.ts", [join(out, slug), "--source", join(folder, `${slug}.md`)]);
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
      const html = readFileSync(join(out, slug, "index.html"), "utf8");
      expect(html.match(/<aside id="fn-\d+" class="note sidenote" role="doc-footnote"/g)?.length).toBe(count);
      expect(html).not.toContain("doc-endnotes");
    }
  });

  it("place each note right after the block that calls it first, a note called from a note right after that note", async () => {
    const page = await site.open(`${crowdedSlug}/index.html`, 390);
    try {
      const order = await page.evaluate(`[...document.querySelector("article").children].map((child) => child.tagName === "ASIDE" ? child.id : child.tagName.toLowerCase())`);
      // Paragraph 1 calls notes 1, 2, 3 and 5, and note 3 calls note 4 (the model numbers it
      // after the note holding its call); a second call of note 1 adds no note; the list calls note 7.
      expect(order).toEqual(["header", "p", "fn-1", "fn-2", "fn-3", "fn-4", "fn-5", "p", "fn-6", "ul", "fn-7", "p", "fn-8"]);
    } finally {
      await page.close();
    }
  }, 60_000);

  for (const slug of [sampleSlug, crowdedSlug]) {
    for (const [width, scheme] of [390, 1400].flatMap((w) => [[w, "light"], [w, "dark"]] as const)) {
      it(`${slug} has no axe-core violation at ${width} px, ${scheme} colours`, async () => {
        const page = await site.open(`${slug}/index.html`, width);
        try {
          await expectNoAxeViolation(page, scheme);
        } finally {
          await page.close();
        }
      }, 60_000);
    }

    it(`${slug} at 1400 px: every note in the margin, at or below its call's line, lifted to it when free, none overlapping`, async () => {
      const page = await site.open(`${slug}/index.html`, 1400);
      try {
        await page.evaluate("new Promise((resolve) => requestAnimationFrame(() => resolve(true)))");
        const { notes, textRight, mainBottom } = await geometry(page);
        expect(notes.length).toBe(noteCounts[slug]);
        let previousBottom = -Infinity;
        for (const note of notes) {
          expect(note.float, `note ${note.number}`).toBe("inline-end");
          expect(note.left, `note ${note.number} is in the margin`).toBeGreaterThan(textRight);
          expect(note.top, `note ${note.number} is at or below its call`).toBeGreaterThanOrEqual(note.callTop - 0.5);
          expect(note.top, `note ${note.number} starts below note before it`).toBeGreaterThanOrEqual(previousBottom);
          // Lifted by the script: at its call's line, unless the note before it is in the way.
          expect(note.top, `note ${note.number} is lifted`).toBeCloseTo(Math.max(note.callTop, previousBottom + 8), 0);
          previousBottom = note.bottom;
        }
        expect(previousBottom, "the last note stays inside the page's main part").toBeLessThanOrEqual(mainBottom + 0.5);
      } finally {
        await page.close();
      }
    }, 60_000);
  }

  it("set a note too long for the margin under its paragraph at 1400 px, and the next note beside its own call", async () => {
    const html = readFileSync(join(out, longNoteSlug, "index.html"), "utf8");
    expect(html.match(/class="note sidenote sidenote-in-text"/g)?.length).toBe(1);
    const page = await site.open(`${longNoteSlug}/index.html`, 1400);
    try {
      await page.evaluate("new Promise((resolve) => requestAnimationFrame(() => resolve(true)))");
      const { notes, textLeft, textRight } = await geometry(page);
      const [long, short] = notes as [NoteBox, NoteBox];
      expect(long.float).toBe("none");
      expect(long.left).toBeGreaterThanOrEqual(textLeft - 0.5);
      expect(long.right).toBeLessThanOrEqual(textRight + 0.5);
      expect(short.float).toBe("inline-end");
      expect(short.left).toBeGreaterThan(textRight);
      expect(short.top).toBeCloseTo(short.callTop, 0);
      for (const scheme of ["light", "dark"] as const) await expectNoAxeViolation(page, scheme);
    } finally {
      await page.close();
    }
  }, 60_000);

  it("without the script, the notes are still in the margin, in order, apart, and none above its call", async () => {
    const page = await site.open("about:blank", 1400);
    try {
      await page.setJavaScriptEnabled(false);
      await page.goto(site.url(`${crowdedSlug}/index.html`), { waitUntil: "load" });
      const { notes, textRight } = await geometry(page);
      expect(notes.length).toBe(noteCounts[crowdedSlug]);
      expect(await page.evaluate(`[...document.querySelectorAll("aside.sidenote")].filter((note) => note.style.top).length`)).toBe(0);
      let previousBottom = -Infinity;
      for (const note of notes) {
        expect(note.left, `note ${note.number}`).toBeGreaterThan(textRight);
        expect(note.top, `note ${note.number}`).toBeGreaterThanOrEqual(note.callTop);
        expect(note.top, `note ${note.number}`).toBeGreaterThanOrEqual(previousBottom);
        previousBottom = note.bottom;
      }
    } finally {
      await page.close();
    }
  }, 60_000);

  for (const slug of [sampleSlug, crowdedSlug]) {
    it(`${slug} at 390 px: every note in the text column, under its call, none in the margin`, async () => {
      const page = await site.open(`${slug}/index.html`, 390);
      try {
        const { notes, textLeft, textRight } = await geometry(page);
        expect(notes.length).toBe(noteCounts[slug]);
        for (const note of notes) {
          expect(note.float, `note ${note.number}`).toBe("none");
          expect(note.left, `note ${note.number}`).toBeGreaterThanOrEqual(textLeft - 0.5);
          expect(note.right, `note ${note.number}`).toBeLessThanOrEqual(textRight + 0.5);
          expect(note.top, `note ${note.number}`).toBeGreaterThan(note.callTop);
        }
        // Nothing wider than the screen: no sideways scrolling.
        expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});
