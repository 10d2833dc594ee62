/**
 * What the build knows about one article. Each field is filled by one task of the build graph
 * (build-graph.ts) before the tasks that need it start, so none of them is a promise.
 */
import type { Article } from "../document/article.ts";
import type { PublishError } from "../errors.ts";
import type { ArticleView } from "../editions/article-view.ts";
import type { PrintResult } from "../editions/print/print-edition.ts";
import type { PageStart } from "../editions/page-starts.ts";

export interface ArticleJob {
  source: string;
  article?: Article;
  view?: ArticleView;
  printHtml?: string;
  /** Where each printed page starts, known once the layout is done and before the PDF is written. */
  pageStarts?: PageStart[];
  print?: PrintResult;
  /** The e-book cover, drawn in the browser or found in the cover cache. */
  coverPng?: Uint8Array;
  epub?: Uint8Array;
  /** What the read-back found and let pass, once the staged editions are verified. */
  mismatches?: string[];
  /** Files of this article's editions, by path relative to the article folder. */
  files: Map<string, Uint8Array | string>;
  /** Milliseconds spent per task on this article. */
  timings: Record<string, number>;
  /** Hash of everything this article's editions depend on (see inputs-hash.ts). */
  inputsHash?: string;
  /** The published editions already match every input: nothing to rebuild. */
  upToDate?: boolean;
  /** Set when a task failed: the tasks needing its products skip the article; published files are left alone. */
  error?: PublishError;
}

/** Articles still to build: parsed, not failed, not already up to date. */
export const isLive = (job: ArticleJob): job is ArticleJob & { article: Article } => !job.error && !job.upToDate && job.article !== undefined;

export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;
