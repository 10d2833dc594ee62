/**
 * The books the e-book tests build: the sample article, a long multi-chapter book in several
 * scripts, and the note edge cases. Also plausible print page starts for the long book,
 * made from its tokens the way a print layout would report them.
 */
import { join } from "node:path";
import { loadArticle, type Article } from "../../scripts/lib/document/article.ts";
import type { PageStart } from "../../scripts/lib/editions/page-starts.ts";
import { renderEpub, type EpubOptions } from "../../scripts/lib/editions/epub/render-epub.ts";
import type { Token } from "../../scripts/lib/markdown/markdown-types.ts";
import { projectRoot } from "../../scripts/lib/project-paths.ts";
import { openEpub, type OpenedEpub } from "./epub-reader.ts";

export const books = {
  sample: join(projectRoot, "content", "mko-fears-us-withdrawal.md"),
  long: join(projectRoot, "tests", "fixtures", "epub", "long-book.md"),
  notes: join(projectRoot, "tests", "fixtures", "epub", "notes-edge-cases.md"),
};

export interface BuiltBook {
  article: Article;
  epub: Uint8Array;
  coverPng: Uint8Array | undefined;
  opened: OpenedEpub;
}

export async function buildBook(file: string, options: EpubOptions = {}): Promise<BuiltBook> {
  const article = await loadArticle(file);
  const { epub, coverPng } = await renderEpub(article, options);
  return { article, epub, coverPng, opened: await openEpub(epub) };
}

/** Text of a paragraph or heading as a reader sees it, note calls left out (the PageStart convention). */
export function visibleBlockText(article: Article, blockIndex: number): string {
  const inline = article.tokens[blockIndex + 1];
  if (!inline || inline.type !== "inline") throw new Error(`token ${blockIndex} is not followed by inline content`);
  return inlineText(inline.children ?? []);
}

function inlineText(children: Token[]): string {
  return children
    .map((child) => {
      if (child.type === "text" || child.type === "code_inline") return child.content;
      if (child.type === "softbreak" || child.type === "hardbreak") return "\n";
      return "";
    })
    .join("");
}

/**
 * Every fourth paragraph or heading of the body starts a page, at offsets that cover the
 * cases a layout produces: a block starting a page, a page turning inside a block, an offset
 * past the block's end. Page 1 starts with the first block.
 */
export function samplePageStarts(article: Article): PageStart[] {
  const bodyEnd = article.tokens.findIndex((token) => token.type === "footnote_block_open");
  const blocks: number[] = [];
  article.tokens.forEach((token, index) => {
    const isBlock = (token.type === "paragraph_open" && !token.hidden) || token.type === "heading_open";
    if (isBlock && (bodyEnd === -1 || index < bodyEnd)) blocks.push(index);
  });
  const offsets = [0, 25, 61, 100_000, 7];
  const starts: PageStart[] = [];
  blocks.forEach((tokenIndex, i) => {
    if (i !== 0 && i % 4 !== 0) return;
    const textOffset = i === 0 ? 0 : (offsets[starts.length % offsets.length] ?? 0);
    starts.push({ page: starts.length + 1, tokenIndex, textOffset });
  });
  return starts;
}
