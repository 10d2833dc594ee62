/** Stage 3: lay out and print each article's PDF in the build's one browser. */
import { RenderError } from "../../errors.ts";
import { forEachArticle, plural } from "../for-each-article.ts";
import type { Stage } from "../stage.ts";
import { formatDuration } from "../../cli/reporter.ts";
import { startEpub } from "../start-epub.ts";

/** Failures of Chromium rather than of the article: worth one more try. */
const crashes = ["renderer-crashed", "chromium-gone"];
const retried = ["print-timeout", ...crashes];

export const printStage: Stage = {
  name: "print",
  async run(state) {
    // Loaded here, not at start-up: pdf-lib and the layout code are only needed when there is something to print.
    const { renderPdf } = await import("../../editions/print/render-pdf.ts");
    let pages = 0;
    let layoutMs = 0;
    let pdfMs = 0;
    const count = await forEachArticle(state, "print", async (job) => {
      if (!job.printHtml) throw new RenderError("no print page was rendered", { code: "print-missing", location: { file: job.source } });
      const render = async () =>
        // The browser again each time: a Chromium that died is started anew (run-build.ts).
        renderPdf(await state.browser(), job.article, job.printHtml!, {
          timeoutMs: state.options.timeoutMs,
          // The EPUB needs only where the pages start: build it while Chromium writes the PDF.
          onLaidOut: (pageStarts) => startEpub(job, pageStarts),
        });
      let print;
      try {
        print = await render();
      } catch (error) {
        // A layout that stalls once (seen only on a heavily loaded machine), or whose page
        // process crashed, gets one more chance in a fresh tab; a document that is simply too
        // long fails again, with the same message.
        if (!(error instanceof RenderError) || !retried.includes(error.code)) throw error;
        state.reporter.problem(`${job.source}: warning: ${error.message}; trying once more`);
        print = await render().catch((again: unknown) => {
          if (!(again instanceof RenderError) || !crashes.includes(again.code)) throw again;
          throw new RenderError(`print edition of "${job.article.meta.title}" failed twice: ${again.message}`, { code: again.code, location: { file: job.source }, cause: again });
        });
      }
      job.print = print;
      for (const warning of print.warnings) state.reporter.problem(`${job.source}: warning: ${warning}`);
      job.files.set(`${job.article.slug}.pdf`, print.pdf);
      job.files.set("cover.png", print.firstPagePng);
      pages += print.pageCount;
      layoutMs += print.timings.layoutMs;
      pdfMs += print.timings.pdfMs;
    });
    return `${plural(count, "PDF")}, ${plural(pages, "page")} (layout ${formatDuration(layoutMs)}, PDF write ${formatDuration(pdfMs)})`;
  },
};
