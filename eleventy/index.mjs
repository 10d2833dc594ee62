/**
 * `footnote-press/eleventy`: the Eleventy plugin, for any Eleventy 3 site.
 *
 *   import footnotePress from "footnote-press/eleventy";
 *   export default function (eleventyConfig) { eleventyConfig.addPlugin(footnotePress, { editions: ["pdf", "epub"] }); }
 *
 * The pipeline is TypeScript; this entry is plain JavaScript, so that a site's configuration
 * loads it on plain Node. tsx compiles the plugin's modules as they are imported, for this
 * import only: the site's own modules are loaded as before.
 */
import { tsImport } from "tsx/esm/api";

const plugin = await tsImport("../scripts/lib/eleventy/plugin.ts", import.meta.url);

export default plugin.default;
