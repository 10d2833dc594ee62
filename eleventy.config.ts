/**
 * Eleventy configuration shared by every build. Templates are TypeScript modules in layouts/
 * (`*.11ty.ts`), rendered in memory; the build passes the parsed articles in as global data,
 * so Eleventy lays out pages but never parses an article a second time.
 */
import type { UserConfig } from "@11ty/eleventy";
import { markdownEngine } from "./scripts/lib/markdown/engine.ts";

export default function configureEleventy(eleventyConfig: UserConfig): void {
  // The same markdown-it instance as every other edition: one numbering, one set of rules.
  eleventyConfig.setLibrary("md", markdownEngine);
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.setQuietMode(true);
  // No `dir` here: the build passes the layouts folder as an absolute path, so builds work
  // from any working directory.
}
