/**
 * References to labelled targets, as pandoc-crossref writes them: `@sec:intro` in running
 * text, `[@fig:map]` in brackets, `[@fig:a; @fig:b]` for several; `@Fig:map` prints
 * "Figure 1" at a sentence's start. One `xref` token per reference, resolved once the whole
 * document is read (crossref-resolve.ts). pandoc-crossref's `[-@fig:map]`, the number without
 * its word, is read so that it can be refused with its line (every edition prints a
 * reference's word with its number, and the read-back finds references by both).
 *
 * These rules run before the citation rules: `@sec:x`, `@fig:x`, `@tbl:x` and `@eq:x` are
 * cross-references with or without a bibliography, never citation keys.
 */
import type { MarkdownIt, Token } from "../markdown/markdown-types.ts";
import { referenceAtStart } from "./label-syntax.ts";
import { referenceText, type CrossrefTarget } from "./crossref-types.ts";

type InlineState = Parameters<MarkdownIt["inline"]["ruler"]["__rules__"][number]["fn"]>[0];

export interface ReferenceMeta {
  /** `fig:map`, the prefix in lower case. */
  label: string;
  capital: boolean;
  /** Written `-@fig:map`: the number without its word, which is refused. */
  numberOnly?: boolean;
  /** Set when the bracket held more than one reference and this is not the first. */
  joined?: boolean;
  /** What it names, once resolved (crossref-resolve.ts), and the language its words are in. */
  target?: CrossrefTarget;
  lang?: string;
}

/** The reference an `xref` token holds. */
export function referenceOf(token: Token): ReferenceMeta {
  return token.meta as unknown as ReferenceMeta;
}

/**
 * The words a resolved reference prints ("section 2.3", ", figure 4" after another in its
 * bracket), read from its target when asked: a note's number may change after resolving (a
 * book joining its chapters). Empty when it names nothing.
 */
export function referenceWords(token: Token): string {
  const { target, capital, joined, lang } = referenceOf(token);
  return target ? `${joined ? ", " : ""}${referenceText(target, capital, lang ?? "en")}` : "";
}

function parseOne(written: string): ReferenceMeta | undefined {
  const numberOnly = written.startsWith("-@");
  const text = numberOnly ? written.slice(1) : written;
  const match = referenceAtStart.exec(text);
  if (!match || match[0].length !== text.length) return undefined;
  const prefix = match[1] as string;
  return { label: `${prefix.toLowerCase()}:${match[2]}`, capital: prefix[0] !== prefix[0]?.toLowerCase(), ...(numberOnly ? { numberOnly } : {}) };
}

function inText(state: InlineState, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x40 /* @ */) return false;
  // `name@sec:x` is an address, not a reference.
  if (/[\p{L}\p{N}_]/u.test(state.src[start - 1] ?? "")) return false;
  const match = referenceAtStart.exec(state.src.slice(start));
  if (!match) return false;
  if (!silent) state.push("xref", "", 0).meta = { ...parseOne(match[0]) };
  state.pos = start + match[0].length;
  return true;
}

function bracketed(state: InlineState, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x5b /* [ */ || !state.src.startsWith("@", state.src[start + 1] === "-" ? start + 2 : start + 1)) return false;
  const end = state.md.helpers.parseLinkLabel(state, start, true);
  // `[@fig:x](url)` is a link.
  if (end < 0 || state.src[end + 1] === "(") return false;
  const parts = state.src.slice(start + 1, end).split(";").map((part) => parseOne(part.trim()));
  if (parts.length === 0 || parts.some((part) => part === undefined)) return false;
  if (!silent) {
    parts.forEach((part, index) => {
      state.push("xref", "", 0).meta = { ...part, joined: index > 0 } satisfies Partial<ReferenceMeta>;
    });
  }
  state.pos = end + 1;
  return true;
}

export function referenceSyntax(md: MarkdownIt): void {
  // Never inside a link's text: a reference is a link itself.
  md.inline.ruler.before("link", "xref_bracketed", (state, silent) => state.linkLevel === 0 && bracketed(state, silent));
  md.inline.ruler.before("link", "xref_in_text", (state, silent) => state.linkLevel === 0 && inText(state, silent));
}
