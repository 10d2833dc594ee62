/** Title block lines shared by the web page and the print title page. */
import { languageMarkedHtml } from "../../scripts/lib/markdown/marked-text.ts";
import type { ArticleView } from "../../scripts/lib/editions/article-view.ts";
import { editionDateline } from "../../scripts/lib/editions/dateline.ts";

export function byline(article: ArticleView): string {
  const parts: string[] = [];
  if (article.authors.length) parts.push(`<p class="byline">${languageMarkedHtml(article.authors.join(", "), article)}</p>`);
  const dateline = editionDateline(article);
  if (dateline) parts.push(`<p class="dateline">${dateline}</p>`);
  return parts.join("\n");
}
