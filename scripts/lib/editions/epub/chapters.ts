/**
 * How the e-book is cut into content documents: one XHTML file per level-2 heading (`##`),
 * the text before the first one (with the title block) being the first file. E-readers load
 * one file at a time, so a long article stays quick to open and page through.
 *
 * Which file each call and each note lands in is decided by note-placement.ts.
 */
import type { Article } from "../../document/article.ts";
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
