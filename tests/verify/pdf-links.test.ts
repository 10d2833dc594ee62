/**
 * The PDF's note links, on print-like PDFs printed by Chromium from the verifier's fixture
 * layout with every call and every note number made a link, as the print edition makes them:
 * correct links pass, and each kind of broken link fails with one line naming the note.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { loadArticle, type Article } from "../../scripts/lib/document/article.ts";
import { readPdfEdition } from "../../scripts/lib/verify/pdf-edition.ts";
import { compareEdition } from "../../scripts/lib/verify/compare-edition.ts";
import { pdfLinkMismatches, readPdfNoteLinks } from "../../scripts/lib/verify/pdf-links.ts";
import { readPdfPages } from "../../scripts/lib/verify/pdf-lines.ts";
import { fixturePrintHtml, printHtml } from "./helpers/fixture-pdf.ts";

interface Breakage {
  /** Where a call showing this number links to, instead of its note. */
  callTo?: Record<number, string>;
  /** Where the number of this note links back to, instead of its first call. */
  backTo?: Record<number, string>;
}

/** The fixture's print page with calls linked to their notes and note numbers to their first calls. */
function linkedHtml(article: Article, breakage: Breakage = {}): string {
  const seen = new Map<number, number>();
  return fixturePrintHtml(article, { blocksPerPage: 2 })
    // Something a link can reach that is no note: the first paragraph of the text.
    .replace("<p>", '<p id="text-start">')
    .replace(/<sup class="call">(\d+)<\/sup>/g, (_m, digits: string) => {
      const n = Number(digits);
      const occurrence = seen.get(n) ?? 0;
      seen.set(n, occurrence + 1);
      const id = occurrence === 0 ? `fnref-${n}` : `fnref-${n}-${occurrence + 1}`;
      return `<sup class="call" id="${id}"><a href="${breakage.callTo?.[n] ?? `#fn-${n}`}">${n}</a></sup>`;
    })
    .replace(/<div class="fn"><p>(\d+)\. /g, (_m, digits: string) => {
      const n = Number(digits);
      return `<div class="fn"><p><a id="fn-${n}" href="${breakage.backTo?.[n] ?? `#fnref-${n}`}">${n}.</a> `;
    });
}

let session: BrowserSession;
let sample: Article;
let printed = 0;

async function linkMessages(breakage?: Breakage): Promise<string[]> {
  const bytes = await printHtml(session, linkedHtml(sample, breakage), `links-${++printed}`);
  const pages = await readPdfPages(bytes);
  return pdfLinkMismatches(readPdfNoteLinks(pages), readPdfEdition(pages)).map((mismatch) => mismatch.message);
}

beforeAll(async () => {
  sample = await loadArticle(join(import.meta.dirname, "..", "fixtures", "verify", "mko-sample.md"));
  session = await BrowserSession.launch();
});

afterAll(async () => {
  await session?.close();
});

describe("PDF note links", () => {
  it("reads every call and every note number as a link, and passes them when each lands on its note or call", async () => {
    const bytes = await printHtml(session, linkedHtml(sample), "links-good");
    const links = readPdfNoteLinks(await readPdfPages(bytes));
    expect(links.filter((link) => link.kind === "call").map((link) => [link.number, link.page, link.target])).toEqual(
      sample.notes.calls.map((call) => [call.number, expect.any(Number), { page: expect.any(Number), number: call.number }]),
    );
    expect(links.filter((link) => link.kind === "backlink").map((link) => [link.number, link.target?.number])).toEqual(sample.notes.notes.map((note) => [note.number, note.number]));
    expect(await linkMessages()).toEqual([]);
  });

  it("names calls whose links lead to another note or to no note, and misses a call left with no link", async () => {
    // A link to a missing id is dropped by Chromium: the call is left without a link. Where the
    // calls are links, a raised number outside every link is read as the author's superscript
    // (10⁶, m²), so the call is missing from the PDF, and the comparison says so.
    const breakage = { callTo: { 2: "#fn-99", 3: "#fn-4", 5: "#text-start" } };
    expect(await linkMessages(breakage)).toEqual(["note 3: PDF call on page 2 links to note 4 on page 2", "note 5: PDF call on page 2 links to no note on page 1"]);
    const pages = await readPdfPages(await printHtml(session, linkedHtml(sample, breakage), `links-${++printed}`));
    const outcome = compareEdition(sample.notes, readPdfEdition(pages)).outcomes.get(2);
    expect(outcome?.calls[0]?.missing).toBe(true);
  });

  it("names backlinks that lead nowhere or to another note's call", async () => {
    expect(await linkMessages({ backTo: { 1: "#fnref-77", 4: "#fnref-3" } })).toEqual([
      "note 1: PDF backlink leads nowhere (no note shows it as a link)",
      "note 4: PDF backlink on page 2 leads to a call of note 3 on page 2",
    ]);
  });
});
