/**
 * Starts one article's EPUB in the background. The print stage calls it as soon as the layout
 * is known (the EPUB's page list needs the print page starts and nothing else from the PDF),
 * so the EPUB is built while Chromium writes the PDF; the EPUB stage then only waits for it.
 */
import type { Article } from "../document/article.ts";
import type { PageStart } from "../editions/page-starts.ts";
import type { ArticleJob } from "./article-job.ts";
import { trace } from "../cli/trace.ts";

export function startEpub(job: ArticleJob & { article: Article }, pageStarts: PageStart[] | undefined): void {
  const started = performance.now();
  const build = (async () => {
    const { renderEpub } = await import("../editions/epub/render-epub.ts");
    const result = await renderEpub(job.article, { pageStarts, coverPng: await job.coverPng });
    job.timings.epubWork = performance.now() - started;
    trace(`epub ${job.article.slug}: built`);
    return result.epub;
  })();
  // A failure is reported by the EPUB stage, against this article.
  build.catch(() => undefined);
  job.epubBuild = build;
}
