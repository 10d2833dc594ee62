/**
 * What the layouts receive for one article: metadata and the bodies already rendered for
 * each edition. Plain data only, so Eleventy's data cascade stays cheap.
 */
import type { Article } from "../document/article.ts";
import { renderWebBody } from "../markdown/web-body.ts";
import { contentsEntries, contentsHtml } from "../crossref/contents.ts";
import { epubLabels } from "./epub/epub-labels.ts";

export interface ArticleView {
  slug: string;
  lang: string;
  /** The front matter's script → language map, for marking foreign runs in the title block. */
  scriptLanguages: Record<string, string>;
  title: string;
  subtitle?: string;
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
  /** Body and notes (endnotes or sidenotes), for the web edition. */
  webBody: string;
  /** How the web edition shows notes; sidenotes need the page's margin layout. */
  webNotes: "endnotes" | "sidenotes";
  /** Body with notes placed at their calls, for the print edition (filled by the print edition). */
  printBody: string;
  /** The table of contents (front matter `toc: true`), for the web page and the print page; empty without one. */
  webContents: string;
  printContents: string;
}

export function articleView(article: Article, printBody: string): ArticleView {
  const meta = article.meta;
  return {
    slug: article.slug,
    lang: meta.lang,
    scriptLanguages: meta.scriptLanguages,
    title: meta.title,
    subtitle: meta.subtitle,
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
    webBody: renderWebBody(article),
    webNotes: meta.webNotes,
    printBody,
    webContents: articleContents(article, false),
    printContents: articleContents(article, true),
  };
}

function articleContents(article: Article, pageNumbers: boolean): string {
  const sections = article.env.crossrefs?.sections ?? [];
  if (!article.meta.toc || sections.length === 0) return "";
  return contentsHtml(contentsEntries(sections, article.meta.tocDepth), { pageNumbers, title: epubLabels(article.meta.lang).contents });
}
