/**
 * One article's EPUB. Its page list needs the print edition's page starts and nothing else
 * from the PDF, so it is built while Chromium writes the PDF.
 */
import { formatDuration } from "../../cli/reporter.ts";
import { trace } from "../../cli/trace.ts";
import type { Article } from "../../document/article.ts";
import { renderEpub } from "../../editions/epub/epub-edition.ts";
import { plural, type ArticleJob } from "../article-job.ts";

export function epubTask() {
  let count = 0;
  let workMs = 0;
  const run = async (job: ArticleJob & { article: Article }): Promise<void> => {
    const started = performance.now();
    const result = await renderEpub(job.article, { pageStarts: job.pageStarts, coverPng: job.coverPng });
    job.epub = result.epub;
    job.files.set(`${job.article.slug}.epub`, job.epub);
    trace(`epub ${job.article.slug}: built`);
    count++;
    workMs += performance.now() - started;
  };
  return { run, line: () => `${plural(count, "EPUB")} (built in ${formatDuration(workMs)}, beside the PDF write)` };
}
