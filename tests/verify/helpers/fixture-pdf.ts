/**
 * Test fixtures only: a print-like PDF of an article, laid out by hand (a fixed number of
 * blocks per A5 page, each page's notes at its foot) and printed by Chromium, with a running
 * head and a page number that contain digits, raised smaller calls, and notes starting with
 * their number in the note size, as the print edition sets them. A plan can break it on
 * purpose: renumber notes per page, or push a note to the page after its call.
 */
import type { BrowserSession } from "../../../scripts/lib/browser/browser-session.ts";
import type { Article } from "../../../scripts/lib/document/article.ts";
import { fontFaceCss, fontFiles, fontStack } from "../../../scripts/lib/fonts/font-faces.ts";
import { escapeHtml } from "../../../scripts/lib/markdown/html.ts";
import type { NoteRenderer } from "../../../scripts/lib/markdown/note-renderer.ts";
import { renderTokens, splitNotes } from "../../../scripts/lib/engine/render.ts";
import { articleBlocks, groupBlocks } from "./article-blocks.ts";

export interface PrintPlan {
  blocksPerPage?: number;
  /** The number printed for a note (call and note) on a page; default its own number. */
  shownNumber?: (note: number, onPage: { page: number; localIndex: number }) => number;
  /** Notes set on the page after the page of their first call. */
  pushToNextPage?: number[];
  /**
   * Notes whose first call a page break separates from its word: the call stands alone at the
   * top of the next page, and the note is set there (seen with Paged.js on full pages).
   */
  strandCallOnNextPage?: number[];
  /** Indent the first line of each note paragraph, as print.css does (default true). */
  indentNotes?: boolean;
}

const css = (indent: boolean): string => `${fontFaceCss("/fonts")}
@page { size: 148mm 210mm; margin: 0 }
body { margin: 0; font-family: ${fontStack()}; font-size: 10pt; line-height: 13.6pt }
.page { height: 210mm; width: 148mm; position: relative; box-sizing: border-box; padding: 19mm 15mm 0 18mm; break-after: page; overflow: hidden }
.head { position: absolute; top: 9mm; left: 18mm; right: 15mm; font-size: 8pt; font-style: italic; text-align: center }
.folio { position: absolute; bottom: 9mm; left: 0; right: 0; text-align: center; font-size: 8pt }
.notes { position: absolute; bottom: 21mm; left: 18mm; right: 15mm; font-size: 8pt; line-height: 10.4pt; padding-top: 2mm }
.notes p, .notes blockquote, .notes table { margin: 0; ${indent ? "text-indent: 1em;" : ""} }
.fn { margin-bottom: 0.15em }
sup.call { font-size: 0.68em; line-height: 0; vertical-align: 0.5em }
p { margin: 0 0 2mm; text-align: justify }
blockquote { margin: 0 0 2mm 6mm }
table { border-collapse: collapse; margin-bottom: 2mm } td, th { padding: 0 2mm; text-align: left }
`;

export function fixturePrintHtml(article: Article, plan: PrintPlan = {}): string {
  const { notes: noteTokens } = splitNotes(article);
  const pages = groupBlocks(articleBlocks(article), plan.blocksPerPage ?? 2);
  const stranded = new Set(plan.strandCallOnNextPage ?? []);
  const pushed = new Set([...(plan.pushToNextPage ?? []), ...stranded]);
  const notesOnPage = pages.map((blocks, index) => {
    const own = blocks.flatMap((block) => block.firstCalls).filter((n) => !pushed.has(n));
    const fromBefore = (pages[index - 1] ?? []).flatMap((block) => block.firstCalls).filter((n) => pushed.has(n));
    return [...own, ...fromBefore].sort((a, b) => a - b);
  });

  const body = pages.map((blocks, index) => {
    const page = index + 1;
    const local = new Map<number, number>();
    const shown = (n: number): number => {
      if (!local.has(n)) local.set(n, local.size + 1);
      return plan.shownNumber ? plan.shownNumber(n, { page, localIndex: local.get(n) ?? 0 }) : n;
    };
    const renderer: NoteRenderer = {
      call: (note, occurrence) => (occurrence === 0 && stranded.has(note.number) ? "" : `<sup class="call">${shown(note.number)}</sup>`),
      notesOpen: () => "",
      notesClose: () => "",
      noteOpen: () => `<div class="fn">`,
      noteNumber: (note) => `${shown(note.number)}. `,
      noteClose: () => "</div>",
      backlinks: () => "",
    };
    const strandedHere = (pages[index - 1] ?? []).flatMap((block) => block.firstCalls).filter((n) => stranded.has(n));
    const text = strandedHere.map((n) => `<p><sup class="call">${shown(n)}</sup></p>`).join("") + blocks.map((block) => renderTokens(article, block.tokens, renderer)).join("");
    const notes = (notesOnPage[index] ?? []).map((n) => renderTokens(article, noteTokens.get(n) ?? [], renderer, {}, true)).join("");
    return `<div class="page"><div class="head">${escapeHtml(article.meta.title)} — 2011</div>${text}<div class="notes">${notes}</div><div class="folio">${page}</div></div>`;
  });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(article.meta.title)}</title><style>${css(plan.indentNotes ?? true)}</style></head><body>${body.join("\n")}</body></html>`;
}

/** Prints any HTML page to PDF in the session's Chromium, with the project's fonts served. */
export async function printHtml(session: BrowserSession, html: string, name = "fixture"): Promise<Uint8Array> {
  for (const face of fontFiles()) session.site.addFile(`/fonts/${face.fileName}`, face.path);
  session.site.add(`/${name}.html`, html);
  const opened = await session.newPage();
  try {
    await opened.page.goto(session.site.url(`/${name}.html`), { waitUntil: "load" });
    await opened.page.evaluate(() => document.fonts.ready);
    return await opened.page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await opened.close();
  }
}

let printed = 0;

export function printFixturePdf(session: BrowserSession, article: Article, plan: PrintPlan = {}): Promise<Uint8Array> {
  printed++;
  return printHtml(session, fixturePrintHtml(article, plan), `${article.slug}-${printed}`);
}
