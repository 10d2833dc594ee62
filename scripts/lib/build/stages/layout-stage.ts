/**
 * Stage 2: render every article's bodies and its print page, then start Eleventy on the web
 * pages of all of them. The print stage needs only the print pages, so Eleventy works while
 * Chromium lays them out; the web stage collects its pages.
 */
import { readFile } from "node:fs/promises";
import { printPage } from "../../../../layouts/print-page.ts";
import { articleView } from "../../editions/article-view.ts";
import { renderPrintBody } from "../../editions/print/print-body.ts";
import { checkPrintPageFonts } from "../../editions/print/print-page-fonts.ts";
import { standalonePrintPage } from "../../editions/print/standalone-print-page.ts";
import { asPublishError } from "../../errors.ts";
import { isLive } from "../article-job.ts";
import type { Stage } from "../stage.ts";
import { plural } from "../for-each-article.ts";
import { startWebPages } from "../start-web-pages.ts";

export const layoutStage: Stage = {
  name: "layout",
  async run(state) {
    const live = state.jobs.filter(isLive);
    for (const job of live) {
      const started = performance.now();
      try {
        job.view = articleView(job.article, renderPrintBody(job.article));
        job.printHtml = printPage(job.view);
        checkPrintPageFonts(job.printHtml, job.article.meta.lang, job.source);
        if (state.options.printHtml) job.files.set("print.html", await standalonePrintPage(job.view, job.printHtml));
        for (const image of job.article.images) job.files.set(`images/${image.fileName}`, await readFile(image.path));
      } catch (error) {
        job.error = asPublishError(error, `could not render ${job.article.slug}`, { file: job.source });
      }
      job.timings.render = performance.now() - started;
    }
    const views = live.filter((job) => !job.error && job.view).map((job) => job.view!);
    state.webPages = startWebPages(views);
    return `${plural(views.length, "print page")}; web pages under way`;
  },
};
