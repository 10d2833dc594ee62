/**
 * Notes for the web edition: calls are superscript links, notes are an endnotes section with
 * the model's numbers printed as text (the list marker is hidden, so no `<ol>` counter can
 * show a different number), each with links back to every call. The items carry no role:
 * DPUB-ARIA 1.1 deprecated `doc-endnote`, an item of the `doc-endnotes` section's list is one.
 */
import { noteIds, type NoteRenderer } from "../../markdown/note-renderer.ts";
import { printedNumber } from "../../markdown/footnote-types.ts";
import { escapeHtml } from "../../markdown/html.ts";
import { editionWords } from "../../language/edition-words.ts";

/** The web edition's notes, their headings and accessible names in the document's language (edition-words.ts). */
export function webNoteRendererFor(lang: string): NoteRenderer {
  const known = renderers.get(lang);
  if (known) return known;
  const words = editionWords(lang);
  const renderer: NoteRenderer = {
    call: (note, occurrence) =>
      `<sup class="note-call"><a href="#${noteIds.note(note.number)}" id="${noteIds.call(note.number, occurrence)}" role="doc-noteref" aria-label="${escapeHtml(words.call(printedNumber(note)))}">${printedNumber(note)}</a></sup>`,
    notesOpen: () => `<section class="notes" role="doc-endnotes" aria-labelledby="notes-heading">\n<h2 id="notes-heading">${escapeHtml(words.notes)}</h2>\n<ol class="notes-list">\n`,
    notesClose: () => `</ol>\n</section>\n`,
    noteOpen: (note) => `<li id="${noteIds.note(note.number)}" class="note">`,
    noteNumber: (note) => `<span class="note-number">${printedNumber(note)}.</span> `,
    noteClose: () => `</li>\n`,
    backlinks: (note) =>
      note.calls
        .map((call, i) => {
          const number = printedNumber(note);
          const label = note.calls.length === 1 ? words.backFromNote(number) : words.backToCall(number, i);
          return ` <a href="#${noteIds.call(note.number, call.occurrence)}" class="note-backlink" role="doc-backlink" aria-label="${escapeHtml(label)}">↩︎</a>`;
        })
        .join(""),
  };
  renderers.set(lang, renderer);
  return renderer;
}

const renderers = new Map<string, NoteRenderer>();

/** The English notes, for a renderer called without a document. */
export const webNoteRenderer: NoteRenderer = webNoteRendererFor("en");
