/** What every task of one build shares: the options, the articles, the browser, Eleventy's pages. */
import type { BrowserSession } from "../browser/browser-session.ts";
import type { RenderedPages } from "../editions/web/web-edition.ts";
import type { BuildOptions } from "./build-options.ts";
import type { ArticleJob } from "./article-job.ts";

export interface BuildState {
  options: BuildOptions;
  jobs: ArticleJob[];
  /** Started on first use, shared by every article and edition; a crashed one is started anew. */
  browser(): Promise<BrowserSession>;
  /** Lets the browser go (a warm one, the live preview's, stays open). */
  releaseBrowser(): Promise<void>;
  /** Every article's web pages, once the web task has rendered them. */
  webPages?: RenderedPages;
}
