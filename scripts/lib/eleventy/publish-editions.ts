/**
 * `eleventy.after`: the PDF and the EPUB of each published page, made by the build's own edition
 * code (print page and Paged.js in Chromium, the EPUB from the print page starts), read back
 * with the site's web page by the verifier, and only then written beside that page, each file
 * renamed into place whole (`_site/<page>/<slug>.pdf`); size markers in the page are filled
 * in with the editions' sizes. A page whose editions do not carry the
 * same notes gets none: its previous PDF and EPUB, if any, stay as they were.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { EleventyPageOutput } from "@11ty/eleventy";
import { BrowserSession } from "../browser/browser-session.ts";
import { writeFileAtomic } from "../build/atomic-write.ts";
import { coverCacheKey, readCachedCover, storeCover } from "../build/cover-cache.ts";
import type { Article } from "../document/article.ts";
import { renderCover, renderEpub } from "../editions/epub/epub-edition.ts";
import { checkPrintPageFonts, printPage, renderPdf, renderPrintBody } from "../editions/print/print-edition.ts";
import { fillDownloadSizes, sizeMarker, webView } from "../editions/web/web-edition.ts";
import { ContentError, VerifyError } from "../errors.ts";
import { fontCoverageDiagnostics } from "../fonts/font-coverage.ts";
import { summaryLine } from "../verify/format-report.ts";
import { editionFiles, verifyEditions } from "../verify/verify-editions.ts";
import type { PublishedPage } from "./markdown-pages.ts";
import type { ResolvedOptions } from "./plugin-options.ts";
import { FootnotePressError } from "./plugin-error.ts";

/** Publishes the editions of every page in `pages` that Eleventy wrote; throws one error naming every page that failed. */
export async function publishEditions(pages: PublishedPage[], results: EleventyPageOutput[], options: ResolvedOptions, log: (line: string) => void): Promise<void> {
  const written = pages.flatMap((page) => {
    const output = results.find((result) => result.inputPath === page.inputPath)?.outputPath;
    return output ? [{ page, outputPath: output }] : [];
  });
  if (!written.length) return;
  const problems: string[] = [];
  const session = await BrowserSession.launch().catch((error: unknown) => {
    throw FootnotePressError.from(error);
  });
  try {
    for (const { page, outputPath } of written) {
      try {
        log(await publishPage(session, page, outputPath, options));
      } catch (error) {
        problems.push(FootnotePressError.from(error).message);
      }
    }
  } finally {
    await session.close();
  }
  if (problems.length) throw new FootnotePressError(problems.join("\n"));
}

/** Makes, checks and publishes one page's editions; returns the verifier's summary line. */
async function publishPage(session: BrowserSession, page: PublishedPage, outputPath: string, options: ResolvedOptions): Promise<string> {
  const { article } = page;
  const uncovered = fontCoverageDiagnostics(page.source, article);
  if (uncovered.length) throw ContentError.fromDiagnostics(uncovered);
  const printHtml = printPage(webView(article, renderPrintBody(article)));
  checkPrintPageFonts(printHtml, article.meta.lang, page.file);

  const files = editionFiles(article.slug);
  const made = new Map<string, Uint8Array>();
  const print = await renderPdf(session, article, printHtml, { timeoutMs: options.timeoutSeconds * 1000 });
  if (page.editions.includes("pdf")) made.set(files.pdf, print.pdf);
  if (page.editions.includes("epub")) {
    const coverPng = await coverOf(article, session);
    made.set(files.epub, (await renderEpub(article, { pageStarts: print.pageStarts, coverPng })).epub);
  }
  for (const image of article.images) made.set(`images/${image.fileName}`, await readFile(image.path));
  // A layout may show the editions' sizes with the build's markers (layouts/lib/downloads.ts):
  // they are known now, and filled in before the page is read back with the editions.
  const pageHtml = await readFile(outputPath, "utf8");
  const web = pageHtml.includes(sizeMarker(article.slug, "pdf")) || pageHtml.includes(sizeMarker(article.slug, "epub")) ? fillDownloadSizes(pageHtml, (slug, kind) => (slug === article.slug ? made.get(files[kind])?.byteLength : undefined)) : pageHtml;

  // The editions are read back beside the web page exactly as Eleventy wrote it, in a folder of
  // their own inside the page's, before anything is published there.
  const pageDir = dirname(outputPath);
  const staging = join(pageDir, `.footnote-press-${process.pid}`);
  try {
    await mkdir(staging, { recursive: true });
    await writeFile(join(staging, files.web), web);
    for (const [name, bytes] of made) {
      await mkdir(dirname(join(staging, name)), { recursive: true });
      await writeFile(join(staging, name), bytes);
    }
    const report = await verifyEditions(staging, article, { writeJson: false, epubcheck: options.epubcheck, kinds: ["web", ...page.editions] });
    if (!report.passed) {
      throw new VerifyError(`the editions do not carry the same notes (nothing was published):\n  ${report.mismatches.map((mismatch) => mismatch.message).join("\n  ")}`, {
        code: "verify-failed",
        location: { file: page.file },
      });
    }
    for (const [name, bytes] of made) await writeFileAtomic(join(pageDir, name), bytes);
    if (web !== pageHtml) await writeFileAtomic(outputPath, web);
    return summaryLine(report);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The e-book cover: from the cover cache when this title page was drawn before, else drawn now and kept. */
async function coverOf(article: Article, session: BrowserSession): Promise<Uint8Array> {
  const key = coverCacheKey(article);
  const cached = key ? await readCachedCover(key) : undefined;
  if (cached) return cached;
  const png = await renderCover(article, session, { last: true });
  if (key) await storeCover(key, png);
  return png;
}
