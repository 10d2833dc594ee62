/** Stage 1: read and parse every article once; report warnings; refuse clashing slugs. */
import { loadArticle } from "../../document/article.ts";
import { ContentError, asPublishError } from "../../errors.ts";
import type { Stage } from "../stage.ts";
import { plural } from "../for-each-article.ts";
import { articleInputsHash } from "../inputs-hash.ts";
import { isUpToDate } from "../up-to-date.ts";
import { join } from "node:path";

export const parseStage: Stage = {
  name: "parse",
  async run(state) {
    await Promise.all(
      state.jobs.map(async (job) => {
        const started = performance.now();
        try {
          job.article = await loadArticle(job.source);
          for (const warning of job.article.diagnostics) state.reporter.diagnostic(warning);
        } catch (error) {
          job.error = asPublishError(error, "could not read the article", { file: job.source });
        }
        job.timings.parse = performance.now() - started;
      }),
    );
    const bySlug = new Map<string, string>();
    for (const job of state.jobs) {
      if (!job.article) continue;
      const other = bySlug.get(job.article.slug);
      if (other) {
        job.error = new ContentError(`slug "${job.article.slug}" is already used by ${other}; set a different \`slug:\` in the front matter`, {
          code: "slug-clash",
          location: { file: job.source, line: 1 },
        });
        continue;
      }
      bySlug.set(job.article.slug, job.source);
    }
    await Promise.all(
      state.jobs.map(async (job) => {
        if (job.error || !job.article) return;
        job.inputsHash = await articleInputsHash(job.article.sourceHash);
        if (!state.options.force) job.upToDate = await isUpToDate(join(state.options.outDir, job.article.slug), job.inputsHash);
      }),
    );
    const current = state.jobs.filter((job) => job.upToDate).length;
    const notes = state.jobs.reduce((sum, job) => sum + (job.article?.notes.notes.length ?? 0), 0);
    return `${plural(state.jobs.length, "article")}, ${plural(notes, "note")}${current ? `, ${current} up to date` : ""}`;
  },
};
