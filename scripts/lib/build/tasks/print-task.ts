/**
 * One article's print edition, laid out and written in the build's one browser. The page
 * starts are handed on as soon as the layout is known, before the PDF is written: the EPUB
 * needs nothing else from the print edition.
 */
import type { Reporter } from "../../cli/reporter.ts";
import { formatDuration } from "../../cli/reporter.ts";
import { trace } from "../../cli/trace.ts";
import type { Article } from "../../document/article.ts";
import { renderPdf } from "../../editions/print/print-edition.ts";
import { RenderError } from "../../errors.ts";
import { settlesAtOnce } from "../../browser/settles-at-once.ts";
import { plural, type ArticleJob } from "../article-job.ts";
import type { BuildState } from "../build-state.ts";

/** Failures of Chromium rather than of the article: worth one more try. */
const crashes = ["renderer-crashed", "chromium-gone"];
const retried = ["print-timeout", ...crashes];

export function printTask(state: BuildState, reporter: Reporter) {
  let count = 0;
  let pages = 0;
  let layoutMs = 0;
  let pdfMs = 0;
  /** `laidOut` is called once `job.pageStarts` is known, before the PDF is written. */
  const run = async (job: ArticleJob & { article: Article }, laidOut: () => void): Promise<void> => {
    if (!job.printHtml) throw new RenderError("no print page was rendered", { code: "print-missing", location: { file: job.source } });
    const handOver = (why: string) => (): void => {
      if (!state.layoutHandedOver.isGiven) trace(`first layout handed over: ${why}`);
      state.layoutHandedOver.give();
    };
    const render = async () => {
      // The browser again each time: a Chromium that died is started anew (run-build.ts).
      const browser = state.browser();
      // Chromium still starting: what waits for the layout can use this process meanwhile.
      if (!(await settlesAtOnce(browser))) handOver("Chromium is starting")();
      return renderPdf(await browser, job.article, job.printHtml!, {
        timeoutMs: state.options.timeoutMs,
        onWaitingForPage: handOver("Chromium is opening its page"),
        onLayoutStarted: handOver("it is under way"),
        onLaidOut: (pageStarts) => {
          job.pageStarts = pageStarts;
          laidOut();
        },
      });
    };
    let print;
    try {
      print = await render();
    } catch (error) {
      // A layout that stalls once (seen only on a heavily loaded machine), or whose page
      // process crashed, gets one more chance in a fresh tab; a document that is simply too
      // long fails again, with the same message.
      if (!(error instanceof RenderError) || !retried.includes(error.code)) throw error;
      reporter.problem(`${job.source}: warning: ${error.message}; trying once more`);
      print = await render().catch((again: unknown) => {
        if (!(again instanceof RenderError) || !crashes.includes(again.code)) throw again;
        throw new RenderError(`print edition of "${job.article.meta.title}" failed twice: ${again.message}`, { code: again.code, location: { file: job.source }, cause: again });
      });
    }
    job.print = print;
    for (const warning of print.warnings) reporter.problem(`${warning.file ?? job.source}${warning.line === undefined ? "" : `:${warning.line}`}: warning: ${warning.message}`);
    job.files.set(`${job.article.slug}.pdf`, print.pdf);
    job.files.set("cover.png", print.firstPagePng);
    count++;
    pages += print.pageCount;
    layoutMs += print.timings.layoutMs;
    pdfMs += print.timings.pdfMs;
  };
  return { run, line: () => `${plural(count, "PDF")}, ${plural(pages, "page")} (layout ${formatDuration(layoutMs)}, PDF write ${formatDuration(pdfMs)})` };
}
