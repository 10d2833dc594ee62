/** Title block lines shared by the web page and the print title page. */
import { escapeHtml } from "../../scripts/lib/markdown/html.ts";
import type { ArticleView } from "../../scripts/lib/editions/article-view.ts";

export function byline(article: ArticleView): string {
  const parts: string[] = [];
  if (article.authors.length) parts.push(`<p class="byline">${escapeHtml(article.authors.join(", "))}</p>`);
  const dates: string[] = [];
  if (article.date) dates.push(`<time datetime="${article.date}">${escapeHtml(article.dateLabel ?? article.date)}</time>`);
  if (article.updated) dates.push(`updated <time datetime="${article.updated}">${escapeHtml(article.updatedLabel ?? article.updated)}</time>`);
  if (article.edition) dates.push(`edition ${escapeHtml(article.edition)}`);
  if (dates.length) parts.push(`<p class="dateline">${dates.join(" · ")}</p>`);
  return parts.join("\n");
}
