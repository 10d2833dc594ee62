/** Last stage, always run: the web edition's shared assets and the catalog of every published article. */
import type { PublishedPage } from "../assets.ts";
import { publishCatalogAndAssets } from "../catalog.ts";
import { plural } from "../for-each-article.ts";
import type { BuildState, Stage } from "../stage.ts";

export const catalogStage: Stage = {
  name: "catalog",
  always: true,
  async run(state) {
    const listed = await publishCatalogAndAssets(state.options.outDir, await builtWebPages(state));
    return `${plural(listed, "article")} listed`;
  },
};

/** The web pages this build published, with their languages. */
async function builtWebPages(state: BuildState): Promise<PublishedPage[]> {
  const pages = await state.webPages?.pages.catch(() => undefined);
  return state.jobs.flatMap((job) => {
    const html = job.article && !job.error ? pages?.get(`${job.article.slug}/index.html`) : undefined;
    return html && job.article ? [{ html, lang: job.article.meta.lang }] : [];
  });
}
