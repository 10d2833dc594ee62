/**
 * A note call followed by a parenthesis or a bracket: `it[^1](sic)`, `1999[^2][see below]`.
 *
 * markdown-it reads links before note calls, so `[^1](sic)` was a link whose text was "^1" and
 * whose address was "sic": the note lost its call and "(sic)" was gone from every edition,
 * with only a warning that the note was never called. pandoc reads a call and then "(sic)".
 * markdown-it-footnote's own call rule is tried before the link rule too. It takes only a label
 * the text defines, so `[^caret](url)` with no note `caret` is still a link.
 */
import { inlineRuleNamed, type MarkdownIt } from "./markdown-types.ts";

export function callsBeforeLinksPlugin(md: MarkdownIt): void {
  const call = inlineRuleNamed(md, "footnote_ref", "markdown-it-footnote has no footnote_ref rule to run before links");
  md.inline.ruler.before("link", "footnote_ref_before_link", (state, silent) => {
    // Only `[^`: every other bracket goes to the link rule untouched.
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */ || state.src.charCodeAt(state.pos + 1) !== 0x5e /* ^ */) return false;
    return call(state, silent);
  });
}
