/**
 * `notePlacement: book-endnotes` in the e-book: every note goes into one last file, "Notes",
 * after the text, instead of the file of its first call. The calls stay where they are and
 * link across files; each note still links back to its calls.
 */
import type { Note } from "../../markdown/footnote-model.ts";
import type { EpubChapter } from "./chapters.ts";
import type { NotePlacement } from "./note-placement.ts";

/** The file that holds the notes, after the text's last chapter. */
export function endnotesChapter(chapters: readonly EpubChapter[], title: string, bodyLength: number): EpubChapter {
  const index = chapters.length;
  const width = Math.max(2, String(index).length);
  return { index, fileName: `chapter-${String(index).padStart(width, "0")}.xhtml`, title, start: bodyLength, end: bodyLength, subheadings: [] };
}

/** The same placement of the text's calls, with every note, and so every call written inside a note, in `notesFile`. */
export function allNotesIn(placement: NotePlacement, notesFile: EpubChapter, notes: readonly Note[]): NotePlacement {
  const numbers = notes.map((note) => note.number);
  const inNotes = new Set(notes.flatMap((note) => note.calls.filter((call) => call.withinNote !== undefined).map((call) => `${note.number}:${call.occurrence}`)));
  return {
    ...placement,
    noteFile: () => notesFile.fileName,
    callFile: (number, occurrence) => (inNotes.has(`${number}:${occurrence}`) ? notesFile.fileName : placement.callFile(number, occurrence)),
    notesIn: (chapter) => (chapter.fileName === notesFile.fileName ? [...numbers] : []),
  };
}
