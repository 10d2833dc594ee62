/**
 * Regression tests for the Paged.js faults the print edition works around, each shown to
 * happen without the workaround (so the test can fail) and not with it:
 * - text repeated after a note call made Paged.js restart the next page from the wrong text
 *   node, printing text and notes twice (fixed by isolating text nodes before layout);
 * - a note call or note starting a fraction of a pixel past the right edge of the text area
 *   was taken for overflow and the note dropped (fixed by the polyfill patches);
 * - a note too long for its page is carried over and says so;
 * - a paragraph that repeats a clause (a litany) across page breaks made Paged.js go back to the
 *   clause's first occurrence, printing text twice (fixed by a polyfill patch);
 * - a long note called on the line before a paragraph's last took that last line's room: widows
 *   sent both lines, the call's too, to the next page, and half the page was left empty;
 * - a note longer than the rest of its page got an area reaching a fraction of a pixel into its
 *   call's line (the line box is taller than the call's font box): the line went to the next
 *   page with the note, depending on where the line fell on the pixel grid.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { RenderError } from "../../scripts/lib/errors.ts";
import { pagedPolyfillPath } from "../../scripts/lib/editions/print/paged-polyfill.ts";
import { printAssetUrls, registerPrintAssets } from "../../scripts/lib/editions/print/print-assets.ts";
import { renderPdf } from "../../scripts/lib/editions/print/render-pdf.ts";
import { longNoteMarkdown, repeatedSentenceMarkdown } from "./generated-articles.ts";
import { findCalls, generatedArticle, pageTexts, printHtmlOf, stextChars, writePdf } from "./print-harness.ts";

let session: BrowserSession;
/** A second browser whose site serves Paged.js exactly as published, without our patches. */
let unpatched: BrowserSession;

beforeAll(async () => {
  session = await BrowserSession.launch();
  unpatched = await BrowserSession.launch();
  registerPrintAssets(unpatched.site);
  unpatched.site.addFile(printAssetUrls.polyfillScript, pagedPolyfillPath());
}, 120_000);

afterAll(async () => {
  await session?.close();
  await unpatched?.close();
});

