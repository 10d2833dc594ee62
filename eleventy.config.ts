/**
 * This repository as an Eleventy site: `npx @11ty/eleventy` (or `--serve`) builds content/ into
 * _site/ with the project's own plugin, which puts each article's PDF and EPUB beside its page.
 * The page layout is layouts/site/article.ts, handed to Eleventy as a module (the layout
 * `article.11ty.js`): the web edition's page of `npm run build`, so both publish the same
 * bytes. content/content.11tydata.json asks for the editions of every article there.
 *
 * Eleventy 3.1 does not look for a TypeScript configuration: eleventy.config.js, beside this
 * file, loads this one for it. (`npm run build` does not use this file: it runs Eleventy on the
 * web layouts itself, see scripts/lib/editions/web/eleventy-pages.ts.)
 */
import type { UserConfig } from "@11ty/eleventy";
import { publishAssets, publishFontsFor } from "./scripts/lib/build/assets.ts";
import footnotePress from "./scripts/lib/eleventy/plugin.ts";
import * as articleLayout from "./layouts/site/article.ts";

export default function configureSite(eleventyConfig: UserConfig): void {
  eleventyConfig.addPlugin(footnotePress);
  eleventyConfig.addTemplate("_includes/article.11ty.js", { ...articleLayout });
  // The web pages' stylesheet and faces, from npm packages, as the build publishes them.
  eleventyConfig.on("eleventy.after", async (event) => {
    if (event.outputMode && event.outputMode !== "fs") return;
    const output = event.directories?.output ?? "_site";
    await publishAssets(output);
    await publishFontsFor(
      output,
      event.results.map((result) => ({ html: result.content, lang: "en" })),
    );
  });
}

export const config = {
  dir: { input: "content", output: "_site" },
};
