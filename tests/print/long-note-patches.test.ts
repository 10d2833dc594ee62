/**
 * The Paged.js patches for notes longer than the room left on their page, each shown to
 * matter: without it the fault happens (so the test can fail), with every patch it does not.
 * - the call's line measured from the raised call alone: the note and its call moved to the
 *   next page, leaving the call's page part empty;
 * - a carried-over note given an area as tall as all its text: the article laid out twice;
 * - a note cut after a line that only starts above the foot: that line runs below the page's
 *   text area, into the bottom margin (the area no longer grows to hold it, which pushed the
 *   page's last line of text past the page's edge), which the layout check refuses.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { parseArticle, type Article } from "../../scripts/lib/document/article.ts";
import { pagedPolyfillPath, patchPolyfill, polyfillPatches } from "../../scripts/lib/editions/print/paged-polyfill.ts";
import { printAssetUrls } from "../../scripts/lib/editions/print/print-assets.ts";
import { renderPdf } from "../../scripts/lib/editions/print/render-pdf.ts";
import type { PrintResult } from "../../scripts/lib/editions/print/print-edition.ts";
import { longNoteArticle } from "./long-note-articles.ts";
import { launchPrintSession, printHtmlOf } from "./print-harness.ts";

const sessions: BrowserSession[] = [];

afterAll(async () => {
  await Promise.all(sessions.map((session) => session.close()));
});

/** A browser whose site serves Paged.js with every patch but the one whose reason starts with `why`. */
async function withoutPatch(why: string): Promise<BrowserSession> {
  const left = polyfillPatches.filter((patch) => !patch.why.startsWith(why));
  expect(left.length).toBe(polyfillPatches.length - 1);
  const session = await launchPrintSession();
  sessions.push(session);
  session.site.add(printAssetUrls.polyfillScript, patchPolyfill(readFileSync(pagedPolyfillPath(), "utf8"), left));
  return session;
}

function article(pageSize: "A5" | "A4", noteWords: number): Article {
  return parseArticle(longNoteArticle({ noteWords, pageSize, name: `Long ${pageSize} ${noteWords}` }).markdown, `/virtual/long-${pageSize}-${noteWords}.md`);
}

const render = async (session: BrowserSession, source: Article): Promise<PrintResult> => renderPdf(session, source, await printHtmlOf(source));

let patched: BrowserSession;

beforeAll(async () => {
  patched = await BrowserSession.launch();
  sessions.push(patched);
}, 60_000);

describe("a note longer than the room left on its page", () => {
  it("starts under its call, which stays on its page, only with the call's line measured in full", async () => {
    const halfPage = article("A5", 320);
    const unpatched = await render(await withoutPatch("the bottom of a call's line"), halfPage);
    expect(unpatched.warnings.map((warning) => warning.message).join("\n")).toMatch(/page 1 is left partly empty: note \d+, too long for the space left under its call/);
    expect(unpatched.warnings.every((warning) => warning.line !== undefined)).toBe(true);
    const result = await render(patched, halfPage);
    expect(result.warnings).toEqual([]);
  }, 120_000);

  it("of two pages is laid out once only when a carried-over part takes at most part of a page", async () => {
    const twoPages = article("A5", 1300);
    await expect(render(await withoutPatch("the part of a note carried over"), twoPages)).rejects.toThrow(/note 1 is printed 2 times/);
    const result = await render(patched, twoPages);
    expect(result.warnings).toEqual([]);
    expect(result.pageCount).toBeGreaterThanOrEqual(4);
  }, 120_000);

  it("keeps its lines within the page's text area only when it is cut after lines that end above the foot", async () => {
    const twoPages = article("A4", 2000);
    await expect(render(await withoutPatch("Paged.js cuts a long note"), twoPages)).rejects.toThrow(/the notes at the foot of page \d+ run below the page's text area/);
    const result = await render(patched, twoPages);
    expect(result.warnings).toEqual([]);
  }, 120_000);
});
