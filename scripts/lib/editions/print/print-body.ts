/**
 * The print edition's body: the article without its notes block, each note placed at its
 * first call (print-notes.ts) or set after the text as endnotes (print-endnotes.ts), block elements marked with their token index so the layout
 * can report where pages start, and body text hyphenated with soft hyphens for the
 * article's language. Notes, headings and URLs are never hyphenated.
 */
import type { Article } from "../../document/article.ts";
import { renderTokens, splitNotes } from "../../engine/render.ts";
import { noCitationLink } from "./print-links.ts";
import { hyphenatorFor } from "./hyphenation.ts";
import { printNoteRenderer } from "./print-notes.ts";
import { renderWithEndnotes } from "./print-endnotes.ts";

/** The print body HTML of one article, ready for layouts/print-page.ts. */
export function renderPrintBody(article: Article): string {
  const { body, notes } = splitNotes(article);
  const hyphenate = hyphenatorFor(article.meta.lang);
  const options = { transformText: hyphenate, markBlocks: true, citationHref: noCitationLink, crossrefPages: true };
  return article.meta.notePlacement === "footnotes" ? renderTokens(article, body, printNoteRenderer(article, notes), options) : renderWithEndnotes(article, body, notes, options);
}
