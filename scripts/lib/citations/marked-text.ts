/**
 * The citation processor's output format, and its conversion into markdown-it tokens.
 *
 * citeproc-js writes text with markup for italics, bold and each cited work; instead of HTML
 * (which every edition would have to parse again) it writes private-use characters as marks,
 * and this file turns them into the tokens the editions already render: `em`, `strong`, and a
 * link to the work's bibliography entry. The marks cannot come from the bibliography: they
 * are removed from every text the processor escapes.
 */
import type { StateCore, Token } from "../markdown/markdown-types.ts";

const mark = {
  italicOpen: "\uE110",
  italicClose: "\uE111",
  boldOpen: "\uE112",
  boldClose: "\uE113",
  workOpen: "\uE114",
  workKeyEnd: "\uE115",
  workClose: "\uE116",
} as const;

const anyMark = /[\uE110-\uE116]/g;

const wrap = (open: string, close: string) => `${open}%%STRING%%${close}`;
const plain = (_state: unknown, text: string): string => text;

/** An output format for citeproc-js (`CSL.Output.Formats`), keyed as the processor expects. */
export const markedFormat: Record<string, unknown> = {
  text_escape: (text: string | undefined) => (text ?? "").replace(anyMark, ""),
  bibstart: "",
  bibend: "",
  "@font-style/italic": wrap(mark.italicOpen, mark.italicClose),
  "@font-style/oblique": wrap(mark.italicOpen, mark.italicClose),
  "@font-style/normal": false,
  "@font-variant/small-caps": false,
  "@passthrough/true": plain,
  "@font-variant/normal": false,
  "@font-weight/bold": wrap(mark.boldOpen, mark.boldClose),
  "@font-weight/normal": false,
  "@font-weight/light": false,
  "@text-decoration/none": false,
  "@text-decoration/underline": false,
  "@vertical-align/baseline": false,
  "@vertical-align/sup": false,
  "@vertical-align/sub": false,
  "@strip-periods/true": plain,
  "@strip-periods/false": plain,
  "@quotes/true": (state: { getTerm(name: string): string }, text: string | undefined) =>
    text === undefined ? state.getTerm("open-quote") : state.getTerm("open-quote") + text + state.getTerm("close-quote"),
  "@quotes/inner": (state: { getTerm(name: string): string }, text: string | undefined) =>
    text === undefined ? "\u2019" : state.getTerm("open-inner-quote") + text + state.getTerm("close-inner-quote"),
  "@quotes/false": false,
  // citeproc-js applies this only when the system object has wrapCitationEntry (csl-processor.ts).
  "@cite/entry": function (this: { item_id: string }, _state: unknown, text: string) {
    return wrapCitedWork(text, this.item_id);
  },
  "@bibliography/entry": (_state: unknown, text: string) => `${text}\n`,
  "@display/block": (_state: unknown, text: string) => ` ${text}`,
  "@display/left-margin": (_state: unknown, text: string) => `${text} `,
  "@display/right-inline": plain,
  "@display/indent": (_state: unknown, text: string) => ` ${text}`,
  "@showid/true": plain,
  "@URL/true": plain,
  "@DOI/true": plain,
};

/** Marks the words of one cited work, so they can link to its bibliography entry. */
export function wrapCitedWork(text: string, key: string): string {
  return `${mark.workOpen}${key}${mark.workKeyEnd}${text}${mark.workClose}`;
}

type TokenConstructor = StateCore["Token"];

/**
 * Tokens for a marked text. `linkTarget(key)` names the bibliography entry a cited work links
 * to; without one (the bibliography entries themselves), works are not links.
 */
export function markedTextTokens(text: string, Token: TokenConstructor, linkTarget?: (key: string) => string | undefined): Token[] {
  const tokens: Token[] = [];
  const push = (type: string, tag: string, nesting: -1 | 0 | 1): Token => {
    const token = new Token(type, tag, nesting);
    tokens.push(token);
    return token;
  };
  const pattern = /\uE110|\uE111|\uE112|\uE113|\uE114([^\uE115]*)\uE115|\uE116/g;
  let last = 0;
  const openWorks: boolean[] = [];
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    if (found.index > last) push("text", "", 0).content = text.slice(last, found.index);
    last = found.index + found[0].length;
    const marker = found[0][0];
    if (marker === mark.italicOpen) push("em_open", "em", 1).markup = "_";
    else if (marker === mark.italicClose) push("em_close", "em", -1).markup = "_";
    else if (marker === mark.boldOpen) push("strong_open", "strong", 1).markup = "**";
    else if (marker === mark.boldClose) push("strong_close", "strong", -1).markup = "**";
    else if (marker === mark.workOpen) {
      const target = linkTarget?.(found[1] ?? "");
      openWorks.push(target !== undefined);
      if (target !== undefined) push("citation_link_open", "a", 1).meta = { target };
    } else if (marker === mark.workClose && openWorks.pop()) push("citation_link_close", "a", -1);
  }
  if (last < text.length) push("text", "", 0).content = text.slice(last);
  return tokens.filter((token) => token.type !== "text" || token.content !== "");
}

/** The text without the marks of cited works (italics and bold kept). */
export function unwrapWorks(text: string): string {
  return text.replace(/\uE114[^\uE115]*\uE115|\uE116/g, "");
}

/** The marked text as a reader sees it (marks removed). */
export function plainOfMarked(text: string): string {
  return text.replace(/\uE114[^\uE115]*\uE115/g, "").replace(anyMark, "");
}
