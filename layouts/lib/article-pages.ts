/** Eleventy front matter shared by the per-article templates: one page per article, at `<slug>/<file>`. */
import type { ArticleView } from "../../scripts/lib/editions/article-view.ts";

export interface ArticlePageData {
  article: ArticleView;
}

export function articlePages(file: string) {
  return {
    pagination: { data: "articles", size: 1, alias: "article", addAllPagesToCollections: false },
    permalink: (data: ArticlePageData): string => `${data.article.slug}/${file}`,
    eleventyExcludeFromCollections: true,
  };
}

/** The page-shell fields every edition's page takes from the article: language, title and the edition record. */
export function articleShellFields(article: ArticleView) {
  return {
    lang: article.lang,
    title: article.title,
    description: article.description,
    authors: article.authors,
    keywords: article.keywords,
    edition: article.edition,
    date: article.date,
    updated: article.updated,
  };
}
