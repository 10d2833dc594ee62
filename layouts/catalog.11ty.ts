/** The catalog at <dir>/index.html: every article with its editions. */
import type { ArticleView } from "../scripts/lib/editions/article-view.ts";
import { escapeHtml } from "../scripts/lib/markdown/html.ts";
import { downloadLinks } from "./lib/downloads.ts";
import { pageShell } from "./lib/page-shell.ts";

interface CatalogData {
  articles: ArticleView[];
  catalogTitle?: string;
}

export const data = {
  permalink: "index.html",
  eleventyExcludeFromCollections: true,
};

export function render(data: CatalogData): string {
  const title = data.catalogTitle ?? "Articles";
  const items = data.articles.map(
    (article) => `<li class="catalog-entry">
<img class="cover-thumb" src="${escapeHtml(article.slug)}/cover.png" alt="" width="120" loading="lazy">
<div>
<h2><a href="${escapeHtml(article.slug)}/index.html">${escapeHtml(article.title)}</a></h2>
<p class="meta">${[article.authors.join(", "), article.dateLabel, article.edition ? `edition ${article.edition}` : ""].filter((part): part is string => Boolean(part)).map(escapeHtml).join(" · ")}</p>
${article.description ? `<p class="description">${escapeHtml(article.description)}</p>` : ""}
${downloadLinks(article.slug, `${article.slug}/`)}
</div>
</li>`,
  );
  return pageShell({
    lang: "en",
    title,
    stylesheets: ["assets/web.css"],
    body: `<main id="main" class="catalog">\n<h1>${escapeHtml(title)}</h1>\n<ul class="catalog-list">\n${items.join("\n")}\n</ul>\n</main>`,
  });
}
