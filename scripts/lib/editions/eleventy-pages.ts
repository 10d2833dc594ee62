/**
 * Runs Eleventy once per build, in memory, over every article: the web pages and the print
 * pages. Writing to disk is left to the build, which writes atomically.
 */
import { RenderError } from "../errors.ts";
import { eleventyConfigPath, layoutsDir } from "../project-paths.ts";
import type { ArticleView } from "./article-view.ts";

/** Rendered pages keyed by their path under the output folder (`slug/index.html`). */
export type RenderedPages = Map<string, string>;

export async function renderPages(articles: ArticleView[]): Promise<RenderedPages> {
  // Imported lazily: Eleventy is heavy and commands such as `verify` never need it.
  const { Eleventy } = await import("@11ty/eleventy");
  const outputDir = "/__eleventy_output__";
  const eleventy = new Eleventy(layoutsDir, outputDir, {
    configPath: eleventyConfigPath,
    quietMode: true,
    config: (config) => {
      config.addGlobalData("articles", articles);
    },
  });
  let results;
  try {
    results = await eleventy.toJSON();
  } catch (error) {
    throw new RenderError(`Eleventy could not render the pages: ${(error as Error).message}`, { code: "eleventy", cause: error });
  }
  const pages: RenderedPages = new Map();
  for (const result of results) {
    if (!result.outputPath) continue;
    const relative = result.outputPath.replace(/\\/g, "/").replace(/^.*__eleventy_output__\//, "");
    pages.set(relative, result.content);
  }
  return pages;
}
