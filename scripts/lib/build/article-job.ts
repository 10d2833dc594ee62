/** What the build knows about one article as it moves through the stages. */
import type { Article } from "../document/article.ts";
import type { PublishError } from "../errors.ts";
import type { ArticleView } from "../editions/article-view.ts";
import type { PrintResult } from "../editions/print/print-edition.ts";

export interface ArticleJob {
  source: string;
  article?: Article;
  view?: ArticleView;
  printHtml?: string;
  print?: PrintResult;
  epub?: Uint8Array;
  /** The EPUB being built, started by the print stage once the page starts are known (see start-epub.ts). */
  epubBuild?: Promise<Uint8Array>;
  /** The e-book cover, drawn in the browser as soon as it is up (see draw-covers.ts). */
  coverPng?: Promise<Uint8Array>;
  /** Files of this article's editions, by path relative to the article folder. */
  files: Map<string, Uint8Array | string>;
  /** Milliseconds spent per stage on this article. */
  timings: Record<string, number>;
  /** Hash of everything this article's editions depend on (see inputs-hash.ts). */
  inputsHash?: string;
  /** The published editions already match every input: nothing to rebuild. */
  upToDate?: boolean;
  /** Set when a stage failed: later stages skip the article; published files are left alone. */
  error?: PublishError;
}

/** Articles still to build: parsed, not failed, not already up to date. */
export const isLive = (job: ArticleJob): job is ArticleJob & { article: Article } => !job.error && !job.upToDate && job.article !== undefined;
