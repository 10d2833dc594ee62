/**
 * A bare address followed by a note call: `the report at https://example.org/report.pdf[^3]`.
 *
 * markdown-it's linkify reads an address to its end, and an address may hold brackets, so it
 * took `[^3]` into the link: the call was never read, and the build stopped on a call with no
 * definition. The address ends where a note call (`[^label]`) or an inline note (`^[`) begins:
 * markdown-it's own rule is given the text only up to there, so it still decides where the
 * address ends before it (a full stop before the call stays text) and what it links to.
 * An escaped call (`\^[`, `\[^`) is text, not a call, and leaves the address as linkify reads it.
 */
import { inlineRuleNamed, type MarkdownIt } from "./markdown-types.ts";

/** The first note call or inline note in a run of text with no space; a backslash and what it escapes go together, so an escaped one is passed over. */
const callInWord = /^(?:[^\s\\]|\\\S)*?(?=\[\^[^\]\s]+\]|\^\[)/;

/** How much of a run of text with no space comes before its first note call or inline note, where an address in it must end; undefined if it holds none. */
export function textBeforeCall(run: string): number | undefined {
  return callInWord.exec(run)?.[0].length;
}

export function linksBeforeCallsPlugin(md: MarkdownIt): void {
  const linkify = inlineRuleNamed(md, "linkify", "markdown-it has no inline linkify rule to wrap");
  md.inline.ruler.at("linkify", (state, silent) => {
    const before = textBeforeCall(state.src.slice(state.pos, state.posMax));
    if (before === undefined) return linkify(state, silent);
    const src = state.src;
    state.src = src.slice(0, state.pos + before);
    try {
      return linkify(state, silent);
    } finally {
      state.src = src;
    }
  });
}
