/**
 * Formatted citations kept between builds: the words of every citation of an article and its
 * bibliography, stored under a hash of everything they are made from (the bibliography files,
 * the style, the locale, the language, the processor's version and each citation's request,
 * positions included). A rebuild whose citations did not change formats nothing and never
 * starts the processor; any change to any of those makes a new entry. Kept in
 * `.cache/citations/` (or `$PRESS_CACHE_DIR/citations/`), written whole or not at all.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { projectRoot } from "../project-paths.ts";
import { shippedLocales } from "./csl-style.ts";

export interface FormattedCitations {
  /** Marked text (marked-text.ts) of each citation, in the order requested. */
  citations: string[];
  bibliography: Array<{ key: string; text: string }>;
}

/** Bumped when the marked format or what is stored changes, so older entries are not read. */
const formatVersion = 1;

let processorVersion: string | undefined;

function cacheDir(): string {
  return join(process.env.PRESS_CACHE_DIR || join(projectRoot, ".cache"), "citations");
}

export function citationsCacheKey(inputsHash: string, requests: unknown): string {
  processorVersion ??= (createRequire(import.meta.url)("citeproc/package.json") as { version: string }).version;
  const hash = createHash("sha256").update(`v${formatVersion} citeproc ${processorVersion}\0${inputsHash}\0`);
  for (const [tag, xml] of shippedLocales()) hash.update(tag).update(xml);
  return hash.update(JSON.stringify(requests)).digest("hex");
}

export function cachedCitations(key: string, make: () => FormattedCitations): FormattedCitations {
  const file = join(cacheDir(), `${key}.json`);
  try {
    const stored = JSON.parse(readFileSync(file, "utf8")) as FormattedCitations;
    if (Array.isArray(stored.citations) && Array.isArray(stored.bibliography)) return stored;
  } catch {
    // Not cached yet (or unreadable): made below.
  }
  const made = make();
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(made));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written only costs the next build the formatting.
  }
  return made;
}
