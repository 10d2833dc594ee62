import type { LanguagePassage } from "./language-passages.ts";

/** What the print edition writes into its PDF about the article (pdf-metadata.ts, pdf-xmp.ts). */
export interface PdfInfo {
  title: string;
  authors: string[];
  description?: string;
  keywords: string[];
  lang: string;
  date: Date;
  /** The article's edition (front matter `edition` or `version`), kept as a custom Info entry. */
  edition?: string;
  /**
   * The texts of the title and of every heading, to repair the bookmarks Chromium wrote; with
   * `printed`, what the page shows of it (a title followed by its note calls, "A Title1").
   */
  headings: Array<string | { text: string; printed: string[] }>;
  /**
   * Whether any text is in a language other than the article's: only then are the tags read
   * for elements to give a /Lang (reading every page's text again, for nothing, otherwise).
   */
  otherLanguages: boolean;
  /** The passages the author marked with a language, whose elements get it as /Lang (language-passages.ts). */
  languagePassages?: LanguagePassage[];
  /** The article's language for each script (front matter `scriptLanguages`, Arabic's read from its letters). */
  scriptLanguages?: Readonly<Record<string, string>>;
  /** The modifier letters the source writes (ʼ, ʻ), whose glyphs a text face shares with ’ and ‘ (pdf-presentation-forms.ts). */
  modifierLetters?: string;
  /** What a link to each cross-reference target or heading is read as ("figure 2", "section 1.1 Sources"). */
  linkTargets?: Record<string, string>;
}
