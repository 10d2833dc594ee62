/**
 * Links whose text holds a note call: `A [linked text[^1]](https://example.org) here.`
 *
 * pandoc reads a link there; markdown-it does not, because its link rule refuses any bracketed
 * token inside a link's text (it keeps links out of links, and `[^1]` is bracketed). This rule
 * gives markdown-it's own link rule the end of such a text, found the way markdown-it finds it
 * but letting note calls through, so destinations, titles and references are read by
 * markdown-it as for any link. The call is then parsed inside the link, and checkCallPlaces
 * (footnote-checks.ts) sets it right after the link, as for every call that ends up inside one.
 * A link inside the text still stops it being a link, as markdown-it wants.
 *
 * An inline note in a link's text (`[text^[note]](url)`) needs none of this: it does not start
 * with a bracket, and markdown-it's rule already reads the link around it.
 */
import { inlineRuleNamed, type MarkdownIt } from "./markdown-types.ts";

type InlineRule = Parameters<MarkdownIt["inline"]["ruler"]["at"]>[1];
type InlineState = Parameters<InlineRule>[0];

const noteCall = /^\[\^[^\]\s]+\]$/;

/**
 * The position of the `]` closing the link text opened at `start`, when that text holds at least
 * one note call and no link; -1 otherwise. State is left as found.
 */
export function labelEndAroundCalls(state: InlineState, start: number): number {
  if (state.src.charCodeAt(start) !== 0x5b /* [ */) return -1;
  const oldPos = state.pos;
  let level = 1;
  let calls = 0;
  let end = -1;
  state.pos = start + 1;
  while (state.pos < state.posMax) {
    const code = state.src.charCodeAt(state.pos);
    if (code === 0x5d /* ] */ && --level === 0) {
      end = state.pos;
      break;
    }
    const from = state.pos;
    state.md.inline.skipToken(state);
    if (code !== 0x5b) continue;
    if (state.pos === from + 1) level++;
    else if (noteCall.test(state.src.slice(from, state.pos))) calls++;
    // A token opening with a bracket that is no call is a link or an image: no link around it.
    else break;
  }
  state.pos = oldPos;
  return calls > 0 ? end : -1;
}

export function linkAroundCallsPlugin(md: MarkdownIt): void {
  const link = inlineRuleNamed(md, "link", "markdown-it has no link rule to extend");
  const linkAroundCalls: InlineRule = (state, silent) => {
    if (link(state, silent)) return true;
    const start = state.pos;
    const labelEnd = labelEndAroundCalls(state, start);
    if (labelEnd < 0) return false;
    // markdown-it's link rule, told where this text ends; every other label it asks for is found as usual.
    const engine = state.md;
    const parseLinkLabel: typeof engine.helpers.parseLinkLabel = (inner, from, disableNested) =>
      from === start && inner === state ? labelEnd : engine.helpers.parseLinkLabel(inner, from, disableNested);
    state.md = Object.create(engine, { helpers: { value: { ...engine.helpers, parseLinkLabel } } }) as MarkdownIt;
    try {
      return link(state, silent);
    } finally {
      state.md = engine;
    }
  };
  md.inline.ruler.at("link", linkAroundCalls);
}
