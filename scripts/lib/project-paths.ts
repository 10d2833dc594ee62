/** Where the project's own files live, wherever the command is run from. */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const layoutsDir = join(projectRoot, "layouts");
export const stylesDir = join(projectRoot, "styles");
export const contentDir = join(projectRoot, "content");
export const eleventyConfigPath = join(projectRoot, "eleventy.config.ts");
export const defaultOutDir = join(projectRoot, "dist");
