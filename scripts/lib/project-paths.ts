/** Where the project's own files live, wherever the command is run from. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder holding eleventy.config.ts, found by walking up from this module: the same
 * answer whether the module runs from scripts/lib/ (tsx, tests) or from a precompiled
 * bundle under .cache/ (scripts/run-bundled.mjs).
 */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "eleventy.config.ts")) && existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no project root (a folder with eleventy.config.ts) above ${start}`);
  }
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const layoutsDir = join(projectRoot, "layouts");
export const stylesDir = join(projectRoot, "styles");
export const contentDir = join(projectRoot, "content");
export const defaultOutDir = join(projectRoot, "dist");
