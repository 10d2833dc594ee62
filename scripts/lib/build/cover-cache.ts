/**
 * E-book covers drawn before, kept by what a cover is drawn from: the cover page (title,
 * subtitle, authors, publisher, date, language), the font files it is set in, and the
 * Chromium that draws it. An article whose text changed but not its title page gets its cover
 * back instead of a window being opened to draw it again (one window and one drawing less,
 * which on a small machine compete with the print layout). Same inputs, same bytes: the cache never changes an edition.
 * Stored under .cache/covers/ in the project, beside the compiled bundles, or under
 * $PRESS_CACHE_DIR/covers/ when that is set (tests use their own).
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "../document/article.ts";
import { coverFaces, coverHtml, coverSize } from "../editions/epub/epub-edition.ts";
import { findChromium } from "../browser/chromium-path.ts";
import { projectRoot } from "../project-paths.ts";
import { writeFileAtomic } from "./atomic-write.ts";

export function coverCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.PRESS_CACHE_DIR || join(projectRoot, ".cache"), "covers");
}

/**
 * Raised whenever renderCover draws differently from the same page (viewport, scale,
 * screenshot options): covers drawn the old way are then not reused.
 */
const drawingVersion = 1;

/** The cache key of an article's cover; undefined when there is no Chromium to name (the draw reports that). */
export function coverCacheKey(article: Article, env: NodeJS.ProcessEnv = process.env): string | undefined {
  let chromium: string;
  try {
    chromium = findChromium(env);
  } catch {
    return undefined;
  }
  // Size and time of the executable stand for its version: a Chromium upgrade replaces it.
  const binary = statSync(chromium);
  return createHash("sha256")
    .update(JSON.stringify({ drawingVersion, coverSize, chromium, size: binary.size, modified: binary.mtimeMs, fonts: digestOfFonts(article) }))
    .update("\0")
    .update(coverHtml(article))
    .digest("hex");
}

const fileDigests = new Map<string, string>();

/** The files the cover is set in (its page names them), by content: a CJK package has hundreds the cover never uses. */
function digestOfFonts(article: Article): string {
  const hash = createHash("sha256");
  for (const face of coverFaces(article)) {
    let digest = fileDigests.get(face.path);
    if (!digest) fileDigests.set(face.path, (digest = createHash("sha256").update(readFileSync(face.path)).digest("hex")));
    hash.update(face.fileName).update("\0").update(digest);
  }
  return hash.digest("hex");
}

export async function readCachedCover(key: string): Promise<Uint8Array | undefined> {
  const bytes = await readFile(join(coverCacheDir(), `${key}.png`)).catch(() => undefined);
  return bytes ? new Uint8Array(bytes) : undefined;
}

/** Best effort: a cover that cannot be stored is drawn again next time. */
export async function storeCover(key: string, png: Uint8Array): Promise<void> {
  await writeFileAtomic(join(coverCacheDir(), `${key}.png`), png).catch(() => undefined);
}
