/**
 * Which characters of a block are its body text, when a place in the article is named as
 * {tokenIndex, textOffset} (see page-starts.ts). The print layout reports where each page
 * starts that way (print/browser/layout-report.js, given this rule when it runs), and the
 * EPUB puts its page-break markers by it (epub/page-breaks.ts): both must count the same
 * characters, so the rule is written here once and handed to each.
 *
 * Offsets count UTF-16 code units, as a DOM text offset does.
 */
export interface BodyTextRule {
  /**
   * Elements whose text is not body text, in the markup of either edition: note calls and note
   * bodies (print `span.footnote`, EPUB `aside`), and the print edition's own additions (a
   * cross-reference's " on page N", a table header repeated on a new page).
   */
  notBody: string;
  /** Characters that take no place in the count: soft hyphens, which only the print edition's hyphenation adds. */
  uncounted: string;
}

export const bodyTextRule: BodyTextRule = {
  notBody: ["span.footnote", "aside", ".note-call", "[data-footnote-call]", ".xref-page", ".repeated-header"].join(", "),
  uncounted: "\u00AD",
};
