/**
 * Runs Eleventy once per build, in memory, over every article: the web edition's pages.
 * Writing to disk is left to the build, which writes atomically.
 */
import { RenderError } from "../errors.ts";
import { trace } from "../cli/trace.ts";
import configureEleventy from "../../../eleventy.config.ts";
import { layoutsDir } from "../project-paths.ts";
import type { ArticleView } from "./article-view.ts";

/** Rendered pages keyed by their path under the output folder (`slug/index.html`). */
export type RenderedPages = Map<string, string>;

export async function renderPages(articles: ArticleView[]): Promise<RenderedPages> {
  // Eleventy's ESM cache-buster re-imports templates edited during `eleventy --watch`; our
  // templates are modules it is handed (see eleventy.config.ts), so it has nothing to do. Left
  // on, it installs a module loader hook on a thread of its own, and every module loaded after
  // Eleventy (pdf-lib, the PDF reader, ...) then waits on that thread.
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
  // Imported lazily: Eleventy is heavy and commands such as `verify` never need it.
  const { Eleventy } = await import("@11ty/eleventy");
  trace("Eleventy loaded");
  const outputDir = "/__eleventy_output__";
  const eleventy = new Eleventy(layoutsDir, outputDir, {
    // The configuration is eleventy.config.ts, imported above with the rest of the build
    // rather than loaded by Eleventy: Eleventy itself never has to import TypeScript.
    configPath: false,
    quietMode: true,
    config: (config) => {
      configureEleventy(config);
      config.addGlobalData("articles", articles);
    },
  });
  let results;
  try {
    results = await eleventy.toJSON();
  } catch (error) {
    throw new RenderError(`Eleventy could not render the pages: ${(error as Error).message}`, { code: "eleventy", cause: error });
  }
  trace("Eleventy rendered");
  const pages: RenderedPages = new Map();
  for (const result of results) {
    if (!result.outputPath) continue;
    const relative = result.outputPath.replace(/\\/g, "/").replace(/^.*__eleventy_output__\//, "");
    pages.set(relative, result.content);
  }
  return pages;
}
