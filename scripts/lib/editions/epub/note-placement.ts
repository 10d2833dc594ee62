/**
 * Which content document holds each note and each call of the e-book: a note's aside goes in
 * the file where its first call is printed, and every link (call → note, note → call) names
 * the file its target is actually printed in.
 *
 * The files are found by rendering, not from token positions: the text of each chapter and
 * then each note is rendered once with a renderer that only records where every call is
 * printed. Token indexes are no guide here: note definitions written between chapters (or
 * anywhere) are taken out of the token stream after calls are recorded, so a call's index
 * no longer falls in the chapter range it was read in; and a call written inside a note is
 * printed wherever that note's aside goes, which only this placement decides.
 */
import type { Article } from "../../document/article.ts";
import type { NoteRenderer } from "../../markdown/note-renderer.ts";
import { renderHeaderCalls, renderTokens } from "../../engine/render.ts";
import type { Token } from "../../markdown/markdown-types.ts";
import type { EpubChapter } from "./chapters.ts";

export interface NotePlacement {
  /** The file holding the note's aside. */
  noteFile(number: number): string;
  /** The file a call is printed in; throws for a call printed nowhere. */
  callFile(number: number, occurrence: number): string;
  /** Occurrences of the note's calls that the book prints, in occurrence order. */
  printedCalls(number: number): number[];
  /** Note numbers whose asides go into the given chapter, in order. */
  notesIn(chapter: EpubChapter): number[];
}

/** Places every note of the article; `notes` holds each note's tokens by number (see splitNotes). */
export function placeNotes(article: Article, chapters: readonly EpubChapter[], body: readonly Token[], notes: ReadonlyMap<number, Token[]>): NotePlacement {
  const lastChapter = chapters[chapters.length - 1];
  if (!lastChapter) throw new Error("an e-book needs at least one chapter");
  /** number → occurrence → file; the first file a call is printed in wins. */
  const calls = new Map<number, Map<number, string>>();
  const recordIn = (file: string): NoteRenderer => ({
    call: (note, occurrence) => {
      const known = calls.get(note.number) ?? new Map<number, string>();
      if (!known.has(occurrence)) known.set(occurrence, file);
      calls.set(note.number, known);
      return "";
    },
    notesOpen: () => "",
    notesClose: () => "",
    noteOpen: () => "",
    noteNumber: () => "",
    noteClose: () => "",
    backlinks: () => "",
  });
  // The title block's calls are printed first, in the first file (chapter-document.ts).
  const firstFile = chapters[0]?.fileName ?? lastChapter.fileName;
  renderHeaderCalls(article, recordIn(firstFile), { xhtml: true });
  for (const chapter of chapters) renderTokens(article, body.slice(chapter.start, chapter.end), recordIn(chapter.fileName), { xhtml: true });

  const homes = new Map<number, string>();
  const place = (number: number, file: string): void => {
    homes.set(number, file);
    renderTokens(article, notes.get(number) ?? [], recordIn(file), { xhtml: true }, true);
  };
  const numbers = article.notes.notes.map((note) => note.number);
  // A note called first inside another note is placed once that note is: rounds until nothing moves.
  // Only then may a note whose first call is printed nowhere (its first call sits in a definition
  // no one calls) go with its earliest printed call, and a note with no printed call at all at the end.
  for (;;) {
    const ready = numbers.filter((number) => !homes.has(number) && calls.get(number)?.has(0));
    for (const number of ready) place(number, calls.get(number)?.get(0) ?? lastChapter.fileName);
    if (ready.length) continue;
    const stray = numbers.find((number) => !homes.has(number) && (calls.get(number)?.size ?? 0) > 0);
    if (stray === undefined) break;
    place(stray, firstPrinted(calls.get(stray))?.file ?? lastChapter.fileName);
  }
  for (const number of numbers) if (!homes.has(number)) place(number, lastChapter.fileName);

  return {
    noteFile: (number) => homes.get(number) ?? lastChapter.fileName,
    callFile: (number, occurrence) => {
      const file = calls.get(number)?.get(occurrence);
      if (!file) throw new Error(`note ${number}: call ${occurrence + 1} is printed nowhere in the e-book`);
      return file;
    },
    printedCalls: (number) => [...(calls.get(number)?.keys() ?? [])].sort((a, b) => a - b),
    notesIn: (chapter) => numbers.filter((number) => homes.get(number) === chapter.fileName),
  };
}

function firstPrinted(calls: ReadonlyMap<number, string> | undefined): { occurrence: number; file: string } | undefined {
  const occurrence = Math.min(...(calls?.keys() ?? []));
  const file = calls?.get(occurrence);
  return file === undefined ? undefined : { occurrence, file };
}
