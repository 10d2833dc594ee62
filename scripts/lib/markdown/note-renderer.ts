/**
 * The seam between the footnote model and each edition. The shared markdown-it instance
 * never prints a footnote number by itself: it asks the edition's NoteRenderer, passing the
 * number the model decided. Each edition (web, print, EPUB) supplies its own renderer.
 */
import type { Note } from "./footnote-model.ts";

export interface NoteRenderer {
  /** A call in the text. `occurrence` is 0 for the first call of the note, 1 for the second... */
  call(note: Note, occurrence: number): string;
  /** Opening of the block holding all notes (web endnotes); may be empty. */
  notesOpen(): string;
  notesClose(): string;
  /** Opening of one note, before its body. */
  noteOpen(note: Note): string;
  /** The note's visible number, printed at the start of its first paragraph. */
  noteNumber(note: Note): string;
  noteClose(note: Note): string;
  /** Link(s) back to the calls, placed at the end of the note's last paragraph. */
  backlinks(note: Note): string;
}

/** Ids shared by every edition so links and the verifier agree. */
export const noteIds = {
  note: (n: number): string => `fn-${n}`,
  call: (n: number, occurrence: number): string => (occurrence === 0 ? `fnref-${n}` : `fnref-${n}-${occurrence + 1}`),
};
