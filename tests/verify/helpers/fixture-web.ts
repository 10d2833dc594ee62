/** Test fixtures only: the web edition of an article, rendered by the real layouts through Eleventy. */
import type { Article } from "../../../scripts/lib/document/article.ts";
import { webView } from "../../../scripts/lib/editions/web/web-edition.ts";
import { renderPages } from "../../../scripts/lib/editions/web/eleventy-pages.ts";

/** Web pages of several articles at once (Eleventy starts once), by slug. */
export async function renderWebPages(articles: Article[]): Promise<Map<string, string>> {
  const pages = await renderPages(articles.map((article) => webView(article)));
  const bySlug = new Map<string, string>();
  for (const article of articles) {
    const html = pages.get(`${article.slug}/index.html`);
    if (html === undefined) throw new Error(`Eleventy rendered no web page for ${article.slug}`);
    bySlug.set(article.slug, html);
  }
  return bySlug;
}
