/**
 * The e-book covers depend on the article alone, not on any layout, so they are drawn in the
 * browser as soon as it is up, one article after another in one background queue: the first
 * is ready before Eleventy has finished, and later ones overlap the print layouts.
 */
import { isLive } from "./article-job.ts";
import type { BuildState } from "./stage.ts";
import { trace } from "../cli/trace.ts";

export function drawCovers(state: BuildState): void {
  let queue: Promise<unknown> = Promise.resolve();
  for (const job of state.jobs.filter(isLive)) {
    const cover = queue.then(async () => {
      const [{ renderCover }, session] = await Promise.all([import("../editions/epub/cover-image.ts"), state.browser()]);
      const png = await renderCover(job.article, session);
      trace(`cover ${job.article.slug}: drawn`);
      return png;
    });
    // Awaited by the EPUB stage, which reports a failure against its article.
    cover.catch(() => undefined);
    job.coverPng = cover;
    queue = cover.catch(() => undefined);
  }
}
