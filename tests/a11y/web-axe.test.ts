/**
 * The web edition in the real Chromium: axe-core finds no violation on the article pages (the
 * sample, a mixed-script article and a Persian one) and the catalog, at a phone's width and a desktop's, in
 * light and dark colours; note
 * calls offer a 24 by 24 px target without moving a glyph or changing a line's height; and
 * marked foreign-script runs keep the font their paragraph has.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./axe.ts";
import { buildArticles, mixedSlug, persianSlug, sampleSlug, type BuiltArticles } from "./built-articles.ts";
import { serveSite, type ServedSite } from "./served-site.ts";

let built: BuiltArticles;
let site: ServedSite;

beforeAll(async () => {
  built = await buildArticles();
  site = await serveSite(built.out);
}, 240_000);
afterAll(async () => site?.close());

const widths = [375, 1280];
const pages = [`${sampleSlug}/index.html`, `${mixedSlug}/index.html`, `${persianSlug}/index.html`, "index.html"];

describe("the web edition", () => {
  it("builds the sample, the mixed-script article and the Persian one", () => {
    expect(built.result.stderr).toBe("");
    expect(built.result.code).toBe(0);
  });

  for (const path of pages) {
    for (const [width, scheme] of widths.flatMap((w) => [[w, "light"], [w, "dark"]] as const)) {
      it(`has no axe-core violation: ${path} at ${width} px, ${scheme} colours`, async () => {
        const page = await site.open(path, width);
        try {
          await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
          const violations = await axeViolations(page);
          expect(violations.length, describeViolations(violations)).toBe(0);
          // The rules did run: a page with links and landmarks passes some.
          expect(await page.evaluate("document.querySelectorAll('a[href]').length")).toBeGreaterThan(0);
        } finally {
          await page.close();
        }
      }, 60_000);
    }
  }

  for (const width of widths) {
    it(`gives every call a target of at least 24 × 24 px and leaves the lines as they were, at ${width} px`, async () => {
      const page = await site.open(`${mixedSlug}/index.html`, width);
      try {
        const measure = `(() => {
          const calls = [...document.querySelectorAll(".note-call a")];
          const boxes = calls.map((a) => { const r = a.getBoundingClientRect(); return { width: r.width, height: r.height, x: r.x + r.width / 2, y: r.y + r.height / 2 }; });
          const range = document.createRange();
          const glyphs = calls.map((a) => { range.selectNodeContents(a); const r = range.getBoundingClientRect(); return [Math.round(r.x * 100), Math.round(r.y * 100)].join(","); });
          const lines = [...document.querySelectorAll("main p, main li")].map((block) => { range.selectNodeContents(block); return [...range.getClientRects()].map((r) => Math.round(r.y * 100) + ":" + Math.round(r.height * 100)).join(" "); });
          const heights = [...document.querySelectorAll("main p, main li")].map((block) => block.getBoundingClientRect().height);
          // Taps 11 px from the centre of a call, in each direction, land on its link.
          const hits = calls.map((a, i) => [[-11, 0], [11, 0], [0, -11], [0, 11]].map(([dx, dy]) => {
            const hit = document.elementFromPoint(boxes[i].x + dx, boxes[i].y + dy);
            return hit === a || a.contains(hit);
          }));
          return { boxes, glyphs, lines, heights, hits };
        })()`;
        type Measure = { boxes: Array<{ width: number; height: number }>; glyphs: string[]; lines: string[]; heights: number[]; hits: boolean[][] };
        const withTargets = (await page.evaluate(measure)) as Measure;
        expect(withTargets.boxes.length).toBe(6);
        for (const box of withTargets.boxes) {
          expect(box.width).toBeGreaterThanOrEqual(24);
          expect(box.height).toBeGreaterThanOrEqual(24);
        }
        // Adjacent calls (¹,²) share the space between them: there a tap on the side toward the
        // other call reaches the other call. Every other tap lands on the call's own link.
        const separated = (await page.evaluate(`[...document.querySelectorAll(".note-call")].map((sup) => [
          !sup.previousElementSibling?.classList.contains("note-call-separator"),
          !sup.nextElementSibling?.classList.contains("note-call-separator"),
        ])`)) as Array<[boolean, boolean]>;
        expect(separated.filter(([before, after]) => !before || !after).length).toBe(2);
        withTargets.hits.forEach(([left, right, up, down], i) => {
          const [freeLeft, freeRight] = separated[i] as [boolean, boolean];
          expect({ left: left || !freeLeft, right: right || !freeRight, up, down }, `call ${i + 1}`).toEqual({ left: true, right: true, up: true, down: true });
        });
        // The same page without the targets' padding and margins: every glyph and line in place.
        await page.addStyleTag({ content: ".note-call a { padding: 0 0.1em !important; margin: 0 !important; position: static !important; }" });
        const without = (await page.evaluate(measure)) as Measure;
        expect(withTargets.glyphs).toEqual(without.glyphs);
        expect(withTargets.lines).toEqual(without.lines);
        expect(withTargets.heights).toEqual(without.heights);
      } finally {
        await page.close();
      }
    }, 60_000);
  }

  it("keeps the page within a phone's screen: a table wider than it scrolls in its own named box", async () => {
    const page = await site.open(`${mixedSlug}/index.html`, 375);
    try {
      const measured = (await page.evaluate(`(() => {
        const boxes = [...document.querySelectorAll("main table")].map((table) => table.parentElement);
        return {
          page: document.documentElement.scrollWidth,
          boxes: boxes.map((box) => ({ scrolls: box.scrollWidth > box.clientWidth, role: box.getAttribute("role"), name: box.getAttribute("aria-label"), tabIndex: box.tabIndex })),
        };
      })()`)) as { page: number; boxes: Array<{ scrolls: boolean; role: string | null; name: string | null; tabIndex: number }> };
      expect(measured.page).toBeLessThanOrEqual(375);
      expect(measured.boxes).toEqual([{ scrolls: true, role: "region", name: "Figures of the years of the crisis, wider than a phone’s screen", tabIndex: 0 }]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it("sets the marked foreign-script runs in their paragraph's font, the article's language deciding", async () => {
    const page = await site.open(`${mixedSlug}/index.html`, 1280);
    try {
      const fonts = (await page.evaluate(`[...document.querySelectorAll("main span[lang]")].map((span) => [span.lang, getComputedStyle(span).fontFamily === getComputedStyle(span.closest("p, li, h1, h2")).fontFamily])`)) as Array<[string, boolean]>;
      expect(fonts.map(([lang]) => lang)).toEqual(expect.arrayContaining(["fa", "ar", "el", "zh", "fr"]));
      expect(fonts.filter(([, same]) => !same)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
