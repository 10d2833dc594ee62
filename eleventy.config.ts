/**
 * Eleventy configuration shared by every build: Eleventy makes the web edition. The templates
 * are the TypeScript modules in layouts/ (`*.11ty.ts`), handed to Eleventy as modules (virtual
 * templates) rather than as files for it to import: Eleventy then never loads TypeScript
 * itself, so the build runs on plain Node from a precompiled bundle (scripts/run-bundled.mjs).
 * The build passes the parsed articles in as global data, so Eleventy lays out pages but
 * never parses an article again.
 */
import type { UserConfig } from "@11ty/eleventy";
import { markdownEngine } from "./scripts/lib/markdown/engine.ts";
import * as webArticle from "./layouts/web-article.11ty.ts";

/** Each template under the name Eleventy knows it by, relative to the layouts folder. */
export const templates = {
  "web-article.11ty.js": webArticle,
};

export default function configureEleventy(eleventyConfig: UserConfig): void {
  // The same markdown-it instance as every other edition: one numbering, one set of rules.
  eleventyConfig.setLibrary("md", markdownEngine);
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  for (const [name, template] of Object.entries(templates)) eleventyConfig.addTemplate(name, { ...template });
  eleventyConfig.setQuietMode(true);
  // No `dir` here: the build passes the layouts folder as an absolute path, so builds work
  // from any working directory.
}
