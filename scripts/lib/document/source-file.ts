/**
 * The file a problem found after parsing stands in: an article's own file, or, in a book, the
 * chapter file holding the note or the block, so that its line number is read in the right file.
 */
import type { Article } from "./article.ts";

export function fileOfNote(article: Article, number: number): string {
  return article.book?.chapters.find((chapter) => chapter.noteNumbers.includes(number))?.file ?? article.sourcePath;
}

/** `tokenIndex` is an index into the article's body tokens. */
export function fileOfToken(article: Article, tokenIndex: number): string {
  return article.book?.chapters.find((chapter) => tokenIndex >= chapter.start && tokenIndex < chapter.end)?.file ?? article.sourcePath;
}
