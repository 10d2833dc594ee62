/** Title block lines shared by the web page and the print title page. */
import { languageMarkedHtml } from "../../scripts/lib/markdown/marked-text.ts";
import type { ArticleView } from "../../scripts/lib/editions/article-view.ts";
import { editionDateline } from "../../scripts/lib/editions/dateline.ts";

/** `calls`: what the edition prints after each author (note calls written in front matter), by the author's index. */
export function byline(article: ArticleView, calls: readonly string[] = []): string {
  const parts: string[] = [];
  const names = calls.some(Boolean) ? article.authors.map((author, i) => languageMarkedHtml(author, article) + (calls[i] ?? "")).join(", ") : languageMarkedHtml(article.authors.join(", "), article);
  if (article.authors.length) parts.push(`<p class="byline">${names}</p>`);
  const dateline = editionDateline(article);
  if (dateline) parts.push(`<p class="dateline">${dateline}</p>`);
  return parts.join("\n");
}
