/**
 * The e-book covers depend on the article alone, not on any layout, so they are drawn in the
 * browser as soon as it is up, one article after another in one background queue: the first
 * is ready before the print layout is, and later ones overlap the other layouts. A cover
 * drawn before from the same title page comes from the cover cache instead (cover-cache.ts).
 */
import { isLive } from "./article-job.ts";
import type { BuildState } from "./stage.ts";
import { trace } from "../cli/trace.ts";
import { coverCacheKey, readCachedCover, storeCover } from "./cover-cache.ts";

/** Starts every live article's cover; resolves to how many must be drawn in the browser (the rest were cached). */
export async function drawCovers(state: BuildState): Promise<number> {
  const live = state.jobs.filter(isLive);
  const cached = await Promise.all(
    live.map(async (job) => {
      const key = coverCacheKey(job.article);
      return { job, key, png: key ? await readCachedCover(key) : undefined };
    }),
  );
  for (const { job, png } of cached) if (png) job.coverPng = Promise.resolve(png);
  const toDraw = cached.filter((cover) => !cover.png);
  let queue: Promise<unknown> = Promise.resolve();
  toDraw.forEach(({ job, key }, index) => {
    const cover = queue.then(async () => {
      const [{ renderCover }, session] = await Promise.all([import("../editions/epub/cover-image.ts"), state.browser()]);
      const png = await renderCover(job.article, session, { last: index === toDraw.length - 1 });
      trace(`cover ${job.article.slug}: drawn`);
      if (key) await storeCover(key, png);
      return png;
    });
    // Awaited by the EPUB stage, which reports a failure against its article.
    cover.catch(() => undefined);
    job.coverPng = cover;
    queue = cover.catch(() => undefined);
  });
  return toDraw.length;
}
