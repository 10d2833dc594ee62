/**
 * Runs one stage's work over the live articles with bounded concurrency. A failure marks
 * only that article as failed (with a message naming it); the others go on. A failure to
 * write the output (a full disk, a read-only folder) would fail every article alike: it stops
 * the stage, once the articles under way have finished, and the build.
 */
import { asPublishError } from "../errors.ts";
import { OutputError } from "./output-error.ts";
import { isLive, type ArticleJob } from "./article-job.ts";
import type { BuildState } from "./stage.ts";
import type { Article } from "../document/article.ts";

export async function forEachArticle(
  state: BuildState,
  stageName: string,
  work: (job: ArticleJob & { article: Article }) => Promise<void>,
  concurrency = state.options.jobs,
): Promise<number> {
  const queue = state.jobs.filter(isLive);
  let next = 0;
  let done = 0;
  let stopped: OutputError | undefined;
  const stageStarted = performance.now();
  const worker = async (): Promise<void> => {
    while (next < queue.length && !stopped) {
      const job = queue[next++] as ArticleJob & { article: Article };
      const started = performance.now();
      try {
        await work(job);
      } catch (error) {
        if (error instanceof OutputError) {
          stopped ??= error;
          continue;
        }
        job.error = asPublishError(error, `${stageName} failed for ${job.article.slug}`, { file: job.source });
      } finally {
        job.timings[stageName] = (job.timings[stageName] ?? 0) + performance.now() - started;
        state.reporter.progress?.(stageName, ++done, queue.length, performance.now() - stageStarted);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, worker));
  if (stopped) throw stopped;
  return queue.length;
}

export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;
