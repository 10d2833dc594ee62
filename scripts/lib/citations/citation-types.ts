/**
 * What a citation is once read from the Markdown, before any style has formatted it: the
 * works it cites, in the order written, with what the author wrote around each.
 */

export interface CitedWork {
  /** The bibliography key as written after `@`. */
  key: string;
  /** Text before the key inside the brackets (`see` in `[see @doe, 33]`). */
  prefix?: string;
  /** Text after the locator (`, emphasis added`). */
  suffix?: string;
  /** The locator's value (`33`, `2-5`), with its CSL label (`page`, `chapter`). */
  locator?: string;
  label?: string;
  /** `[-@key]`: the author is named in the text already. */
  suppressAuthor?: boolean;
}

export interface CitationCluster {
  works: CitedWork[];
  /** `@key` in running text: the author's name stays in the sentence. */
  authorInText: boolean;
}

/** CSL's positions, in citeproc's numbering. */
export enum CitePosition {
  First = 0,
  Subsequent = 1,
  Ibid = 2,
  IbidWithLocator = 3,
}
