/**
 * The `data-token` attributes markBlocks puts on block elements. The e-book needs them only
 * to find where print pages begin; EPUB content must not keep them (epub-gen-memory would
 * strip them anyway, and they mean nothing to a reader).
 */
const blockMark = /(<[A-Za-z][^>]*?)\sdata-token="(\d+)"/g;

/**
 * markdown-it numbers blocks by their index in the token array it was given; a chapter is
 * rendered from a slice of the body, so its marks are shifted back to article token indices.
 */
export function shiftBlockMarks(html: string, by: number): string {
  if (by === 0) return html;
  return html.replace(blockMark, (_whole, tag: string, index: string) => `${tag} data-token="${Number(index) + by}"`);
}

export function stripBlockMarks(html: string): string {
  return html.replace(blockMark, (_whole, tag: string) => tag);
}
