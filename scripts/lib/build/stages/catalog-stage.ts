/** Last stage, always run: the web edition's shared assets and the catalog of every published article. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { publishAssets, publishFontsFor, type PublishedPage } from "../assets.ts";
import { publishCatalog } from "../catalog.ts";
import { plural } from "../for-each-article.ts";
import type { BuildState, Stage } from "../stage.ts";

export const catalogStage: Stage = {
  name: "catalog",
  always: true,
  async run(state) {
    await publishAssets(state.options.outDir);
    await publishFontsFor(state.options.outDir, await builtWebPages(state));
    const listed = await publishCatalog(state.options.outDir);
    // The catalog lists every published article's title (its page is in English).
    const catalog = await readFile(join(state.options.outDir, "index.html"), "utf8").catch(() => "");
    await publishFontsFor(state.options.outDir, [{ html: catalog, lang: "en" }]);
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
