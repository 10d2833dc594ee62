/**
 * The print edition's body: the article without its notes block, each note placed at its
 * first call (print-notes.ts) or set after the text as endnotes (print-endnotes.ts), block elements marked with their token index so the layout
 * can report where pages start, and body text hyphenated with soft hyphens for the
 * article's language. Headings and URLs are never hyphenated; long addresses get places
 * where a line may end (url-breaks.ts), in notes too.
 */
import type { Article } from "../../document/article.ts";
import { renderHeaderCalls, renderTokens, splitNotes } from "../../engine/render.ts";
import type { PrintBody } from "../article-view.ts";
import { noCitationLink } from "./print-links.ts";
import { hyphenatorFor } from "./hyphenation.ts";
import { withUrlBreaks } from "./url-breaks.ts";
import { printNoteRenderer } from "./print-notes.ts";
import { endnoteRenderer, renderWithEndnotes } from "./print-endnotes.ts";

/**
 * The print body HTML of one article, ready for layouts/print-page.ts, and the calls on its
 * title block. Those are the first calls a reader meets: rendered first, with the renderer of
 * the body, so each note goes with its first call (to the foot of page 1) and only once.
 */
export function renderPrintBody(article: Article): PrintBody {
  const { body, notes } = splitNotes(article);
  const hyphenate = hyphenatorFor(article.meta.lang);
  const options = { transformText: hyphenate, transformAllText: withUrlBreaks, markBlocks: true, citationHref: noCitationLink, crossrefPages: true };
  const endnotes = article.meta.notePlacement !== "footnotes";
  const renderer = endnotes ? endnoteRenderer() : printNoteRenderer(article, notes);
  const headerCalls = renderHeaderCalls(article, renderer, options);
  const html = endnotes ? renderWithEndnotes(article, body, notes, options) : renderTokens(article, body, renderer, options);
  return { html, ...(headerCalls ? { headerCalls } : {}) };
}
