// One import point for markdown-it's own type declarations.
export type { MarkdownIt, Token, StateCore, StateBlock, RendererRule, MarkdownItOptions } from "markdown-it";

import type { Token as MdToken } from "markdown-it";

/** A token's plugin metadata, created on first use (markdown-it leaves it null). */
export function metaOf(token: MdToken): Record<string, unknown> {
  if (!token.meta) token.meta = {};
  return token.meta as Record<string, unknown>;
}
