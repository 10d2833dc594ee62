/** Stage 4: the EPUB of each article, with the print edition's page breaks when it has them. */
import { forEachArticle, plural } from "../for-each-article.ts";
import type { Stage } from "../stage.ts";

export const epubStage: Stage = {
  name: "epub",
  async run(state) {
    const { renderEpub } = await import("../../editions/epub/render-epub.ts");
    const count = await forEachArticle(state, "epub", async (job) => {
      const session = await state.browser();
      const result = await renderEpub(job.article, { pageStarts: job.print?.pageStarts, session, coverPng: await job.coverPng });
      job.epub = result.epub;
      job.files.set(`${job.article.slug}.epub`, result.epub);
    });
    return plural(count, "EPUB");
  },
};
