/**
 * Reads and parses every article once, reports warnings, refuses clashing, reserved and
 * overlong slugs, and sets aside the articles whose published editions are up to date. One
 * task for all articles, because a slug clash is between articles.
 */
import { parseArticle } from "../../document/article.ts";
import { readSourceText } from "../../files/read-source.ts";
import { chapterSources, isBookFile, parseBook, readBookSource } from "../../document/book.ts";
import { fontCoverageDiagnostics } from "../../fonts/font-coverage.ts";
import { ContentError, PublishError, asPublishError, type Diagnostic } from "../../errors.ts";
import { outputSlotProblem } from "../output-slot.ts";
import { sourceLabel } from "../source-label.ts";
import type { Reporter } from "../../cli/reporter.ts";
import type { BuildState } from "../build-state.ts";
import { isLive, plural, type ArticleJob } from "../article-job.ts";
import { articleInputsHash } from "../inputs-hash.ts";
import { isUpToDate } from "../up-to-date.ts";
import { slugProblem } from "../../document/slug-limits.ts";

export function parseTask(state: BuildState, reporter: Reporter) {
  let line = "";
  /** Parses `jobs` (every article of the build); `parsed` is called for each one to build. */
  const run = async (jobs: ArticleJob[], parsed: (job: ArticleJob) => void): Promise<void> => {
    /** Each work's font coverage check, run once the work is known to need building. */
    const sources = new Map<ArticleJob, () => Diagnostic[]>();
    await Promise.all(
      jobs.map(async (job) => {
        const started = performance.now();
        try {
          if (isBookFile(job.source)) {
            const book = await readBookSource(job.source);
            const article = parseBook(book);
            // Each chapter's characters are checked in its own file, so a problem names that file and line.
            sources.set(job, () => chapterSources(book).flatMap(({ file, text }) => fontCoverageDiagnostics(text, { ...article, sourcePath: file })));
            job.article = article;
          } else {
            const source = await readSourceText(job.source);
            const article = parseArticle(source, job.source);
            sources.set(job, () => fontCoverageDiagnostics(source, article));
            job.article = article;
          }
          for (const warning of job.article.diagnostics) reporter.diagnostic(warning);
        } catch (error) {
          job.error = asPublishError(error, "could not read the article", { file: job.source });
        }
        job.timings.parse = performance.now() - started;
      }),
    );
    const bySlug = new Map<string, string>();
    for (const job of jobs) {
      if (!job.article) continue;
      // A slug from the file name, as well as from the front matter, must fit the output folder.
      const problem = slugProblem(job.article.slug);
      if (problem) {
        job.error = new ContentError(problem, { code: "slug-unusable", location: { file: job.source, line: job.article.slugLine } });
        continue;
      }
      const other = bySlug.get(job.article.slug);
      if (other) {
        job.error = new ContentError(`slug "${job.article.slug}" is already used by ${other}; set a different \`slug:\` in the front matter`, {
          code: "slug-clash",
          location: { file: job.source, line: job.article.slugLine },
        });
        continue;
      }
      bySlug.set(job.article.slug, job.source);
    }
    await Promise.all(
      jobs.map(async (job) => {
        if (job.error || !job.article) return;
        // A changed bibliography or style file changes the citations: it rebuilds, as a changed image does.
        const citations = job.article.env.citations ? [`citations:${job.article.env.citations.inputsHash}`] : [];
        job.inputsHash = await articleInputsHash(
          job.article.sourceHash,
          [...job.article.images.map((image) => image.fileName), ...citations],
          state.options.printHtml ? ["print.html"] : [],
        );
        const taken = await outputSlotProblem(state.options.outDir, job.article.slug, sourceLabel(job.article.sourcePath, state.options.inputs));
        if (taken) {
          job.error = new PublishError(taken, { code: "output-taken", location: { file: job.source, ...(job.article.slugLine > 1 ? { line: job.article.slugLine } : {}) } });
          return;
        }
        if (!state.options.force) job.upToDate = await isUpToDate(state.options.outDir, job.article.slug, job.inputsHash);
        // Editions up to date passed this check when built, with the same fonts (fonts are among the inputs).
        if (job.upToDate) return;
        try {
          const uncovered = sources.get(job)?.() ?? [];
          if (uncovered.length) job.error = ContentError.fromDiagnostics(uncovered);
        } catch (error) {
          job.error = asPublishError(error, "could not check the fonts", { file: job.source });
        }
      }),
    );
    for (const job of jobs) if (isLive(job)) parsed(job);
    const current = jobs.filter((job) => job.upToDate).length;
    const notes = jobs.reduce((sum, job) => sum + (job.article?.notes.notes.length ?? 0), 0);
    line = `${plural(jobs.length, "article")}, ${plural(notes, "note")}${current ? `, ${current} up to date` : ""}`;
  };
  return { run, line: () => line };
}
