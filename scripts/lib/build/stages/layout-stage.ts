/** Stage 2: render every article's bodies, then run Eleventy once for the web and print pages of all of them. */
import { readFile } from "node:fs/promises";
import { articleView } from "../../editions/article-view.ts";
import { renderPrintBody } from "../../editions/print/print-body.ts";
import { asPublishError } from "../../errors.ts";
import { isLive } from "../article-job.ts";
import type { Stage } from "../stage.ts";
import { plural } from "../for-each-article.ts";

export const layoutStage: Stage = {
  name: "layout",
  async run(state) {
    const live = state.jobs.filter(isLive);
    for (const job of live) {
      const started = performance.now();
      try {
        job.view = articleView(job.article, renderPrintBody(job.article));
        for (const image of job.article.images) job.files.set(`images/${image.fileName}`, await readFile(image.path));
      } catch (error) {
        job.error = asPublishError(error, `could not render ${job.article.slug}`, { file: job.source });
      }
      job.timings.render = performance.now() - started;
    }
    const views = live.filter((job) => !job.error && job.view).map((job) => job.view!);
    const { renderPages } = await import("../../editions/eleventy-pages.ts");
    state.pages = await renderPages(views);
    for (const job of live) {
      if (job.error) continue;
      job.printHtml = state.pages.get(`${job.article.slug}/print.html`);
    }
    return `${plural(views.length, "web page")}, ${plural(views.length, "print page")}`;
  },
};
