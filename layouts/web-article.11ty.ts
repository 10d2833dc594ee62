/** Web edition: one page per article at <slug>/index.html. */
import { fontSheetsFor } from "../scripts/lib/fonts/web-font-sheets.ts";
import { escapeHtml } from "../scripts/lib/markdown/html.ts";
import { editionWords, editionWordsLanguage, primarySubtag } from "../scripts/lib/language/edition-words.ts";
import { languageMarkedHtml } from "../scripts/lib/markdown/marked-text.ts";
import { emphasisMarkedHtml } from "../scripts/lib/markdown/title-emphasis.ts";
import { abstractBlock } from "../scripts/lib/editions/abstract-block.ts";
import { byline } from "./lib/byline.ts";
import { downloadLinks } from "./lib/downloads.ts";
import { pageShell } from "./lib/page-shell.ts";
import { sidenotePlacementScript } from "./lib/sidenote-placement.ts";
import { articlePages, articleShellFields, type ArticlePageData } from "./lib/article-pages.ts";

export const data = articlePages("index.html");

export function render(data: ArticlePageData): string {
  const article = data.article;
  const sidenotes = article.webNotes === "sidenotes";
  const words = editionWords(article.lang);
  // Words the page adds in English, for a language that has none of its own here, say so to a screen reader.
  const wordsIn = editionWordsLanguage(article.lang);
  const wordsLang = wordsIn === primarySubtag(article.lang) ? "" : ` lang="${wordsIn}"`;
  const body = `<header class="site-header" role="banner"${wordsLang}><a href="../index.html" class="home">${escapeHtml(words.allArticles)}</a></header>
<main id="main">
<article class="article" lang="${escapeHtml(article.lang)}">
<header class="title-block">
<h1${article.titleId ? ` id="${escapeHtml(article.titleId)}"` : ""}>${emphasisMarkedHtml(article.title, article.titleSpans, article)}${article.webHeaderCalls?.title ?? ""}</h1>
${article.subtitle ? `<p class="subtitle">${emphasisMarkedHtml(article.subtitle, article.subtitleSpans, article)}</p>` : ""}
${byline(article, article.webHeaderCalls?.authors)}
<nav aria-label="${escapeHtml(words.otherEditions)}"${wordsLang}>
${downloadLinks(article.slug, "", article.lang)}
</nav>
</header>
${abstractBlock(article.abstract, article)}${article.webContents ? `${article.webContents}\n` : ""}${article.webBody}
</article>${sidenotes ? `\n${sidenotePlacementScript}` : ""}
</main>
<footer class="site-footer" role="contentinfo"${wordsLang}><p>${escapeHtml(words.identicalNotes(article.noteCount))}</p></footer>`;
  return pageShell({
    ...articleShellFields(article),
    // The CJK faces' rules, family by family, only for a page whose text needs them.
    stylesheets: ["../assets/web.css", ...fontSheetsFor(body, article.lang).map((sheet) => `../assets/fonts/${sheet}`)],
    body,
    ...(sidenotes ? { bodyClass: "with-sidenotes" } : {}),
  });
}
