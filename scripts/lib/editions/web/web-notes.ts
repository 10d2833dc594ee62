/**
 * Notes for the web edition: calls are superscript links, notes are an endnotes section with
 * the model's numbers printed as text (the list marker is hidden, so no `<ol>` counter can
 * show a different number), each with links back to every call. The items carry no role:
 * DPUB-ARIA 1.1 deprecated `doc-endnote`, an item of the `doc-endnotes` section's list is one.
 */
import { noteIds, type NoteRenderer } from "../../markdown/note-renderer.ts";
import { printedNumber } from "../../markdown/footnote-types.ts";

const ordinal = (n: number): string => (n === 1 ? "first" : n === 2 ? "second" : n === 3 ? "third" : `${n}th`);

export const webNoteRenderer: NoteRenderer = {
  call: (note, occurrence) =>
    `<sup class="note-call"><a href="#${noteIds.note(note.number)}" id="${noteIds.call(note.number, occurrence)}" role="doc-noteref" aria-label="Note ${printedNumber(note)}">${printedNumber(note)}</a></sup>`,
  notesOpen: () =>
    `<section class="notes" role="doc-endnotes" aria-labelledby="notes-heading">\n<h2 id="notes-heading">Notes</h2>\n<ol class="notes-list">\n`,
  notesClose: () => `</ol>\n</section>\n`,
  noteOpen: (note) => `<li id="${noteIds.note(note.number)}" class="note">`,
  noteNumber: (note) => `<span class="note-number">${printedNumber(note)}.</span> `,
  noteClose: () => `</li>\n`,
  backlinks: (note) =>
    note.calls
      .map((call, i) => {
        const label = note.calls.length === 1 ? `Back to the call of note ${printedNumber(note)}` : `Back to the ${ordinal(i + 1)} call of note ${printedNumber(note)}`;
        return ` <a href="#${noteIds.call(note.number, call.occurrence)}" class="note-backlink" role="doc-backlink" aria-label="${label}">↩︎</a>`;
      })
      .join(""),
};
