/**
 * Every article's web pages, in one Eleventy run. They need the articles' views only, so
 * Eleventy, a large program to load, works while Chromium lays out the print pages.
 */
import { formatDuration } from "../../cli/reporter.ts";
import { trace } from "../../cli/trace.ts";
import { renderWebPages } from "../../editions/web/web-edition.ts";
import { plural, type ArticleJob } from "../article-job.ts";
import type { BuildState } from "../build-state.ts";

export function webTask(state: BuildState) {
  let line = "";
  const run = async (jobs: ArticleJob[], rendered: (job: ArticleJob) => void): Promise<void> => {
    // Nothing needs the web pages before the PDFs are written: Eleventy waits until the first layout is handed over (build-state.ts).
    await state.layoutHandedOver.given;
    const started = performance.now();
    const pages = await renderWebPages(jobs.flatMap((job) => (job.view ? [job.view] : [])));
    trace("web pages rendered");
    state.webPages = pages;
    for (const job of jobs) rendered(job);
    // An article is one page; a book its contents page and a page per chapter.
    const count = [...pages.keys()].filter((path) => path.endsWith(".html")).length;
    line = `${plural(count, "web page")} (Eleventy, ${formatDuration(performance.now() - started)} beside the print stage)`;
  };
  return { run, line: () => line };
}
