/**
 * One article's print page, and the view of it the web pages are made from: its bodies
 * rendered once, the print page checked for characters no face prints, and its images read.
 */
import { readFile } from "node:fs/promises";
import type { Article } from "../../document/article.ts";
import { checkPrintPageFonts, printPage, renderPrintBody, standalonePrintPage } from "../../editions/print/print-edition.ts";
import { webView } from "../../editions/web/web-edition.ts";
import { asPublishError } from "../../errors.ts";
import { plural, type ArticleJob } from "../article-job.ts";
import type { BuildState } from "../build-state.ts";

export function layoutTask(state: BuildState) {
  let pages = 0;
  const run = async (job: ArticleJob & { article: Article }): Promise<void> => {
    try {
      const view = webView(job.article, renderPrintBody(job.article));
      job.view = view;
      job.printHtml = printPage(view);
      checkPrintPageFonts(job.printHtml, job.article.meta.lang, job.source);
      if (state.options.printHtml) job.files.set("print.html", await standalonePrintPage(view, job.printHtml));
      for (const image of job.article.images) job.files.set(`images/${image.fileName}`, await readFile(image.path));
    } catch (error) {
      throw asPublishError(error, `could not render ${job.article.slug}`, { file: job.source });
    }
    pages++;
  };
  return { run, line: () => `${plural(pages, "print page")}; web pages under way` };
}
