/**
 * footnote-press as an Eleventy plugin: `eleventyConfig.addPlugin(footnotePress, options)`.
 *
 * It adds two things to a site and changes nothing else in its configuration: the Markdown of
 * the pages it publishes is rendered with the footnote model (markdown-pages.ts; the site's
 * layouts make the web page around it, and its other pages keep the site's Markdown), and
 * once Eleventy has written the site, those pages get their PDF and EPUB beside them,
 * proved to carry the same notes as the web page (publish-editions.ts).
 */
import type { UserConfig } from "@11ty/eleventy";
import { type PublishedPage, renderPublishedMarkdown } from "./markdown-pages.ts";
import { type FootnotePressOptions, resolveOptions } from "./plugin-options.ts";
import { publishEditions } from "./publish-editions.ts";

export type { FootnotePressOptions } from "./plugin-options.ts";

export default function footnotePress(eleventyConfig: UserConfig, options?: FootnotePressOptions): void {
  const resolved = resolveOptions(options);
  const print = (line: string): void => void process.stdout.write(`[footnote-press] ${line}\n`);
  const warn = (line: string): void => void process.stderr.write(`[footnote-press] ${line}\n`);
  /** The pages published by the build under way, by input path (a page rendered again replaces its entry). */
  const pages = new Map<string, PublishedPage>();
  eleventyConfig.on("eleventy.before", () => pages.clear());
  renderPublishedMarkdown(eleventyConfig, resolved, pages, warn);
  eleventyConfig.on("eleventy.after", async (event) => {
    // A build to JSON writes no page: there is nothing to put editions beside.
    if (event.outputMode && event.outputMode !== "fs") return;
    await publishEditions([...pages.values()], event.results, resolved, print);
  });
}
