/**
 * Inline notes (`^[...]`) with their id taken before their text is parsed.
 *
 * markdown-it-footnote parses an inline note's text first and only then stores the note
 * at the list position it read beforehand; a call inside that text (`^[see [^b]]`) takes the
 * same position, and one of the two notes is lost. This rule does the same work in the
 * other order. Numbers are not decided here (the footnote model does that), only ids.
 */
import type { MarkdownIt, Token } from "./markdown-types.ts";
import type { FootnoteEnv } from "./footnote-types.ts";

type InlineState = Parameters<MarkdownIt["inline"]["ruler"]["__rules__"][number]["fn"]>[0];

function inlineNote(state: InlineState, silent: boolean): boolean {
  const start = state.pos;
  const max = state.posMax;
  if (start + 2 >= max || state.src.charCodeAt(start) !== 0x5e /* ^ */ || state.src.charCodeAt(start + 1) !== 0x5b /* [ */) return false;
  const end = state.md.helpers.parseLinkLabel(state, start + 1);
  if (end < 0) return false;
  if (!silent) {
    const env = state.env as unknown as FootnoteEnv;
    env.footnotes ??= {};
    const list = (env.footnotes.list ??= []);
    const content = state.src.slice(start + 2, end);
    const entry: { content: string; tokens: Token[] } = { content, tokens: [] };
    const id = list.length;
    list.push(entry);
    state.md.inline.parse(content, state.md, state.env, entry.tokens);
    const token = state.push("footnote_ref", "", 0);
    token.meta = { id };
  }
  state.pos = end + 1;
  state.posMax = max;
  return true;
}

export function reserveInlineNoteIds(md: MarkdownIt): void {
  md.inline.ruler.at("footnote_inline", inlineNote);
}
