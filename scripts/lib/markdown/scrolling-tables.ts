/**
 * On a phone, a table wider than the screen would widen the whole web page, and every line of
 * text would then scroll sideways with it. The web edition sets each table in a box of its own
 * that scrolls, so only the table moves. A box that scrolls must be reachable from the keyboard
 * and say what it holds (WCAG 2.1.1, axe's scrollable-region-focusable): it is a named region,
 * named by the table's caption, or by the word for "Table" when it has none.
 */
import { escapeHtml } from "./html.ts";
import type { MarkdownIt, Token } from "./markdown-types.ts";

/** What the renderers find in env: the name of an uncaptioned table, when tables scroll. */
export interface ScrollingTablesEnv {
  tableRegionName?: string;
}

/** The caption's words as a reader sees them (its label, its text, its code), or undefined without one. */
export function captionText(tokens: readonly Token[], tableOpen: number): string | undefined {
  if (tokens[tableOpen + 1]?.type !== "caption_open") return undefined;
  let text = "";
  for (let index = tableOpen + 2; index < tokens.length && tokens[index]?.type !== "caption_close"; index++) {
    for (const child of (tokens[index] as Token).children ?? []) text += childText(child);
  }
  return text.replace(/\s+/gu, " ").trim() || undefined;
}

function childText(child: Token): string {
  if (child.type === "softbreak" || child.type === "hardbreak" || child.type === "crossref_caption_label") return child.content ? `${child.content} ` : " ";
  // A call's number is no part of the caption's words.
  return child.type === "footnote_ref" ? "" : child.content;
}

export function scrollingTablesPlugin(md: MarkdownIt): void {
  const rules = md.renderer.rules;
  const open = rules.table_open;
  const close = rules.table_close;
  rules.table_open = (tokens, idx, options, env, self) => {
    const html = open ? open(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    const fallbackName = (env as ScrollingTablesEnv | undefined)?.tableRegionName;
    if (fallbackName === undefined) return html;
    const name = captionText(tokens, idx) ?? fallbackName;
    return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(name)}">\n${html}`;
  };
  rules.table_close = (tokens, idx, options, env, self) => {
    const html = close ? close(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    return (env as ScrollingTablesEnv | undefined)?.tableRegionName === undefined ? html : `${html}</div>\n`;
  };
}
