/**
 * The e-book edition's one entry point: everything the build, the Eleventy plugin and the
 * other editions use of it. Its chapters, note placement, package documents and the
 * epub-gen-memory adapter stay behind this module.
 */
import type { Article } from "../../document/article.ts";
import type { EpubOptions, EpubResult } from "./render-epub.ts";

export type { EpubOptions, EpubResult } from "./render-epub.ts";
export { epubLabels, type EpubLabels } from "./epub-labels.ts";
export { coverFaces, coverHtml, coverSize, renderCover } from "./cover-image.ts";

/**
 * Builds the EPUB. Loaded on first use, so that a build with nothing to publish, or a command
 * that never makes an e-book, does not load epub-gen-memory.
 */
export async function renderEpub(article: Article, options: EpubOptions = {}): Promise<EpubResult> {
  const { renderEpub: render } = await import("./render-epub.ts");
  return render(article, options);
}

/** Loads the EPUB builder ahead of its first use, while this process would otherwise wait on Chromium. */
export async function preloadEpubRenderer(): Promise<void> {
  await import("./render-epub.ts");
}
