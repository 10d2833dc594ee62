/**
 * Test fixtures only: the article's top-level blocks (paragraphs, tables, quotes...) as token
 * ranges, with the notes first called in each, so the fixture editions below can lay an
 * article out by hand (which block goes on which page or in which chapter file).
 */
import type { Article } from "../../../scripts/lib/document/article.ts";
import type { Token } from "../../../scripts/lib/markdown/markdown-types.ts";
import { splitNotes } from "../../../scripts/lib/engine/render.ts";

export interface ArticleBlock {
  tokens: Token[];
  /** Notes whose first call is in this block, by number. */
  firstCalls: number[];
}

export function articleBlocks(article: Article): ArticleBlock[] {
  const { body } = splitNotes(article);
  const ranges: Array<[number, number]> = [];
  let start = -1;
  body.forEach((token, index) => {
    if (token.level !== 0) return;
    if (token.nesting === 1) start = index;
    else if (token.nesting === -1) ranges.push([start, index + 1]);
    else ranges.push([index, index + 1]);
  });
  return ranges.map(([from, to]) => ({
    tokens: body.slice(from, to),
    firstCalls: article.notes.notes.filter((note) => {
      const first = note.calls[0];
      return first !== undefined && first.tokenIndex >= from && first.tokenIndex < to;
    }).map((note) => note.number),
  }));
}

/** Blocks grouped `size` at a time (pages, chapter files). */
export function groupBlocks(blocks: ArticleBlock[], size: number): ArticleBlock[][] {
  const groups: ArticleBlock[][] = [];
  for (let i = 0; i < blocks.length; i += size) groups.push(blocks.slice(i, i + size));
  return groups;
}
