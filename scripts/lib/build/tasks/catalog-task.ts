/** Last, whatever else happened: the web edition's shared assets and the catalog of every published article. */
import type { PublishedPage } from "../assets.ts";
import { publishCatalogAndAssets } from "../catalog.ts";
import { plural, type ArticleJob } from "../article-job.ts";
import type { BuildState } from "../build-state.ts";

export function catalogTask(state: BuildState) {
  let line = "";
  /** `published`: the articles this build published. */
  const run = async (published: ArticleJob[]): Promise<void> => {
    const listed = await publishCatalogAndAssets(state.options.outDir, builtWebPages(state, published));
    line = `${plural(listed, "article")} listed`;
  };
  return { run, line: () => line };
}

/** The web pages this build published, with their languages. */
function builtWebPages(state: BuildState, published: ArticleJob[]): PublishedPage[] {
  return published.flatMap((job) => {
    const html = job.article ? state.webPages?.get(`${job.article.slug}/index.html`) : undefined;
    return html && job.article ? [{ html, lang: job.article.meta.lang }] : [];
  });
}
