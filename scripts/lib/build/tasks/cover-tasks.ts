/**
 * The e-book covers. A cover depends on the article alone, not on any layout: one drawn
 * before from the same title page comes from the cover cache (cover-cache.ts); the others
 * are drawn in the browser one after another, in a page of their own, beside the print
 * layouts.
 */
import { trace } from "../../cli/trace.ts";
import type { Article } from "../../document/article.ts";
import { renderCover } from "../../editions/epub/epub-edition.ts";
import type { ArticleJob } from "../article-job.ts";
import type { BuildState } from "../build-state.ts";
import { coverCacheKey, readCachedCover, storeCover } from "../cover-cache.ts";

/** Looks one article's cover up in the cache; `job.coverPng` is set when it was there. */
export async function cachedCover(job: ArticleJob & { article: Article }): Promise<void> {
  const key = coverCacheKey(job.article);
  job.coverPng = key ? await readCachedCover(key) : undefined;
}

/** Draws the covers the cache did not have, one at a time; `drawn` is called for each as it is ready. */
export function drawCovers(state: BuildState) {
  return async (jobs: ArticleJob[], drawn: (job: ArticleJob) => void): Promise<void> => {
    const toDraw = jobs.filter((job) => !job.coverPng);
    for (const job of jobs) if (job.coverPng) drawn(job);
    // Drawn in Chromium once the first layout is handed over (build-state.ts): not before it.
    if (toDraw.length) await state.layoutHandedOver.given;
    for (const [index, job] of toDraw.entries()) {
      const article = job.article!;
      const png = await renderCover(article, await state.browser(), { last: index === toDraw.length - 1 });
      trace(`cover ${article.slug}: drawn`);
      const key = coverCacheKey(article);
      if (key) await storeCover(key, png);
      job.coverPng = png;
      drawn(job);
    }
  };
}
