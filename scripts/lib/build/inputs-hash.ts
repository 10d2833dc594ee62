/**
 * What an article's editions depend on, as one hash: the article's own text, the layouts,
 * the print and e-book stylesheets, the pipeline's code, the fonts, the versions of the
 * rendering packages and of Chromium, and the date override. When the hash recorded in
 * edition.json matches, the article's editions are up to date and are not rebuilt.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { findChromium } from "../browser/chromium-path.ts";
import { fontPackages } from "../fonts/font-faces.ts";
import { layoutsDir, projectRoot, stylesDir } from "../project-paths.ts";

const renderingPackages = ["@11ty/eleventy", "markdown-it", "markdown-it-footnote", "pagedjs", "puppeteer-core", "epub-gen-memory", "pdf-lib", "hyphen", "jszip", "mupdf"];

let shared: Promise<string> | undefined;

/** The part every article shares, computed once per process. */
export function sharedInputsHash(): Promise<string> {
  shared ??= computeShared();
  return shared;
}

/**
 * `imageNames` are the published names of the article's images, made from their bytes: a
 * replaced image rebuilds. `extraFiles` are files published only on request (print.html): a
 * set built with another choice is rebuilt.
 */
export async function articleInputsHash(sourceHash: string, imageNames: readonly string[] = [], extraFiles: readonly string[] = []): Promise<string> {
  const hash = createHash("sha256").update(await sharedInputsHash()).update(sourceHash).update(imageNames.join("\n"));
  if (extraFiles.length) hash.update(`\nextra files: ${extraFiles.join(", ")}`);
  return hash.digest("hex");
}

async function computeShared(): Promise<string> {
  const hash = createHash("sha256");
  const [layouts, styles, code] = await Promise.all([filesUnder(layoutsDir), filesUnder(stylesDir), filesUnder(join(projectRoot, "scripts", "lib"))]);
  const files = [...layouts, ...styles.filter((file) => !file.endsWith("web.css")), ...code.filter((file) => !file.endsWith(".test.ts")), join(projectRoot, "eleventy.config.ts")].sort();
  // Read side by side, hashed in order: a few hundred reads one after another took longer than hashing them.
  const packages = [...renderingPackages, ...fontPackages];
  const [contents, manifests, chromium] = await Promise.all([
    inBatches(files, (file) => readFile(file)),
    // The fonts by their packages' versions: a thousand files to look at otherwise. Read
    // from node_modules directly: some packages' `exports` hide their package.json.
    inBatches(packages, async (name) => (JSON.parse(await readFile(join(projectRoot, "node_modules", name, "package.json"), "utf8")) as { version: string }).version),
    chromiumIdentity(),
  ]);
  files.forEach((file, index) => hash.update(file.slice(projectRoot.length)).update(contents[index]!));
  packages.forEach((name, index) => hash.update(`${name}@${manifests[index]}`));
  hash.update(chromium);
  hash.update(`SOURCE_DATE_EPOCH=${process.env.SOURCE_DATE_EPOCH ?? ""}`);
  return hash.digest("hex");
}

/** Chromium's binary size and date stand for its version without starting it (a start is slow). */
async function chromiumIdentity(): Promise<string> {
  try {
    const path = findChromium();
    const info = await stat(path);
    return `${path}:${info.size}:${info.mtimeMs}`;
  } catch {
    return "no-chromium";
  }
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const found = await Promise.all(entries.map((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)])));
  return found.flat();
}

/** `work` on every item, at most 32 at a time (open files stay few), results in the items' order. */
async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += 32) results.push(...(await Promise.all(items.slice(start, start + 32).map(work))));
  return results;
}
