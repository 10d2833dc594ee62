/**
 * The web edition's one entry point: everything the build, the Eleventy plugin and the live
 * preview use of it. Its note renderers (endnotes, sidenotes), its Eleventy templates
 * (layouts/web-*.11ty.ts), the catalog page and a book's chapter pages stay behind this module.
 */
import type { Article } from "../../document/article.ts";
import { articleView, type ArticleView } from "../article-view.ts";
import { epubLabels } from "../epub/epub-edition.ts";
import type { RenderedPages } from "./eleventy-pages.ts";

export type { RenderedPages } from "./eleventy-pages.ts";
export { renderWebBody } from "./web-body.ts";
export { renderCatalog, type CatalogEntry } from "../../../../layouts/catalog-page.ts";
export { fillDownloadSizes, sizeMarker, type DownloadKind } from "../../../../layouts/lib/downloads.ts";

/** The layouts' view of an article for its web page alone (no print body). */
export function webView(article: Article): ArticleView {
  return articleView(article, "", epubLabels(article.meta.lang).contents);
}

/**
 * Every article's web pages, rendered by Eleventy in memory, keyed by their path under the
 * output folder. Loaded on first use: Eleventy is a large program that most commands never need.
 */
export async function renderWebPages(views: ArticleView[]): Promise<RenderedPages> {
  const { renderPages } = await import("./eleventy-pages.ts");
  return renderPages(views);
}
