/**
 * Citations written as pandoc writes them, read by a markdown-it inline rule into one
 * `citation` token each, holding the cluster (which works, which locators). Nothing is
 * formatted here: the style and the positions are applied once the whole document is read.
 *
 *   [@doe]  [@doe, p. 33]  [see @doe, chap. 2; @roe]  [-@doe]   (bracketed)
 *   @doe says…   @doe [p. 33] says…                              (in running text)
 *
 * A bracket is a citation only when every part separated by `;` holds a key; otherwise it is
 * left to the other rules (a link, a note call, plain text). A bracket followed by `(` is a
 * link, and a link's text holds no citation. An `@` glued to a letter or digit before it (an
 * e-mail address) is not a citation.
 */
import type { MarkdownIt } from "../markdown/markdown-types.ts";
import type { CitationCluster, CitedWork } from "./citation-types.ts";
import { parseLocator } from "./locator.ts";

type InlineState = Parameters<MarkdownIt["inline"]["ruler"]["__rules__"][number]["fn"]>[0];

/** A key: pandoc's rule (starts with a letter, digit or `_`; inner punctuation allowed; ends with a letter, digit or `_`), or anything in braces. */
const keyPattern = /^(?:\{([^{}\s]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_:.#$%&\-+?<>~/]*[\p{L}\p{N}_]))*))/u;

/** `sec:`, `fig:`, `tbl:`, `eq:` and `fn:` open cross-references (crossref/reference-syntax.ts), never a citation key. */
const crossrefKey = /^(?:sec|fig|tbl|eq|fn):/i;

/** The work a part of a bracket cites (`see @doe, p. 33`), or undefined when it holds no key. */
export function parseCitedWork(part: string): CitedWork | undefined {
  const at = /(^|[\s\p{P}])(-?)@/u.exec(part);
  if (!at) return undefined;
  const keyStart = at.index + at[0].length;
  const key = keyPattern.exec(part.slice(keyStart));
  if (!key || crossrefKey.test(key[0])) return undefined;
  const prefix = part.slice(0, at.index + at[1]!.length).trim();
  const located = parseLocator(part.slice(keyStart + key[0].length));
  const work: CitedWork = { key: key[1] ?? key[2] ?? "" };
  if (prefix) work.prefix = `${prefix} `;
  if (at[2] === "-") work.suppressAuthor = true;
  if (located.locator) {
    work.locator = located.locator;
    work.label = located.label;
  }
  if (located.suffix) work.suffix = located.suffix;
  return work;
}

/** The cluster a bracket's text holds (`see @a, chap. 2; @b`), or undefined when it is no citation. */
export function parseBracketedCitation(inside: string): CitationCluster | undefined {
  if (!inside.includes("@") || inside.startsWith("^")) return undefined;
  const works: CitedWork[] = [];
  for (const part of inside.split(";")) {
    const work = parseCitedWork(part);
    if (!work) return undefined;
    works.push(work);
  }
  return { works, authorInText: false };
}

function isWordCharacter(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}_]/u.test(char);
}

function bracketed(state: InlineState, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x5b /* [ */) return false;
  const end = state.md.helpers.parseLinkLabel(state, start, true);
  if (end < 0) return false;
  // `[@doe](url)` is a link; `[@a][@b]` two citations, as in pandoc.
  if (state.src[end + 1] === "(") return false;
  const cluster = parseBracketedCitation(state.src.slice(start + 1, end));
  if (!cluster) return false;
  if (!silent) state.push("citation", "", 0).meta = { cluster };
  state.pos = end + 1;
  return true;
}

function inText(state: InlineState, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x40 /* @ */ || isWordCharacter(state.src[start - 1])) return false;
  const key = keyPattern.exec(state.src.slice(start + 1));
  if (!key || crossrefKey.test(key[0])) return false;
  let end = start + 1 + key[0].length;
  const work: CitedWork = { key: key[1] ?? key[2] ?? "" };
  // `@doe [p. 33]`: a bracket right after the key holds its locator, unless it is a citation itself.
  const locatorOpen = /^ ?\[/.exec(state.src.slice(end));
  if (locatorOpen) {
    const bracketStart = end + locatorOpen[0].length - 1;
    const bracketEnd = state.md.helpers.parseLinkLabel(state, bracketStart, true);
    const inside = bracketEnd < 0 ? "" : state.src.slice(bracketStart + 1, bracketEnd);
    if (bracketEnd >= 0 && !inside.includes("@") && !inside.startsWith("^") && !/^[([]/.test(state.src[bracketEnd + 1] ?? "")) {
      Object.assign(work, parseLocator(inside));
      end = bracketEnd + 1;
    }
  }
  if (!silent) state.push("citation", "", 0).meta = { cluster: { works: [work], authorInText: true } satisfies CitationCluster };
  state.pos = end;
  return true;
}

/** Registers both forms; they only run when the article has a bibliography (`active(env)`). */
export function citationSyntax(md: MarkdownIt, active: (env: unknown) => boolean): void {
  // Never in a link's text: a citation there would be a note call inside a link, which no edition can print.
  const allowed = (state: InlineState): boolean => active(state.env) && state.linkLevel === 0;
  md.inline.ruler.before("link", "citation_bracketed", (state, silent) => allowed(state) && bracketed(state, silent));
  md.inline.ruler.before("link", "citation_in_text", (state, silent) => allowed(state) && inText(state, silent));
}
