/**
 * Eleventy 3.1 looks for eleventy.config.js, .mjs or .cjs, not for a TypeScript configuration:
 * this file hands it eleventy.config.ts, compiled by tsx for this import only, so that
 * `npx @11ty/eleventy` works on plain Node.
 */
import { tsImport } from "tsx/esm/api";

const site = await tsImport("./eleventy.config.ts", import.meta.url);

export default site.default;
export const config = site.config;
