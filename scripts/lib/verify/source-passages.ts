/**
 * The body text of the source, passage by passage (paragraph, heading, item, table cell,
 * code block), with the line each starts on: what every edition must show, notes aside
 * (they are compared note by note). Calls and image descriptions are left out: no edition
 * prints an image's alt text, and calls are checked on their own.
 */
import type { Article } from "../document/article.ts";
import type { Token } from "../markdown/markdown-types.ts";

export interface SourcePassage {
  /** 1-based line in the source file. */
  line: number;
  text: string;
}

export function sourcePassages(article: Article): SourcePassage[] {
  const passages: SourcePassage[] = [];
  const lineOffset = article.env.lineOffset;
  for (const token of article.tokens) {
    if (token.type === "footnote_block_open") break;
    const text = token.type === "inline" ? inlineText(token.children ?? []) : token.type === "fence" || token.type === "code_block" ? token.content : undefined;
    if (text === undefined || text.trim() === "") continue;
    passages.push({ line: (token.map?.[0] ?? 0) + 1 + lineOffset, text: text.replace(/\s+/g, " ").trim() });
  }
  return passages;
}

function inlineText(children: Token[]): string {
  return children
    .map((child) => {
      if (child.type === "text" || child.type === "code_inline") return child.content;
      if (child.type === "softbreak" || child.type === "hardbreak") return " ";
      return "";
    })
    .join("");
}
