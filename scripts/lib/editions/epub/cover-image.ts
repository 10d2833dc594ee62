/**
 * A generated cover: title, subtitle and authors set in the book's own faces on a plain
 * field, rendered in the build's Chromium and captured as a PNG (1600 × 2560, the shape
 * e-book stores ask for). Everything the page needs is served by the session's virtual site.
 */
import type { Article } from "../../document/article.ts";
import type { BrowserSession } from "../../browser/browser-session.ts";
import { RenderError } from "../../errors.ts";
import { fontFaceCss, fontStack, type FontFace } from "../../fonts/font-faces.ts";
import { facesFor } from "../../fonts/faces-for-text.ts";
import { escapeHtml } from "../../markdown/html.ts";
import { formatDate } from "../format-date.ts";
import { languageDirection } from "../../markdown/script-runs.ts";

export const coverSize = { width: 1600, height: 2560 };

const fontsPath = "/epub-cover/fonts";

export interface CoverOptions {
  /**
   * No other cover follows: the page is closed, not kept for reuse. Its window and renderer
   * (about 200 MiB) would otherwise stay open, idle, through the layouts, where a long book's
   * memory peaks.
   */
  last?: boolean;
}

export async function renderCover(article: Article, session: BrowserSession, options: CoverOptions = {}): Promise<Uint8Array> {
  for (const face of coverFaces(article)) session.site.addFile(`${fontsPath}/${face.fileName}`, face.path);
  const pagePath = `/epub-cover/${article.slug}.html`;
  session.site.add(pagePath, coverHtml(article));
  const { page, blocked, close } = await session.newPage({ background: true });
  let failed = true;
  try {
    await page.setViewport({ ...coverSize, deviceScaleFactor: 1 });
    await page.goto(session.site.url(pagePath), { waitUntil: "load", timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    if (blocked.length) throw new Error(`the cover page asked for ${blocked.join(", ")}`);
    const png = new Uint8Array(await page.screenshot({ type: "png", clip: { x: 0, y: 0, ...coverSize } }));
    failed = false;
    return png;
  } catch (error) {
    throw new RenderError(`cover image: ${(error as Error).message.split("\n")[0]}`, {
      code: "epub-cover",
      location: { file: article.sourcePath },
      cause: error,
    });
  } finally {
    await close({ discard: failed || options.last === true });
    session.site.remove(pagePath);
  }
}

/** Long titles get a smaller size so they still fit in a few balanced lines. */
function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 24) return 150;
  if (length <= 48) return 124;
  if (length <= 90) return 100;
  return 80;
}

function footerOf(article: Article): string {
  const { publisher, lang, date } = article.meta;
  return [publisher, date ? formatDate(date, lang) : undefined].filter(Boolean).join(" · ");
}

/** The faces the cover's text is set in (its page declares only these, like the print page). */
export function coverFaces(article: Article): FontFace[] {
  const { title, subtitle, authors, lang } = article.meta;
  return facesFor([title, subtitle ?? "", ...authors, footerOf(article)].join("\n"), lang);
}

export function coverHtml(article: Article): string {
  const { title, subtitle, authors, lang } = article.meta;
  const footer = footerOf(article);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}" dir="${languageDirection(lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
${fontFaceCss(fontsPath, coverFaces(article))}
html, body { margin: 0; width: ${coverSize.width}px; height: ${coverSize.height}px; }
body {
  box-sizing: border-box; padding: 220px 160px 200px;
  display: flex; flex-direction: column;
  background: #1f2a36; color: #f4efe6;
  font-family: ${fontStack(lang)};
}
.rule { width: 240px; height: 8px; background: #c9a45c; margin: 0 0 120px; }
h1 { font-size: ${titleSize(title)}px; line-height: 1.15; font-weight: 700; margin: 0; text-wrap: balance; overflow-wrap: anywhere; }
.subtitle { font-size: 64px; line-height: 1.3; font-style: italic; margin: 60px 0 0; text-wrap: balance; }
.authors { margin-top: auto; font-size: 72px; line-height: 1.3; }
.footer { margin-top: 48px; font-size: 44px; letter-spacing: 0.04em; color: #c9a45c; }
</style>
</head>
<body>
<div class="rule"></div>
<h1>${escapeHtml(title)}</h1>
${subtitle ? `<p class="subtitle">${escapeHtml(subtitle)}</p>` : ""}
<div class="authors">${authors.map(escapeHtml).join("<br>")}</div>
${footer ? `<div class="footer">${escapeHtml(footer)}</div>` : ""}
</body>
</html>`;
}
