/**
 * What the layouts receive for one article: metadata and the bodies already rendered for
 * each edition. Plain data only, so Eleventy's data cascade stays cheap.
 */
import type { EmphasisSpan } from "../markdown/title-emphasis.ts";
import type { Article } from "../document/article.ts";
import { contentsEntries, contentsHtml } from "../crossref/contents.ts";
import { editionWords } from "../language/edition-words.ts";
import { notesAtEndOfWork, withNotesOfWork, workNotesHeadingId } from "./notes-of-work.ts";
import type { HeaderCallsHtml } from "../engine/render.ts";

export type { HeaderCallsHtml };

/** The print edition's part of the view: the body, and the calls (with their notes) on the title block. */
export interface PrintBody {
  html: string;
  headerCalls?: HeaderCallsHtml;
}

/** One chapter page of a book's web edition. */
export interface WebChapter {
  /** The chapter page's file name, beside the book's index.html. */
  fileName: string;
  title: string;
  /** The chapter's text and, after it, its notes. */
  html: string;
}

/** What the web edition renders for the view (web/web-edition.ts). */
export interface WebParts {
  webBody: string;
  /** The calls written on the title and authors in front matter, as the web page prints them. */
  webHeaderCalls?: HeaderCallsHtml;
  webChapters?: WebChapter[];
  webContents: string;
}

export interface ArticleView {
  slug: string;
  lang: string;
  /** The front matter's script → language map, for marking foreign runs in the title block. */
  scriptLanguages: Record<string, string>;
  title: string;
  /** The title's runs in italics, bold or code, for the title block (title-emphasis.ts). */
  titleSpans?: EmphasisSpan[];
  /** The title block's id when the title was the text's first heading (links may point at it). */
  titleId?: string;
  subtitle?: string;
  subtitleSpans?: EmphasisSpan[];
  abstract?: string;
  shortTitle: string;
  authors: string[];
  date?: string;
  updated?: string;
  description?: string;
  keywords: string[];
  publisher?: string;
  edition?: string;
  pageSize: string;
  noteCount: number;
  headings: Array<{ level: number; id: string; text: string }>;
  /** Set for a book: where its chapters open in print (`any` page, or a `right`-hand one). */
  chapterStart?: "any" | "right";
  /** A book's front matter in print: the copyright page's facts and the chapters for the contents. */
  bookFrontMatter?: { facts: FrontMatterFacts; chapters: Array<{ id: string; title: string }> };
  /** A book's chapter pages on the web; its webBody is then the contents. */
  webChapters?: WebChapter[];
  /** Body and notes (endnotes or sidenotes), for the web edition. */
  webBody: string;
  /** The calls written on the title and authors in front matter, as the web page prints them. */
  webHeaderCalls?: HeaderCallsHtml;
  /** How the web edition shows notes; sidenotes need the page's margin layout. */
  webNotes: "endnotes" | "sidenotes";
  /** Body with notes placed at their calls, for the print edition (filled by the print edition). */
  printBody: string;
  /** The calls on the title and authors as the print page prints them, each first call with its note (floated to the foot of page 1). */
  printHeaderCalls?: HeaderCallsHtml;
  /** The table of contents (front matter `toc: true`), for the web page and the print page; empty without one. */
  webContents: string;
  printContents: string;
}

/** A printed book's copyright page: what it states, each when known. */
export interface FrontMatterFacts {
  title: string;
  authors: string[];
  edition?: string;
  isbn?: string;
  identifier?: string;
  publisher?: string;
  date?: string;
  rights?: string;
}

/**
 * The view, from the parts each edition rendered: `web` from the web edition, `printBody`
 * from the print edition (empty where no print page is made); `contentsTitle` is the word
 * heading a table of contents in the article's language.
 */
export function articleView(article: Article, parts: { web: WebParts; print: PrintBody; contentsTitle: string }): ArticleView {
  const meta = article.meta;
  return {
    slug: article.slug,
    lang: meta.lang,
    scriptLanguages: meta.scriptLanguages,
    title: meta.title,
    ...(meta.titleSpans ? { titleSpans: meta.titleSpans } : {}),
    titleId: meta.titleId,
    subtitle: meta.subtitle,
    ...(meta.subtitleSpans ? { subtitleSpans: meta.subtitleSpans } : {}),
    abstract: meta.abstract,
    shortTitle: meta.shortTitle ?? meta.title,
    authors: meta.authors,
    date: meta.date,
    updated: meta.updated,
    description: meta.description,
    keywords: meta.keywords,
    publisher: meta.publisher,
    edition: meta.edition,
    pageSize: meta.pageSize,
    noteCount: article.notes.notes.length,
    headings: article.headings.map(({ level, id, text }) => ({ level, id, text })),
    ...(article.book ? { chapterStart: article.book.chapterStart, bookFrontMatter: bookFrontMatter(article) } : {}),
    ...parts.web,
    webNotes: meta.webNotes,
    printBody: parts.print.html,
    ...(parts.print.headerCalls ? { printHeaderCalls: parts.print.headerCalls } : {}),
    printContents: articleContents(article, { pageNumbers: true, title: parts.contentsTitle }),
  };
}

/**
 * The table of contents (front matter `toc: true`), or "" without one. In print, a book's
 * contents is a page of its front matter (print.css tells it by its class) and gives page
 * numbers; on the web, `href` says where each entry's target is.
 */
export function articleContents(article: Article, options: { pageNumbers: boolean; title: string; href?: (id: string) => string }): string {
  const sections = article.env.crossrefs?.sections ?? [];
  if (!article.meta.toc || sections.length === 0) return "";
  const className = article.book && options.pageNumbers ? "book-contents" : undefined;
  const entries = contentsEntries(sections, article.meta.tocDepth);
  return contentsHtml(options.pageNumbers ? withNotesOfWork(entries, article) : entries, { pageNumbers: options.pageNumbers, title: options.title, className, href: options.href, language: { lang: article.meta.lang, scriptLanguages: article.meta.scriptLanguages } });
}

function bookFrontMatter(article: Article): NonNullable<ArticleView["bookFrontMatter"]> {
  const { meta } = article;
  return {
    facts: { title: meta.title, authors: meta.authors, edition: meta.edition, isbn: meta.isbn, identifier: meta.identifier, publisher: meta.publisher, date: meta.date, rights: meta.rights },
    chapters: [
      ...(article.book?.chapters ?? []).map((chapter) => ({ id: chapter.headingId, title: chapter.title })),
      ...(notesAtEndOfWork(article) ? [{ id: workNotesHeadingId, title: editionWords(article.meta.lang).notes }] : []),
    ],
  };
}
