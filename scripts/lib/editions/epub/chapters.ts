/**
 * How the e-book is cut into content documents: one XHTML file per level-2 heading (`##`),
 * the text before the first one (with the title block) being the first file. E-readers load
 * one file at a time, so a long article stays quick to open and page through.
 *
 * Also decides, from the footnote model, which file each call and each note lands in, so
 * links between them can cross files.
 */
import type { Article } from "../../document/article.ts";
import type { FootnoteModel } from "../../markdown/footnote-model.ts";
import type { Heading } from "../../markdown/heading-ids.ts";
import type { Token } from "../../markdown/markdown-types.ts";

export interface EpubChapter {
  index: number;
  fileName: string;
  /** The `##` heading's text; the article title for the first file. */
  title: string;
  /** Id of the `##` heading that opens the file (none for the first file). */
  headingId?: string;
  /** Range [start, end) of the article's body tokens rendered in this file. */
  start: number;
  end: number;
  /** Level-3 headings inside the file, for a nested table of contents. */
  subheadings: Heading[];
}

/** Splits the body tokens (notes block excluded) into chapter files. */
export function splitChapters(article: Article, body: readonly Token[]): EpubChapter[] {
  const opening = article.headings.filter((heading) => heading.level === 2 && body[heading.tokenIndex]?.level === 0);
  // The first file always exists: it carries the title block, even when the text opens with ##.
  const starts = [0, ...opening.map((heading) => heading.tokenIndex)];
  const width = Math.max(2, String(starts.length - 1).length);
  return starts.map((start, index) => {
    const end = starts[index + 1] ?? body.length;
    const heading = index === 0 ? undefined : opening[index - 1];
    return {
      index,
      fileName: `chapter-${String(index).padStart(width, "0")}.xhtml`,
      title: heading?.text || article.meta.title,
      headingId: heading?.id,
      start,
      end,
      subheadings: article.headings.filter((h) => h.level === 3 && h.tokenIndex >= start && h.tokenIndex < end),
    };
  });
}

/** The chapter holding a token; tokens past the body (inside notes) count as the last chapter. */
export function chapterOfToken(chapters: readonly EpubChapter[], tokenIndex: number): EpubChapter {
  const found = chapters.find((chapter) => tokenIndex >= chapter.start && tokenIndex < chapter.end);
  const fallback = tokenIndex < 0 ? chapters[0] : chapters[chapters.length - 1];
  const chapter = found ?? fallback;
  if (!chapter) throw new Error("an e-book needs at least one chapter");
  return chapter;
}

/** Which file holds each note and each call: a note lives in the file of its first call. */
export interface NotePlacement {
  noteFile(number: number): string;
  callFile(number: number, occurrence: number): string;
  /** Note numbers whose asides go into the given chapter, in order. */
  notesIn(chapter: EpubChapter): number[];
}

export function placeNotes(model: FootnoteModel, chapters: readonly EpubChapter[]): NotePlacement {
  const callFiles = new Map<string, string>();
  for (const call of model.calls) callFiles.set(`${call.number}:${call.occurrence}`, chapterOfToken(chapters, call.tokenIndex).fileName);
  const callFile = (number: number, occurrence: number): string => {
    const file = callFiles.get(`${number}:${occurrence}`);
    if (!file) throw new Error(`note ${number} has no call ${occurrence + 1} in the footnote model`);
    return file;
  };
  return {
    noteFile: (number) => callFile(number, 0),
    callFile,
    notesIn: (chapter) => model.notes.filter((note) => callFile(note.number, 0) === chapter.fileName).map((note) => note.number),
  };
}