describe("text repeated after a note call", () => {
  const article = generatedArticle(repeatedSentenceMarkdown(30), "repeated-sentences");

  it("is printed twice by Paged.js when text nodes are left as they are, and the layout check refuses it", async () => {
    const html = await printHtmlOf(article);
    // Calls kept with the character before them split that text node, which hides the fault: not here.
    await expect(renderPdf(session, article, html, { isolateTextNodes: false, glueCalls: false })).rejects.toThrow(RenderError);
    await expect(renderPdf(session, article, html, { isolateTextNodes: false, glueCalls: false })).rejects.toThrow(/printed 2 times|printed partly twice/);
  }, 120_000);

  it("is printed once when each text node has its own element", async () => {
    const result = await renderPdf(session, article, await printHtmlOf(article));
    const file = writePdf(result.pdf, "repeated-sentences");
    expect(findCalls(stextChars(file)).map((call) => call.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(result.warnings).toEqual([]);
  }, 120_000);
});

describe("a note at the right edge of the text area", () => {
  const article = generatedArticle("---\ntitle: Edge\ndate: 2020-01-01\n---\n\nEDGE[^1] after.\n\nMore text here.\n\n[^1]: The edge note.\n", "edge");

  /**
   * The first paragraph made to end exactly past the right edge: an empty box 0.1 px wider
   * than the line, then the call (no width), all kept on one line. `wrapNote` lets the note's
   * own text wrap, so the note starts inside the area while the call is past its edge.
   */
  async function edgeHtml(wrapNote: boolean): Promise<string> {
    const html = (await printHtmlOf(article))
      .replace("EDGE", `<span style="white-space:nowrap"><span style="display:inline-block;width:calc(100% + 0.1px)"></span>`)
      .replace('<sup class="note-call" id="fnref-1"', '<sup style="display:inline-block;width:0;padding:0" class="note-call" id="fnref-1"');
    return wrapNote
      ? html.replace('<a href="#fn-1">1</a></sup>', '<a href="#fn-1">1</a></sup></span>').replace("The edge note.", "The edge note, long enough to wrap onto the next line so that its box starts at the left edge.")
      : html.replace("<p data-token=\"0\">", '<p data-token="0" style="white-space:nowrap">').replace('<a href="#fn-1">1</a></sup>', '<a href="#fn-1">1</a></sup></span>');
  }

  it("loses its note with Paged.js as published, and keeps it with the patches", async () => {
    for (const wrapNote of [true, false]) {
      const html = await edgeHtml(wrapNote);
      await expect(renderPdf(unpatched, article, html), `unpatched, wrapNote=${wrapNote}`).rejects.toThrow(/note 1 (is missing|was left in the running text)/);
      const result = await renderPdf(session, article, html);
      expect(result.pageCount).toBe(1);
      expect(pageTexts(writePdf(result.pdf, `edge-${wrapNote}`)).join("")).toContain("The edge note");
    }
  }, 120_000);
});

describe("a note too long for the rest of its page", () => {
  it("starts on its call's page and continues on the next, marked as continued", async () => {
    const article = generatedArticle(longNoteMarkdown(), "long-note");
    const result = await renderPdf(session, article, await printHtmlOf(article));
    const file = writePdf(result.pdf, "long-note");
    const texts = pageTexts(file, true);
    const callPage = findCalls(stextChars(file)).find((call) => call.number === 1)?.page ?? 0;
    expect(callPage).toBeGreaterThan(0);
    expect(texts[callPage - 1]).toMatch(/^\s*1\. The long note begins here\./m);
    expect(texts[callPage]).toMatch(/^\s*\(continued\)/m);
    // The continued part is the note's end: its last sentence is printed, once.
    const lastWords = article.notes.notes[0]?.text.split(" ").slice(-3).join(" ") ?? "";
    expect(lastWords.length).toBeGreaterThan(5);
    expect(texts.join("\n").replace(/\s+/g, " ").split(lastWords).length - 1).toBe(1);
  }, 120_000);
});

describe("a paragraph that says the same clause over and over, across page breaks", () => {
  const refrain = "Blessed be the ferry and the ferryman, the rope and the landing, the toll and the ledger that records it.";
  const markdown = `---\ntitle: A litany\ndate: 2020-01-01\n---\n\nThe ferrymen's litany was said at every launch.[^said] It runs, in full:\n\n${`${refrain} `.repeat(45)}\n\nSo it ends, and the boat goes out.\n\n[^said]: Taken down from the last ferryman in 1962.\n`;
  const article = generatedArticle(markdown, "litany");

  it("is printed partly twice by Paged.js as published, and once with the patches, every clause in its place", async () => {
    const html = await printHtmlOf(article);
    await expect(renderPdf(unpatched, article, html)).rejects.toThrow(/printed partly twice/);
    const result = await renderPdf(session, article, html);
    expect(result.pageCount).toBeGreaterThan(2);
    const text = pageTexts(writePdf(result.pdf, "litany")).join(" ").replace(/-\s*\n\s*/g, "").replace(/\s+/g, " ");
    expect(text.split("ledger that records it.").length - 1).toBe(45);
    expect(text.split("So it ends, and the boat goes out.").length - 1).toBe(1);
  }, 120_000);
});

describe("a long note called on the line before its paragraph's last", () => {
  const entry = (week: number): string =>
    `In week ${week} the engineer wrote to the board about the lamps, before the tide turned against them. The boatmen repainted the lantern's frame, while the fog horn sounded every minute. The masons trimmed the wicks before dusk, and the entry is signed in a careful hand.`;
  const journal = [
    "The keepers' journal for that winter survives in two copies, one kept at the station and one sent ashore with each relief.",
    "They do not always agree: the shore copy was written up from the station's notes, often weeks later, by a clerk who had never seen the rock.",
    "Where the two differ on the weather, the station's copy is the better witness, since it was written the same evening by the man on watch.",
    "Where they differ on stores, the shore copy is usually right, because the clerk checked the casks against the invoices before he wrote.",
  ];
  const longNote = Array.from({ length: 40 }, (_, index) => journal[index % journal.length]).join(" ");
  // On A4, the calls fall on the paragraph's fourth line of five: "… quiet.1 A later" / "entry.2".
  const markdown = (calls: string): string =>
    `---\ntitle: The keepers' log\ndate: 2024-01-01\npageSize: A4\n---\n\n# Log\n\n${entry(1)}\n\n${entry(2)}\n\n${entry(10)} ${calls}\n\n${[20, 21, 22, 23, 24, 25].map(entry).join("\n\n")}\n\n[^long]: ${longNote}\n\n[^short]: A short note about the crane.\n`;

  it.each([
    ["with a short note called on the last line", "The rest of the week was quiet.[^long] A later entry.[^short]"],
    ["alone", "The rest of the week was quiet.[^long] A later entry."],
  ])("%s: keeps the call and the paragraph's end on the page, the note starting below them", async (_, calls) => {
    const article = generatedArticle(markdown(calls), "widow-below-call");
    const result = await renderPdf(session, article, await printHtmlOf(article));
    expect(result.warnings.map((warning) => warning.message)).toEqual([]);
    const texts = pageTexts(writePdf(result.pdf, "widow-below-call"), true).map((text) => text.replace(/\s+/g, " "));
    expect(texts[0]).toMatch(/The rest of the week was quiet\.1 A later entry\./);
    expect(texts[0]).toMatch(/1\. The keepers’ journal for that winter/);
  }, 120_000);
});

describe("a note longer than the rest of its page, its call's line at every fraction of a pixel", () => {
  // Each one-line paragraph moves the call's line down by one line height (18.13 px on A5), so
  // the articles put it at as many fractions of a pixel, down to the page's last lines. On the
  // second page: the first page's foot leaves a fraction of a pixel that hid the fault there.
  const longNote = Array.from({ length: 60 }, (_, index) => `The tide table for month ${index + 1} was copied twice and checked against the gauge.`).join(" ");
  const markdown = (linesBefore: number): string =>
    `---\ntitle: Tide book\ndate: 2024-01-01\npageSize: A5\n---\n\n${Array.from({ length: linesBefore }, (_, index) => `Entry ${index + 1}.`).join("\n\n")}\n\nThe gauge was read at noon.[^long]\n\n${Array.from({ length: 30 }, (_, index) => `Later entry ${index + 1}.`).join("\n\n")}\n\n[^long]: ${longNote}\n`;

  it("keeps the call on its page with the note's start below it, until no line of the note fits; then only the call's line moves", async () => {
    const callMoved: number[] = [];
    for (let linesBefore = 37; linesBefore <= 70 && callMoved.length === 0; linesBefore++) {
      const article = generatedArticle(markdown(linesBefore), `call-line-fraction-${linesBefore}`);
      const result = await renderPdf(session, article, await printHtmlOf(article));
      const callPage = (pageTexts(writePdf(result.pdf, `call-line-fraction-${linesBefore}`))[1] ?? "").replace(/\s+/g, " ");
      // No page is left emptier than a moved call's line and the room too small for the note.
      expect(result.warnings.map((warning) => warning.message)).toEqual([]);
      if (callPage.includes("The gauge was read at noon.1")) {
        expect(callPage, `${linesBefore} lines before the call`).toContain("1. The tide table for month 1");
        continue;
      }
      callMoved.push(linesBefore);
      // The line before the call's stays on the page, and the note is not on it without its call.
      expect(callPage).toContain(`Entry ${linesBefore}.`);
      expect(callPage).not.toContain("The tide table");
    }
    // The page filled up before the last article: the call did reach the page's foot.
    expect(callMoved).toHaveLength(1);
  }, 300_000);
});
