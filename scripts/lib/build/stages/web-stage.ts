/** Stage 5: the web pages Eleventy rendered while the print and e-book editions were made. */
import { plural } from "../for-each-article.ts";
import { formatDuration } from "../../cli/reporter.ts";
import type { Stage } from "../stage.ts";

export const webStage: Stage = {
  name: "web",
  async run(state) {
    if (!state.webPages) return "no web pages";
    const pages = await state.webPages.pages;
    // An article is one page; a book its contents page and a page per chapter.
    const count = [...pages.keys()].filter((path) => path.endsWith(".html")).length;
    return `${plural(count, "web page")} (Eleventy, ${formatDuration(state.webPages.workMs ?? 0)} beside the print stage)`;
  },
};
