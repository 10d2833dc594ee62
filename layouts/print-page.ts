/**
 * Print edition: the HTML Paged.js paginates into the PDF (served at <slug>/print.html).
 *
 * A plain function of the article, not an Eleventy template: the print layout is the first
 * thing a build needs, and waiting for Eleventy to load held up every PDF. Eleventy makes the web edition while Chromium lays this page out.
 *
 * Every URL is site-absolute: the page is only ever opened inside the renderer's virtual
 * site, which serves the stylesheets, the fonts and the two /vendor/ scripts (inline scripts
 * are refused by its Content-Security-Policy, so Paged.js's configuration is a file too).
 */
import { printAssetUrls } from "../scripts/lib/editions/print/print-assets.ts";
import { escapeHtml } from "../scripts/lib/markdown/html.ts";
import { languageMarkedHtml } from "../scripts/lib/markdown/marked-text.ts";
import { emphasisMarkedHtml } from "../scripts/lib/markdown/title-emphasis.ts";
import { abstractBlock } from "../scripts/lib/editions/abstract-block.ts";
import { byline } from "./lib/byline.ts";
import { pageShell } from "./lib/page-shell.ts";
import { articleShellFields } from "./lib/article-pages.ts";
import type { ArticleView } from "../scripts/lib/editions/article-view.ts";
import { copyrightPage, printContents } from "../scripts/lib/editions/print/front-matter-pages.ts";

/** What the print page's head loads: its stylesheets and scripts. */
export interface PrintPageHead {
  stylesheets: string[];
  headExtra: string;
}

/** The head of the page the build's renderer opens: every asset linked from the virtual site. */
export function linkedPrintHead(article: ArticleView): PrintPageHead {
  return {
    // The page-size sheet comes before print.css: Paged.js re-emits every @page rule per sheet,
    // and print.css's `@page :first` must come last to win over :left/:right.
    stylesheets: [printAssetUrls.fontsCss(article.slug), printAssetUrls.pageSizeCss(article.pageSize), printAssetUrls.printCss, printAssetUrls.notesCss],
    headExtra: [printAssetUrls.runtimeScript, printAssetUrls.polyfillScript].map((src) => `<script src="${src}"></script>`).join("\n"),
  };
}

/** The print page; `head` replaces the linked assets (the standalone page inlines them: standalone-print-page.ts). */
export function printPage(article: ArticleView, head: PrintPageHead = linkedPrintHead(article)): string {
  // Running heads come from these hidden elements (read by the print runtime); page 1 shows none.
  // A book shows its title on left-hand pages (the chapter's on right-hand ones); an article its authors.
  const runningAuthor = article.chapterStart ? article.shortTitle : article.authors.length ? article.authors.join(", ") : article.title;
  const body = `<header class="title-block">
<span class="running-title">${escapeHtml(article.shortTitle)}</span>
<span class="running-author">${escapeHtml(runningAuthor)}</span>
<h1 class="title"${article.titleId ? ` id="${escapeHtml(article.titleId)}"` : ""}>${emphasisMarkedHtml(article.title, article.titleSpans, article)}${article.printHeaderCalls?.title ?? ""}</h1>
${article.subtitle ? `<p class="subtitle">${emphasisMarkedHtml(article.subtitle, article.subtitleSpans, article)}</p>` : ""}
${byline(article, article.printHeaderCalls?.authors)}
</header>
${abstractBlock(article.abstract, article)}${article.bookFrontMatter ? copyrightPage(article.bookFrontMatter.facts, article.lang) + (article.printContents ? `<div class="print-contents">${article.printContents}</div>\n` : printContents(article.bookFrontMatter.chapters, article.lang, article.scriptLanguages)) : article.printContents ? `${article.printContents}\n` : ""}<main class="article-body${article.chapterStart ? ` book chapters-${article.chapterStart}` : ""}">
${article.printBody}
</main>`;
  return pageShell({
    ...articleShellFields(article),
    ...head,
    bodyClass: `print page-${article.pageSize.toLowerCase()}`,
    body,
  });
}
