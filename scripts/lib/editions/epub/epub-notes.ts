/**
 * Notes for the e-book: pop-up footnotes as EPUB 3 readers expect them. A call is a link
 * marked `noteref` whose text is the model's number, named "Note 7" for screen readers; a
 * note is an `aside` marked `footnote` whose first paragraph starts with that number, linking back to the first call, and which
 * ends with links back to every further call. Links name the target file, because calls in
 * later chapters point at a note kept in the file of its first call. Backlinks go only to
 * calls the book prints (the placement knows which), so none can lead nowhere.
 */
import { escapeHtml } from "../../markdown/html.ts";
import { printedNumber } from "../../markdown/footnote-model.ts";
import { noteIds, type NoteRenderer } from "../../markdown/note-renderer.ts";
import type { NotePlacement } from "./note-placement.ts";
import type { EpubLabels } from "./epub-labels.ts";

/** The e-book's NoteRenderer for one book, given where its calls and notes are placed. */
export function epubNoteRenderer(placement: NotePlacement, labels: EpubLabels): NoteRenderer {
  const callHref = (number: number, occurrence: number): string =>
    `${placement.callFile(number, occurrence)}#${noteIds.call(number, occurrence)}`;
  return {
    // No <sup>: the stylesheet raises the call, so readers that restyle text keep it readable.
    call: (note, occurrence) =>
      `<a epub:type="noteref" role="doc-noteref" href="${placement.noteFile(note.number)}#${noteIds.note(note.number)}" id="${noteIds.call(note.number, occurrence)}" class="note-call" aria-label="${escapeHtml(labels.call(printedNumber(note)))}">${printedNumber(note)}</a>`,
    // The e-book places each note in its chapter file itself; there is no notes block.
    notesOpen: () => "",
    notesClose: () => "",
    noteOpen: (note) => `<aside epub:type="footnote" role="doc-footnote" id="${noteIds.note(note.number)}" class="note">`,
    noteNumber: (note) => {
      // Normally the first call; a first call left unprinted (inside a definition no one calls) gives way to the next.
      const first = placement.printedCalls(note.number)[0];
      if (first === undefined) return `<span class="note-number">${printedNumber(note)}</span> `;
      return `<a href="${callHref(note.number, first)}" role="doc-backlink" class="note-number" aria-label="${escapeHtml(labels.backToFirstCall(printedNumber(note)))}">${printedNumber(note)}</a> `;
    },
    noteClose: () => `</aside>\n`,
    // ↑, not the web edition's ↩: an e-book embeds every face its text needs, and ↩ is only in
    // the math face, a whole font added to the book for one arrow; ↑ is in the text face.
    backlinks: (note) =>
      placement
        .printedCalls(note.number)
        .slice(1)
        .map(
          (occurrence) =>
            ` <a href="${callHref(note.number, occurrence)}" role="doc-backlink" class="note-backlink" aria-label="${escapeHtml(labels.backToCall(printedNumber(note), occurrence))}">↑</a>`,
        )
        .join(""),
  };
}
