/**
 * The typographer's replacements an author of pandoc's Markdown expects: `---` an em dash, `--`
 * an en dash, `...` an ellipsis. markdown-it's own rule also turns `(c)`, `(r)` and `(tm)` into
 * ©, ® and ™, `+-` into ±, two dots into an ellipsis, and collapses `!!!!` and `,,`: a legal
 * memo's sub-paragraph "(c) the rule…" printed as "© the rule…". Those are what was written,
 * and every edition keeps them as such.
 */
import type { MarkdownIt, Token } from "./markdown-types.ts";

const emDash = /(^|[^-])---(?=[^-]|$)/gm;
const spacedEnDash = /(^|\s)--(?=\s|$)/gm;
const joinedEnDash = /(^|[^-\s])--(?=[^-\s]|$)/gm;

export function dashesAndEllipses(text: string): string {
  if (!text.includes("--") && !text.includes("...")) return text;
  return text.replace(/\.\.\./g, "\u2026").replace(emDash, "$1\u2014").replace(spacedEnDash, "$1\u2013").replace(joinedEnDash, "$1\u2013");
}

/** Replaces markdown-it's `replacements` rule, in its place among the core rules. */
export function dashesAndEllipsesPlugin(md: MarkdownIt): void {
  md.core.ruler.at("replacements", (state) => {
    if (!state.md.options.typographer) return;
    for (const block of state.tokens) if (block.type === "inline" && block.children) replaceInText(block.children);
  });
}

/** Text outside addresses linkify found: `https://example.org/a--b` stays as typed. */
function replaceInText(children: Token[]): void {
  let inAutolink = 0;
  for (const token of children) {
    if (token.type === "link_open" && token.info === "auto") inAutolink++;
    else if (token.type === "link_close" && token.info === "auto") inAutolink--;
    else if (token.type === "text" && inAutolink === 0) token.content = dashesAndEllipses(token.content);
  }
}
