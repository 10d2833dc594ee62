/**
 * The page layout of this repository's Eleventy site (eleventy.config.ts): the web edition's
 * own page (web-article.11ty.ts), around the body the plugin rendered, so that the site's
 * page is the one `npm run build` publishes, byte for byte.
 */
import { loadArticle } from "../../scripts/lib/document/article.ts";
import { webView } from "../../scripts/lib/editions/web/web-edition.ts";
import { render as renderWebArticle } from "../web-article.11ty.ts";

export interface SiteLayoutData {
  content: string;
  page: { inputPath: string };
}

export async function render(data: SiteLayoutData): Promise<string> {
  const article = await loadArticle(data.page.inputPath);
  return renderWebArticle({ article: { ...webView(article), webBody: data.content } });
}
