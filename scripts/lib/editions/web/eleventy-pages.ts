/**
 * Runs Eleventy once per build, in memory, over every article: the web edition's pages.
 * Writing to disk is left to the build, which writes atomically.
 */
import { RenderError } from "../../errors.ts";
import { trace } from "../../cli/trace.ts";
import type { UserConfig } from "@11ty/eleventy";
import { markdownEngine, useDefaultNoteRenderer } from "../../engine/markdown-engine.ts";
import { webNoteRenderer } from "./web-notes.ts";
import { layoutsDir } from "../../project-paths.ts";
import * as webArticle from "../../../../layouts/web-article.11ty.ts";
import * as webChapter from "../../../../layouts/web-chapter.11ty.ts";
import type { ArticleView } from "../article-view.ts";

/** Each template under the name Eleventy knows it by, relative to the layouts folder. */
export const templates = {
  "web-article.11ty.js": webArticle,
  "web-chapter.11ty.js": { data: webChapter.data, render: webChapter.render },
};

/**
 * The build's own Eleventy run: its templates are the TypeScript modules in layouts/
 * (`*.11ty.ts`), handed to Eleventy as modules (virtual templates) rather than as files for it
 * to import, so Eleventy never loads TypeScript itself and the build runs on plain Node from
 * a precompiled bundle (scripts/run-bundled.mjs). The articles come in as global data, parsed
 * once by the build: Eleventy lays out pages but never parses an article again. (The site
 * Eleventy builds from content/ is configured by eleventy.config.ts, with the plugin.)
 */
function configureBuildPages(eleventyConfig: UserConfig): void {
  // The same markdown-it instance as every other edition: one numbering, one set of rules.
  useDefaultNoteRenderer(webNoteRenderer);
  eleventyConfig.setLibrary("md", markdownEngine);
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  for (const [name, template] of Object.entries(templates)) eleventyConfig.addTemplate(name, { ...template });
  eleventyConfig.setQuietMode(true);
}

/** Rendered pages keyed by their path under the output folder (`slug/index.html`). */
export type RenderedPages = Map<string, string>;

export async function renderPages(articles: ArticleView[]): Promise<RenderedPages> {
  // Eleventy's ESM cache-buster re-imports templates edited during `eleventy --watch`; our
  // templates are modules it is handed (see configureBuildPages), so it has nothing to do. Left
  // on, it installs a module loader hook on a thread of its own, and every module loaded after
  // Eleventy (pdf-lib, the PDF reader, ...) then waits on that thread.
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
  // Imported lazily: Eleventy is heavy and commands such as `verify` never need it.
  const { Eleventy } = await import("@11ty/eleventy");
  trace("Eleventy loaded");
  const outputDir = "/__eleventy_output__";
  const eleventy = new Eleventy(layoutsDir, outputDir, {
    // The configuration is configureBuildPages, compiled with the rest of the build rather
    // than loaded by Eleventy: Eleventy itself never has to import TypeScript.
    configPath: false,
    quietMode: true,
    config: (config) => {
      configureBuildPages(config);
      config.addGlobalData("articles", articles);
      config.addGlobalData("chapterPages", webChapter.chapterPages(articles));
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
