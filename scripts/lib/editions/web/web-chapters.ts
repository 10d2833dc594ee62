/**
 * A book's web edition: a contents page (the book's index.html) and one page per chapter, each
 * with the notes read in that chapter listed at its end, so every call and note stays on one
 * page. The contents (a plain list of the chapters, linked) is made here, on its own, so that a
 * contents page with more in it (sections, page numbers) can replace it in one place.
 */
import type { Article } from "../../document/article.ts";
import type { BookChapter } from "../../document/merge-chapters.ts";
import { escapeHtml } from "../../markdown/html.ts";
import { renderTokens, splitNotes } from "../../engine/render.ts";
import { webNoteRendererFor } from "./web-notes.ts";
import { editionWords } from "../../language/edition-words.ts";
import { renderSidenotes } from "./sidenotes.ts";
import { webRenderOptions } from "./web-render-options.ts";
import type { Token } from "../../markdown/markdown-types.ts";
import type { WebChapter } from "../article-view.ts";
import { linksAcrossFiles } from "../links-across-files.ts";
import { noteIds } from "../../markdown/note-renderer.ts";
import { isBibliographyHeading } from "../../citations/bibliography-section.ts";

export type { WebChapter } from "../article-view.ts";

/** Class of the contents list's `<nav>`: a reader (and the read-back) follows its links, in order, to read the book. */
export const contentsClass = "book-contents";

export function chapterFileName(index: number, count: number): string {
  return `chapter-${String(index + 1).padStart(Math.max(2, String(count).length), "0")}.html`;
}

export function webChapters(article: Article): WebChapter[] {
  const chapters = article.book?.chapters ?? [];
  const { body, notes } = splitNotes(article);
  const webNoteRenderer = webNoteRendererFor(article.meta.lang);
  // A cross-reference, and a citation's link to its entry in the bibliography (which closes the last chapter), lead to the page that holds the target.
  const crossrefHref = chapterPageLinks(article);
  const links = { ...webRenderOptions(article.meta.lang), crossrefHref, citationHref: crossrefHref };
  return chapters.map((chapter: BookChapter, index) => {
    const slice = body.slice(chapter.start, chapter.end);
    if (article.meta.webNotes === "sidenotes") {
      // Each note after the block that calls it, on its chapter's page (sidenotes.ts).
      const html = withHeadingsRaised(slice, () => renderSidenotes(article, slice, notes, links));
      return { fileName: chapterFileName(index, chapters.length), title: chapter.title, html };
    }
    // The bibliography closing the last chapter follows its notes, as an article's does.
    const bibliographyAt = slice.findIndex(isBibliographyHeading);
    const [main, back] = bibliographyAt === -1 ? [slice, []] : [slice.slice(0, bibliographyAt), slice.slice(bibliographyAt)];
    const text = withHeadingsRaised(main, () => renderTokens(article, main, webNoteRenderer, links));
    // Not raised: on the page it is a section beside the notes (an <h2>), not a second title.
    const backText = back.length ? renderTokens(article, back, webNoteRenderer, links) : "";
    const items = chapter.noteNumbers.map((number) => renderTokens(article, notes.get(number) ?? [], webNoteRenderer, links, true)).join("");
    const notesList = items ? `${webNoteRenderer.notesOpen()}${items}${webNoteRenderer.notesClose()}` : "";
    return { fileName: chapterFileName(index, chapters.length), title: chapter.title, html: text + notesList + backText };
  });
}

/**
 * Where a heading, figure, table or note of a book is on the web: the page of the chapter that holds
 * it, for a cross-reference or a contents entry written on another page.
 */
export function chapterPageLinks(article: Article): (id: string) => string {
  const chapters = article.book?.chapters ?? [];
  const fileName = (index: number): string => chapterFileName(index, chapters.length);
  // A chapter's notes are listed on its own page: a reference to one (`@fn:name`) leads there.
  const notes = chapters.flatMap((chapter, index) => chapter.noteNumbers.map((number) => [noteIds.note(number), fileName(index)] as const));
  return linksAcrossFiles(article.tokens, chapters.map((chapter, index) => ({ start: chapter.start, end: chapter.end, fileName: fileName(index) })), notes);
}

/** The book's contents: its chapters, each linked to its page, under the word for "Contents" in the book's language. */
export function contentsList(chapters: readonly WebChapter[], lang: string): string {
  const items = chapters.map((chapter) => `<li><a href="${escapeHtml(chapter.fileName)}">${escapeHtml(chapter.title)}</a></li>`).join("\n");
  return `<nav class="${contentsClass}" aria-labelledby="contents-heading">\n<h2 id="contents-heading">${escapeHtml(editionWords(lang).contents)}</h2>\n<ol>\n${items}\n</ol>\n</nav>\n`;
}

/**
 * On its own page a chapter's title is the page's `<h1>` and its sections `<h2>`: one level up
 * from the book, where the book's title is the `<h1>`. The shared tokens are changed only while
 * the page is rendered (synchronously), then put back.
 */
function withHeadingsRaised(tokens: readonly Token[], render: () => string): string {
  const headings = tokens.filter((token) => (token.type === "heading_open" || token.type === "heading_close") && token.tag !== "h1");
  const tags = headings.map((token) => token.tag);
  for (const token of headings) token.tag = `h${Number(token.tag.slice(1)) - 1}`;
  try {
    return render();
  } finally {
    headings.forEach((token, index) => (token.tag = tags[index] ?? token.tag));
  }
}
