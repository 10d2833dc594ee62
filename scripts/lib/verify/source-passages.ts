/**
 * The body text of the source, passage by passage (paragraph, heading, item, table cell,
 * code block), with the line each starts on: what every edition must show, notes aside
 * (they are compared note by note). Calls, cross-references and image descriptions are left out: no edition
 * prints an image's alt text, and calls are checked on their own.
 */
import type { Article } from "../document/article.ts";
import type { Token } from "../markdown/markdown-types.ts";

export interface SourcePassage {
  /** 1-based line in the source file. */
  line: number;
  /** In a book, the chapter file the passage is in (the book's source is its book.yml). */
  file?: string;
  text: string;
  /** A figure's caption: the print edition may set its figure on the next page, after the text that follows it. */
  floats?: boolean;
}

export function sourcePassages(article: Article): SourcePassage[] {
  const passages: SourcePassage[] = [];
  const lineOffset = article.env.lineOffset;
  let inFigure = false;
  const chapters = article.book?.chapters ?? [];
  for (const [index, token] of article.tokens.entries()) {
    if (token.type === "footnote_block_open") break;
    const file = chapters.find((chapter) => index >= chapter.start && index < chapter.end)?.file;
    if (token.type === "figure_open" || token.type === "figure_close") inFigure = token.type === "figure_open";
    const texts = token.type === "inline" ? inlineTexts(token.children ?? []) : token.type === "fence" || token.type === "code_block" ? [token.content] : [];
    for (const text of texts) {
      if (text.trim() === "") continue;
      passages.push({ line: (token.map?.[0] ?? 0) + 1 + lineOffset, ...(file ? { file } : {}), text: text.replace(/\s+/g, " ").trim(), ...(inFigure ? { floats: true } : {}) });
    }
  }
  return passages;
}

/**
 * An inline's text, in pieces parted by its cross-references: each edition prints a reference
 * in its own words (the PDF adds "on page N"), which the cross-reference check reads.
 */
function inlineTexts(children: Token[]): string[] {
  const pieces = [""];
  for (const child of children) {
    if (child.type === "text" || child.type === "code_inline") pieces[pieces.length - 1] += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") pieces[pieces.length - 1] += " ";
    else if (child.type === "xref") pieces.push("");
  }
  return pieces;
}
