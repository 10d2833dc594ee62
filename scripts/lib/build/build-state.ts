/** What every task of one build shares: the options, the articles, the browser, Eleventy's pages. */
import type { BrowserSession } from "../browser/browser-session.ts";
import type { RenderedPages } from "../editions/web/web-edition.ts";
import type { BuildOptions } from "./build-options.ts";
import type { ArticleJob } from "./article-job.ts";
import type { StartSignal } from "./start-signal.ts";

export interface BuildState {
  options: BuildOptions;
  jobs: ArticleJob[];
  /** Started on first use, shared by every article and edition; a crashed one is started anew. */
  browser(): Promise<BrowserSession>;
  /** Lets the browser go (a warm one, the live preview's, stays open). */
  releaseBrowser(): Promise<void>;
  /**
   * Given once the first print layout no longer needs this process: Chromium is laying it out,
   * or the print task is waiting for Chromium (still starting, or still opening the page), or
   * has nothing left to start. Work that nothing waits for until the layouts are done (loading
   * Eleventy, warming up the verifier, drawing covers, opening more pages) waits for it, so
   * that this process hands Chromium its first layout as soon as the parse is done, and
   * uses the time Chromium may still need to start for that work.
   */
  layoutHandedOver: StartSignal;
  /** Every article's web pages, once the web task has rendered them. */
  webPages?: RenderedPages;
}
