/**
 * Notes as endnotes in print (`notePlacement: endnotes` or `book-endnotes`): calls stay in the
 * text, and the notes are set after it, under a "Notes" heading, at the end of each chapter of
 * a book (`endnotes`) or at the end of the work (`book-endnotes`, and `endnotes` in an
 * article, which is one chapter). Each note starts with its number, a link back to its first
 * call, as the footnotes do; the numbers are the model's, written as text.
 */
import { withUrlBreaks } from "./url-breaks.ts";
import type { Article } from "../../document/article.ts";
import { printedNumber, type Note } from "../../markdown/footnote-model.ts";
import type { Token } from "../../markdown/markdown-types.ts";
import { noteIds, type NoteRenderer } from "../../markdown/note-renderer.ts";
import { renderTokens, type RenderOptions } from "../../engine/render.ts";
import { noteCall } from "./print-notes.ts";
import { noCitationLink } from "./print-links.ts";
import { escapeHtml } from "../../markdown/html.ts";
import { isBibliographyHeading } from "../../citations/bibliography-section.ts";
import { workNotesHeadingId } from "../notes-of-work.ts";
import { editionWords } from "../../language/edition-words.ts";

/** A stretch of the body followed by the notes read in it. */
interface NoteGroup {
  start: number;
  end: number;
  notes: number[];
}

export function endnoteRenderer(): NoteRenderer {
  return {
    call: (note: Note, occurrence: number) => noteCall(note, occurrence),
    notesOpen: () => "",
    notesClose: () => "",
    noteOpen: (note) => `<div class="endnote" data-endnote="${note.number}">`,
    noteNumber: (note) => `<a class="note-number" id="${noteIds.note(note.number)}" href="#${noteIds.call(note.number, 0)}">${printedNumber(note)}.</a> `,
    noteClose: () => "</div>\n",
    backlinks: () => "",
  };
}

/** The body with its endnotes, for the print page. `options` are the body's (hyphenation, block marks). */
export function renderWithEndnotes(article: Article, body: Token[], notes: Map<number, Token[]>, options: RenderOptions): string {
  const renderer = endnoteRenderer();
  const perChapter = article.book && article.meta.notePlacement === "endnotes";
  // The bibliography closes the text, but in print it follows the notes, on a page of its own, as back matter does.
  const bibliographyAt = body.findIndex(isBibliographyHeading);
  const textEnd = bibliographyAt === -1 ? body.length : bibliographyAt;
  const groups: NoteGroup[] = (
    perChapter
      ? (article.book?.chapters ?? []).map((chapter) => ({ start: chapter.start, end: chapter.end, notes: chapter.noteNumbers }))
      : [{ start: 0, end: body.length, notes: article.notes.notes.map((note) => note.number) }]
  ).map((group) => ({ ...group, end: Math.min(group.end, Math.max(group.start, textEnd)) }));
  const bibliography =
    bibliographyAt === -1 ? "" : `<section class="bibliography-after-notes">\n${renderTokens(article, body.slice(bibliographyAt), renderer, { ...options, tokenOffset: bibliographyAt })}</section>\n`;
  // Notes for the whole book open a page of their own, like a chapter, with "Notes" as their running head.
  const notesWord = escapeHtml(editionWords(article.meta.lang).notes);
  const heading = perChapter
    ? `<h3 class="endnotes-heading">${notesWord}</h3>`
    : article.book
      ? `<h2 class="chapter-title endnotes-heading" id="${workNotesHeadingId}">${notesWord}</h2>`
      : `<h2 class="endnotes-heading" id="${workNotesHeadingId}">${notesWord}</h2>`;
  return groups
    .map((group) => {
      const text = renderTokens(article, body.slice(group.start, group.end), renderer, { ...options, tokenOffset: group.start });
      if (!group.notes.length) return text;
      const note = (number: number): string => renderTokens(article, notes.get(number) ?? [], renderer, { citationHref: noCitationLink, crossrefPages: options.crossrefPages, transformText: options.transformText, transformAllText: withUrlBreaks }, true);
      // A book numbered per chapter groups the notes gathered at its end under their chapters' titles, as 1 comes back in each.
      const chapters = !perChapter && article.book && article.meta.notes === "per-chapter" ? article.book.chapters.filter((chapter) => chapter.noteNumbers.length) : [];
      const items = chapters.length
        ? chapters.map((chapter) => `<h3 class="endnotes-chapter">${escapeHtml(chapter.title)}</h3>\n${chapter.noteNumbers.map(note).join("")}`).join("")
        : group.notes.map(note).join("");
      return `${text}<section class="endnotes" role="doc-endnotes" aria-label="${notesWord}">\n${heading}\n${items}</section>\n`;
    })
    .join("") + bibliography;
}
