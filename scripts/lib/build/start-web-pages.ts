/**
 * Starts Eleventy on the web pages in the background. Nothing before publishing needs them,
 * and Eleventy is a large program to load: run in line, it held up every PDF.
 */
import type { ArticleView } from "../editions/article-view.ts";
import type { RenderedPages } from "../editions/eleventy-pages.ts";
import { trace } from "../cli/trace.ts";

export interface WebPagesBuild {
  pages: Promise<RenderedPages>;
  /** Milliseconds from start to finish, once finished. */
  workMs?: number;
}

export function startWebPages(views: ArticleView[]): WebPagesBuild {
  const started = performance.now();
  const build: WebPagesBuild = { pages: render() };
  // A failure is reported by the web stage, which awaits the pages.
  build.pages.catch(() => undefined);
  return build;

  async function render(): Promise<RenderedPages> {
    const { renderPages } = await import("../editions/eleventy-pages.ts");
    const pages = await renderPages(views);
    build.workMs = performance.now() - started;
    trace("web pages rendered");
    return pages;
  }
}
