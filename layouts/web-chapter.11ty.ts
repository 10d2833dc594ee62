/** Web edition of a book: one page per chapter at <slug>/chapter-NN.html, beside the book's contents page. */
import { fontSheetsFor } from "../scripts/lib/fonts/web-font-sheets.ts";
import { escapeHtml } from "../scripts/lib/markdown/html.ts";
import { editionWords } from "../scripts/lib/language/edition-words.ts";
import type { ArticleView } from "../scripts/lib/editions/article-view.ts";
import type { WebChapter } from "../scripts/lib/editions/web/web-chapters.ts";
import { pageShell } from "./lib/page-shell.ts";
import { articleShellFields } from "./lib/article-pages.ts";
import { sidenotePlacementScript } from "./lib/sidenote-placement.ts";

/** One chapter page to render, with its neighbours for the links between pages. */
export interface ChapterPage {
  article: ArticleView;
  chapter: WebChapter;
  previous?: WebChapter;
  next?: WebChapter;
}

/** Every chapter page of every book among the articles, for Eleventy's pagination. */
export function chapterPages(articles: readonly ArticleView[]): ChapterPage[] {
  return articles.flatMap((article) =>
    (article.webChapters ?? []).map((chapter, index, all) => ({ article, chapter, previous: all[index - 1], next: all[index + 1] })),
  );
}

export const data = {
  pagination: { data: "chapterPages", size: 1, alias: "page", addAllPagesToCollections: false },
  permalink: (data: { page: ChapterPage }): string => `${data.page.article.slug}/${data.page.chapter.fileName}`,
  eleventyExcludeFromCollections: true,
};

export function render(data: { page: ChapterPage }): string {
  const { article, chapter, previous, next } = data.page;
  const link = (target: WebChapter | undefined, rel: string, label: string): string =>
    target ? `<a href="${escapeHtml(target.fileName)}" rel="${rel}">${label}: ${escapeHtml(target.title)}</a>` : "";
  const sidenotes = article.webNotes === "sidenotes";
  const words = editionWords(article.lang);
  const body = `<header class="site-header" role="banner"><a href="index.html" class="home">${escapeHtml(article.title)}: ${escapeHtml(words.contents)}</a></header>
<main id="main">
<article class="article chapter" lang="${escapeHtml(article.lang)}">
${chapter.html}
</article>${sidenotes ? `\n${sidenotePlacementScript}` : ""}
<nav class="chapter-links" aria-label="${escapeHtml(words.chapters)}">
${[link(previous, "prev", escapeHtml(words.previous)), link(next, "next", escapeHtml(words.next))].filter(Boolean).join("\n")}
</nav>
</main>`;
  return pageShell({
    ...articleShellFields(article),
    title: `${chapter.title} · ${article.title}`,
    ...(sidenotes ? { bodyClass: "with-sidenotes" } : {}),
    stylesheets: ["../assets/web.css", ...fontSheetsFor(body, article.lang).map((sheet) => `../assets/fonts/${sheet}`)],
    body,
  });
}
