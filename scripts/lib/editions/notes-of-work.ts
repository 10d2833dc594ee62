/**
 * The notes gathered at the end of the work (`notePlacement: book-endnotes`, or `endnotes` in an
 * article): whether print sets them so, the id of their heading, and their entry in a printed
 * contents. Decided here once, for the print page and for the read-back that checks it.
 */
import type { Article } from "../document/article.ts";
import type { ContentsEntry } from "../crossref/contents.ts";
import { isBibliographyHeading } from "../citations/bibliography-section.ts";
import { editionWords } from "../language/edition-words.ts";

/** The id of the heading over the notes gathered at the end of the work: reserved, so no author's heading takes it. */
export const workNotesHeadingId = "notes-heading";

/** Whether print gathers every note at the end of the work, under one heading a contents lists. */
export function notesAtEndOfWork(article: Article): boolean {
  const placement = article.meta.notePlacement;
  return article.notes.notes.length > 0 && (placement === "book-endnotes" || (placement === "endnotes" && !article.book));
}

/**
 * A contents as print sets it: with the notes gathered at the end of the work where they stand,
 * after the text and before the bibliography, which print sets after them.
 */
export function withNotesOfWork(entries: ContentsEntry[], article: Article): ContentsEntry[] {
  if (!notesAtEndOfWork(article)) return entries;
  const notes: ContentsEntry = { section: { id: workNotesHeadingId, level: 1, number: "", text: editionWords(article.meta.lang).notes }, depth: 1, children: [] };
  const bibliographyId = article.tokens.find(isBibliographyHeading)?.attrGet("id");
  const last = entries.at(-1);
  return last && bibliographyId && last.section.id === bibliographyId ? [...entries.slice(0, -1), notes, last] : [...entries, notes];
}
