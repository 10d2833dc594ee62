/**
 * The web edition's body with sidenotes (front matter `webNotes: sidenotes`): each note is an
 * `<aside role="doc-footnote">` placed right after the top-level block (paragraph, list, table,
 * quotation) that holds its first call. A note cannot stand inside a paragraph (its own
 * paragraphs would split it), and after the block a screen reader meets it just when the
 * sentence that called it is finished. web.css floats the asides into the margin on wide
 * screens and leaves them under their block on narrow ones; no script is needed to read them.
 *
 * Calls, numbers and backlinks are those of the endnotes (web-notes.ts): the same ids, the
 * model's numbers as text. A note first called inside another note follows that note.
 */
import type { Article } from "../../document/article.ts";
import { RenderError } from "../../errors.ts";
import type { Note } from "../../markdown/footnote-model.ts";
import { printedNumber } from "../../markdown/footnote-types.ts";
import type { Token } from "../../markdown/markdown-types.ts";
import { noteIds, type NoteRenderer } from "../../markdown/note-renderer.ts";
import { renderHeaderCalls, renderTokens, splitNotes, type RenderOptions } from "../../engine/render.ts";
import { webNoteRendererFor } from "./web-notes.ts";
import { webRenderOptions } from "./web-render-options.ts";
import { editionWords } from "../../language/edition-words.ts";
import { escapeHtml } from "../../markdown/html.ts";

export function renderSidenoteArticle(article: Article): string {
  const { body, notes } = splitNotes(article);
  return renderSidenotes(article, body, notes, webRenderOptions(article.meta.lang), true);
}

/**
 * `body` (the article's, or one chapter's slice of a book's) with each note it calls first
 * after the block that calls it; `noteTokens` are the article's notes by number (splitNotes).
 * `options` are the edition's (a book's chapter page links a
 * cross-reference to the page of its target's chapter).
 */
export function renderSidenotes(article: Article, body: Token[], noteTokens: ReadonlyMap<number, Token[]>, options: RenderOptions = {}, withHeader = false): string {
  /** Notes whose first call was rendered and whose text waits for the end of the block. */
  let pending: Note[] = [];
  const placed = new Set<number>();

  const webNoteRenderer = webNoteRendererFor(article.meta.lang);
  const words = editionWords(article.meta.lang);
  const renderer: NoteRenderer = {
    call(note, occurrence) {
      if (!placed.has(note.number) && !pending.includes(note)) pending.push(note);
      return webNoteRenderer.call(note, occurrence);
    },
    notesOpen: () => "",
    notesClose: () => "",
    noteOpen: (note) =>
      `<aside id="${noteIds.note(note.number)}" class="note sidenote${staysInText(noteTokens.get(note.number) ?? []) ? " sidenote-in-text" : ""}" role="doc-footnote" aria-label="${escapeHtml(words.call(printedNumber(note)))}">`,
    noteNumber: webNoteRenderer.noteNumber,
    noteClose: () => `</aside>\n`,
    backlinks: webNoteRenderer.backlinks,
  };

  const noteHtml = (note: Note): string => {
    const tokens = noteTokens.get(note.number);
    if (!tokens) {
      throw new RenderError(`note ${note.number} has no text to show`, { code: "web-note-missing", location: { file: article.sourcePath, line: note.line } });
    }
    placed.add(note.number);
    return renderTokens(article, tokens, renderer, options, true);
  };

  /** Every note waiting, and after each the notes first called inside it, in the order met. */
  const placePending = (): string => {
    let html = "";
    while (pending.length) {
      const [next, ...rest] = pending as [Note, ...Note[]];
      pending = [];
      html += noteHtml(next);
      // Notes first called inside this one come right after it, as in print.
      pending = [...pending, ...rest];
    }
    return html;
  };

  // The title block's calls come first (the page prints them, web-edition.ts): their notes go
  // after the first block, the emptied paragraph that stood for them (document/header-calls.ts).
  if (withHeader) renderHeaderCalls(article, renderer, options);
  return topLevelBlocks(body)
    .map((block) => renderTokens(article, block, renderer, options) + placePending())
    .join("");
}

/**
 * Words beyond which a note is set in the text column on wide screens too. The margin is a
 * quarter of the text's width: a note of this length is some twenty lines there, and every
 * note after it on the page would wait below it, far from its call (a 600-word note put the
 * next note 2,300 px below its call). Under its paragraph, as on a phone, it holds nothing up.
 */
export const marginWordLimit = 120;

/** A note too long for the margin, or holding a table or code, which a margin's width cannot show. */
export function staysInText(tokens: readonly Token[]): boolean {
  if (tokens.some((token) => token.type === "table_open" || token.type === "fence" || token.type === "code_block")) return true;
  let words = 0;
  for (const token of tokens) if (token.type === "inline") words += token.content.split(/\s+/u).filter(Boolean).length;
  return words > marginWordLimit;
}

/** The body cut into its top-level blocks: each slice opens and closes at nesting level 0. */
export function topLevelBlocks(tokens: Token[]): Token[][] {
  const blocks: Token[][] = [];
  let start = 0;
  let depth = 0;
  tokens.forEach((token, i) => {
    depth += token.nesting;
    if (depth === 0) {
      blocks.push(tokens.slice(start, i + 1));
      start = i + 1;
    }
  });
  if (start < tokens.length) blocks.push(tokens.slice(start));
  return blocks;
}
