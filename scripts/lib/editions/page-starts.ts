/**
 * Where each print page begins, as found after layout, in terms every edition shares:
 * the index of a block token in the article's token stream, and how many characters of
 * that block's visible body text (notes excluded, soft hyphens removed) come before the
 * page break. The EPUB edition uses this to place its page-break markers and page list.
 */
export interface PageStart {
  /** 1-based position of the page in the PDF. */
  page: number;
  /** The folio printed on the page when it is not `page`: a book's front matter in roman figures (iii), its chapters from 1 again. */
  label?: string;
  /** data-token index of the block the page starts in (see RenderEnv.markBlocks). */
  tokenIndex: number;
  /** Characters of the block's text that sit on earlier pages; 0 when the page starts with the block. */
  textOffset: number;
}
