/** The web edition's body as the article asks for it: notes at the end, or sidenotes beside their calls. */
import type { Article } from "../../document/article.ts";
import { renderArticle } from "../../engine/render.ts";
import { renderSidenoteArticle } from "./sidenotes.ts";
import { webNoteRendererFor } from "./web-notes.ts";
import { webRenderOptions } from "./web-render-options.ts";

export function renderWebBody(article: Article): string {
  return article.meta.webNotes === "sidenotes" ? renderSidenoteArticle(article) : renderArticle(article, webNoteRendererFor(article.meta.lang), webRenderOptions(article.meta.lang));
}
