/** Last stage, always run: the web edition's shared assets and the catalog of every published article. */
import { publishAssets } from "../assets.ts";
import { publishCatalog } from "../catalog.ts";
import { plural } from "../for-each-article.ts";
import type { Stage } from "../stage.ts";

export const catalogStage: Stage = {
  name: "catalog",
  always: true,
  async run(state) {
    await publishAssets(state.options.outDir);
    const listed = await publishCatalog(state.options.outDir);
    return `${plural(listed, "article")} listed`;
  },
};
