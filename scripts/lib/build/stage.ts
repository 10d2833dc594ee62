/** A build stage: a name for progress lines and a function over the build's state. */
import type { Reporter } from "../cli/reporter.ts";
import type { BrowserSession } from "../browser/browser-session.ts";
import type { BuildOptions } from "./build-options.ts";
import type { ArticleJob } from "./article-job.ts";
import type { WebPagesBuild } from "./start-web-pages.ts";

export interface BuildState {
  options: BuildOptions;
  reporter: Reporter;
  jobs: ArticleJob[];
  /** Eleventy's web pages, under way from the layout stage on (see start-web-pages.ts). */
  webPages?: WebPagesBuild;
  /** Started on first use, shared by every article and edition, closed at the end. */
  browser(): Promise<BrowserSession>;
}

export interface Stage {
  name: string;
  /** Runs even when no article needs building (the catalog, the shared assets). */
  always?: boolean;
  /** Returns the progress detail to print (e.g. "3 articles"). */
  run(state: BuildState): Promise<string>;
}
