/**
 * The web edition's one entry point: everything the build, the Eleventy plugin and the live
 * preview use of it. Its note renderers (endnotes, sidenotes), its Eleventy templates
 * (layouts/web-*.11ty.ts), the catalog page and a book's chapter pages stay behind this module.
 */
import type { Article } from "../../document/article.ts";
import { articleContents, articleView, type ArticleView, type PrintBody, type WebParts } from "../article-view.ts";
import { renderHeaderCalls } from "../../engine/render.ts";
import { webNoteRendererFor } from "./web-notes.ts";
import { epubLabels } from "../epub/epub-edition.ts";
import type { RenderedPages } from "./eleventy-pages.ts";
import { renderWebBody } from "./web-body.ts";
import { chapterPageLinks, contentsList, webChapters } from "./web-chapters.ts";

export type { RenderedPages } from "./eleventy-pages.ts";
export { renderWebBody };
export { catalogMain, renderCatalog, type CatalogEntry } from "../../../../layouts/catalog-page.ts";
export { fillDownloadSizes, sizeMarker, type DownloadKind } from "../../../../layouts/lib/downloads.ts";

/**
 * The layouts' view of an article: the web edition's parts, and `printBody` when a print page
 * is made from the same view (print/print-edition.ts renders it).
 */
export function webView(article: Article, print: PrintBody = { html: "" }): ArticleView {
  const contentsTitle = epubLabels(article.meta.lang).contents;
  return articleView(article, { web: webParts(article, contentsTitle), print, contentsTitle });
}

/** An article's page holds its text; a book's index.html holds its contents, each chapter a page of its own. */
function webParts(article: Article, contentsTitle: string): WebParts {
  // A book's contents is on its index page; each entry links to its chapter's page.
  const webContents = articleContents(article, { pageNumbers: false, title: contentsTitle, href: article.book ? chapterPageLinks(article) : undefined });
  // Calls on the title block print as any call does (sidenotes.ts places their notes first).
  const webHeaderCalls = renderHeaderCalls(article, webNoteRendererFor(article.meta.lang));
  if (!article.book) return { webBody: renderWebBody(article), webContents, ...(webHeaderCalls ? { webHeaderCalls } : {}) };
  const chapters = webChapters(article);
  return { webBody: contentsList(chapters, article.meta.lang), webChapters: chapters, webContents };
}

/**
 * Every article's web pages, rendered by Eleventy in memory, keyed by their path under the
 * output folder. Loaded on first use: Eleventy is a large program that most commands never need.
 */
export async function renderWebPages(views: ArticleView[]): Promise<RenderedPages> {
  const { renderPages } = await import("./eleventy-pages.ts");
  return renderPages(views);
}
