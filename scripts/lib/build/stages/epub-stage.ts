/** Stage 4: the EPUB of each article, with the print edition's page breaks when it has them. */
import { forEachArticle, plural } from "../for-each-article.ts";
import type { Stage } from "../stage.ts";
import { startEpub } from "../start-epub.ts";
import { formatDuration } from "../../cli/reporter.ts";

export const epubStage: Stage = {
  name: "epub",
  async run(state) {
    let workMs = 0;
    const count = await forEachArticle(state, "epub", async (job) => {
      // Normally already under way since the print stage; started here only if it was not.
      if (!job.epubBuild) startEpub(job, job.print?.pageStarts);
      job.epub = await job.epubBuild!;
      job.files.set(`${job.article.slug}.epub`, job.epub);
      workMs += job.timings.epubWork ?? 0;
    });
    return `${plural(count, "EPUB")} (built in ${formatDuration(workMs)}, beside the PDF write)`;
  },
};
