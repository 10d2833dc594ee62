// One import point for markdown-it's own type declarations.
export type { MarkdownIt, Token, StateCore, StateBlock, RendererRule, MarkdownItOptions } from "markdown-it";

import type { MarkdownIt as Md, Token as MdToken } from "markdown-it";

/** The inline rule registered under `name` (markdown-it's own, or a plugin's already used), for a rule that wraps it or runs it elsewhere; `missing` is the error when there is none. */
export function inlineRuleNamed(md: Md, name: string, missing: string): Md["inline"]["ruler"]["__rules__"][number]["fn"] {
  const rule = md.inline.ruler.__rules__.find((each) => each.name === name)?.fn;
  if (!rule) throw new Error(missing);
  return rule;
}

/** A token's plugin metadata, created on first use (markdown-it leaves it null). */
export function metaOf(token: MdToken): Record<string, unknown> {
  if (!token.meta) token.meta = {};
  return token.meta as Record<string, unknown>;
}
