/**
 * The `data-token` attributes markBlocks puts on block elements: the index of the block's
 * token, which is how a print page start names the block it falls in. The e-book needs them
 * only to place print page markers; EPUB content must not keep them.
 */
import { isTag, type AnyNode } from "domhandler";

/**
 * The blocks of a chapter by article token index, first one of each index kept. markdown-it
 * numbers blocks by their index in the token array it was given; a chapter is rendered from a
 * slice of the body, so its marks are shifted by the slice's start, `tokenOffset`.
 */
export function blocksByToken(nodes: AnyNode[], tokenOffset: number): Map<number, AnyNode & { attribs: Record<string, string> }> {
  const blocks = new Map<number, AnyNode & { attribs: Record<string, string> }>();
  const visit = (node: AnyNode): void => {
    if (!isTag(node)) return;
    const mark = node.attribs["data-token"];
    if (mark !== undefined && /^\d+$/.test(mark) && !blocks.has(Number(mark) + tokenOffset)) blocks.set(Number(mark) + tokenOffset, node);
    for (const child of node.children) visit(child);
  };
  for (const node of nodes) visit(node);
  return blocks;
}

export function removeBlockMarks(nodes: AnyNode[]): void {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    delete node.attribs["data-token"];
    removeBlockMarks(node.children);
  }
}
