/**
 * Notes for the print edition: each note is placed at its first call as an inline
 * `<span class="footnote">`, which print.css floats to the foot of the page (`float: footnote`).
 *
 * The number a reader sees is the model's number written as text, both in the call (a real
 * `<sup>`) and at the start of the note; Paged.js's own generated call and marker are styled
 * to print nothing. Later calls of the same note print only the number. A note whose first
 * call sits inside another note follows that note, since a float cannot nest in a float.
 */
import type { Article } from "../../document/article.ts";
import { RenderError } from "../../errors.ts";
import { printedNumber, type Note } from "../../markdown/footnote-model.ts";
import type { Token } from "../../markdown/markdown-types.ts";
import { noteIds, type NoteRenderer } from "../../markdown/note-renderer.ts";
import { renderTokens } from "../../engine/render.ts";
import { withUrlBreaks } from "./url-breaks.ts";
import { hyphenatorFor } from "./hyphenation.ts";
import { noCitationLink } from "./print-links.ts";
import { inlineNoteBlocks } from "./note-inline-blocks.ts";

/** Printed before the part of a note carried over to the next page (print.css reads the attribute). */
const continuedLabels: Record<string, string> = {
  en: "(continued)",
  de: "(Fortsetzung)",
  fr: "(suite)",
  es: "(continuación)",
  it: "(continua)",
  nl: "(vervolg)",
  pt: "(continuação)",
  fa: "(ادامه)",
  ar: "(تابع)",
};

export function continuedLabel(lang: string): string {
  return continuedLabels[lang.toLowerCase().split("-")[0] ?? ""] ?? continuedLabels.en ?? "";
}

/** The visible call: the note's number in a superscript, linked to the note. */
export function noteCall(note: Note, occurrence: number): string {
  return `<sup class="note-call" id="${noteIds.call(note.number, occurrence)}" data-note-call="${note.number}"><a href="#${noteIds.note(note.number)}">${printedNumber(note)}</a></sup>`;
}

/**
 * A NoteRenderer for one article's print body. `noteTokens` are the notes from splitNotes();
 * each note body is rendered once, when its first call is rendered.
 */
export function printNoteRenderer(article: Article, noteTokens: Map<number, Token[]>): NoteRenderer {
  const placed = new Set<number>();
  /** Notes first called from inside the note being rendered, placed right after it. */
  let waiting: Note[] = [];
  let depth = 0;
  // Notes are set narrow and small: without breaks in words, a long word leaves a gap or runs out of its line.
  const hyphenate = hyphenatorFor(article.meta.lang);
  const label = continuedLabel(article.meta.lang);

  const noteBody = (note: Note): string => {
    const tokens = noteTokens.get(note.number);
    if (!tokens) {
      throw new RenderError(`note ${note.number} has no text to print`, { code: "print-note-missing", location: { file: article.sourcePath, line: note.line } });
    }
    placed.add(note.number);
    depth++;
    try {
      return inlineNoteBlocks(renderTokens(article, tokens, renderer, { citationHref: noCitationLink, crossrefPages: true, transformText: hyphenate, transformAllText: withUrlBreaks }, true)).trim();
    } finally {
      depth--;
    }
  };

  /** The note and, after it, every note first called inside it (recursively). */
  const placeNote = (note: Note): string => {
    let html = noteBody(note);
    while (waiting.length) {
      const next = waiting;
      waiting = [];
      html += next.map(noteBody).join("");
    }
    return html;
  };

  const renderer: NoteRenderer = {
    call(note, occurrence) {
      const call = noteCall(note, occurrence);
      if (occurrence > 0 || placed.has(note.number)) return call;
      if (depth > 0) {
        if (!waiting.includes(note)) waiting.push(note);
        return call;
      }
      return call + placeNote(note);
    },
    notesOpen: () => "",
    notesClose: () => "",
    noteOpen: (note) =>
      `<span class="footnote" role="doc-footnote" data-note-number="${note.number}" data-continued="${label}">`,
    noteNumber: (note) => `<a class="note-number" id="${noteIds.note(note.number)}" href="#${noteIds.call(note.number, 0)}">${printedNumber(note)}.</a> `,
    noteClose: () => "</span>",
    backlinks: () => "",
  };
  return renderer;
}
