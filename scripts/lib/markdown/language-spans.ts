/**
 * Language marks on the shared tokens, so the web page, the print page and the EPUB all carry
 * the same `lang` (and `dir`) on the same words: screen readers then read a Persian name with a
 * Persian voice, and browsers isolate right-to-left runs.
 *
 * Two sources, one token pair (`language_open` / `language_close`, rendered as a `<span>`):
 * - the author: `[texte]{lang=fr}`, pandoc's bracketed span (its other attributes, classes and
 *   an id, are written as span-attributes.ts says; a span without `lang` is an
 *   `author_span_open` / `author_span_close` pair, `[Mark]{.mark}` HTML's `<mark>`);
 * - the text itself: after parsing, every run of letters foreign to the language around it
 *   (script-runs.ts) is wrapped, inside the author's spans as well as outside them.
 * A right-to-left span in left-to-right text also gets `dir="rtl"`.
 * Only text tokens are split; the characters, and so every edition's visible text, stay as
 * they were.
 */
import { canonicalLanguageTag, foreignRuns, isRightToLeft } from "./script-runs.ts";
import { metaOf, type MarkdownIt, type RendererRule, type StateCore, type Token } from "./markdown-types.ts";
import type { StructureEnv } from "./nesting-limit.ts";
import { languageAttributes, markAuthorSpan, reportInvalidLanguageTag } from "./language-marks.ts";
import { divLanguage } from "./fenced-divs.ts";
import { parsePandocAttributes } from "./pandoc-attributes.ts";
import { keepUniqueSpanIds, setSpanAttributes, spanAttributes, spanDirection } from "./span-attributes.ts";

/** What the parse needs to know of the article's languages (set by document/article.ts). */
export interface LanguageEnv {
  languages?: {
    /** The article's `lang`. */
    document: string;
    /** Script key → language tag, from the front matter's `scriptLanguages`. */
    scripts: Readonly<Record<string, string>>;
  };
}

type InlineState = Parameters<MarkdownIt["inline"]["ruler"]["__rules__"][number]["fn"]>[0];

const attributeBlock = /^\{([^{}\n]*)\}/;

/**
 * `[text]{lang=xx}`, `[Small caps]{.smallcaps}`, `[an anchor]{#name}`: the label parsed as
 * Markdown, marked with its language, classes and id. With a language it is a language span
 * (the author's, which the PDF's /Lang follows); without one a plain span.
 */
function bracketedSpan(state: InlineState, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x5b /* [ */ || state.src.charCodeAt(start + 1) === 0x5e /* ^ */) return false;
  const labelEnd = state.md.helpers.parseLinkLabel(state, start, false);
  if (labelEnd < 0) return false;
  const match = attributeBlock.exec(state.src.slice(labelEnd + 1, state.posMax));
  if (!match) return false;
  const attributes = parsePandocAttributes(match[1] ?? "");
  if (!attributes.understood) return false;
  if (!silent) {
    const written = attributes.lang?.trim();
    // `.mark` is HTML's own mark, as pandoc writes it: every reader and browser knows to highlight it.
    const marked = attributes.classes.includes("mark");
    if (marked) attributes.classes = attributes.classes.filter((name) => name !== "mark");
    const tag = written === undefined && marked ? "mark" : "span";
    const open = state.push(written === undefined ? "author_span_open" : "language_open", tag, 1);
    if (marked && tag === "span") attributes.classes.push("mark");
    if (written !== undefined) {
      open.attrs = [["lang", written]];
      markAuthorSpan(open);
      // Reported with the block's line by the core rule, which knows it.
      if (!attributes.langValid) metaOf(open).invalidTag = written;
    }
    setSpanAttributes(open, attributes);
    const max = state.posMax;
    state.pos = start + 1;
    state.posMax = labelEnd;
    state.md.inline.tokenize(state);
    state.posMax = max;
    state.push(written === undefined ? "author_span_close" : "language_close", tag, -1);
  }
  state.pos = labelEnd + 1 + match[0].length;
  return true;
}

/** Wraps the foreign-script runs of every text token, within each author span's language. */
function markForeignRuns(state: StateCore): void {
  const env = state.env as LanguageEnv & Partial<StructureEnv>;
  let line = 0;
  // The language of the passage each block stands in: the document's, or a fenced div's.
  const passages: string[] = [];
  for (const token of state.tokens) {
    if (token.map) line = token.map[0];
    if (token.type === "fenced_div_open") passages.push(divLanguage(token) ?? passages[passages.length - 1] ?? env.languages?.document ?? "");
    if (token.type === "fenced_div_close") passages.pop();
    if (token.type !== "inline" || !token.children) continue;
    for (const child of token.children) {
      const invalid = child.type === "language_open" ? (child.meta as { invalidTag?: string } | null)?.invalidTag : undefined;
      if (invalid !== undefined) reportInvalidLanguageTag(env, line, invalid);
    }
    if (env.languages) token.children = markChildren(state, token.children, passages[passages.length - 1] ?? env.languages.document, env.languages.scripts);
  }
}

function markChildren(state: StateCore, children: Token[], passageLang: string, scripts: Readonly<Record<string, string>>): Token[] {
  const contexts = [passageLang];
  const marked: Token[] = [];
  for (const child of children) {
    if (child.type === "language_open") {
      contexts.push(String(child.attrGet("lang") ?? passageLang));
      marked.push(withDirection(child, contexts[contexts.length - 2] ?? passageLang));
      continue;
    }
    if (child.type === "language_close") contexts.pop();
    if (child.type !== "text") {
      marked.push(child);
      continue;
    }
    marked.push(...splitText(state, child, contexts[contexts.length - 1] ?? passageLang, scripts));
  }
  return marked;
}

/** An author span in a right-to-left language inside left-to-right text gets `dir="rtl"` (see script-runs.ts for why only then). */
function withDirection(open: Token, outerLang: string): Token {
  const lang = String(open.attrGet("lang") ?? outerLang);
  if (isRightToLeft(lang) && !isRightToLeft(outerLang)) open.attrSet("dir", "rtl");
  return open;
}

function splitText(state: StateCore, token: Token, contextLang: string, scripts: Readonly<Record<string, string>>): Token[] {
  const runs = foreignRuns(token.content, contextLang, scripts);
  if (runs.length === 0) return [token];
  const pieces: Token[] = [];
  const text = (content: string): void => {
    if (content === "") return;
    const piece = new state.Token("text", "", 0);
    piece.content = content;
    pieces.push(piece);
  };
  let at = 0;
  for (const run of runs) {
    text(token.content.slice(at, run.start));
    const open = new state.Token("language_open", "span", 1);
    open.attrs = [["lang", run.lang], ...(run.dir ? [["dir", run.dir] as [string, string]] : [])];
    pieces.push(open);
    text(token.content.slice(run.start, run.end));
    pieces.push(new state.Token("language_close", "span", -1));
    at = run.end;
  }
  text(token.content.slice(at));
  return pieces;
}

const renderOpen: RendererRule = (tokens, idx, options) => {
  const token = tokens[idx] as Token;
  const dir = token.attrGet("dir");
  return `<span${spanAttributes(token)}${languageAttributes(String(token.attrGet("lang") ?? ""), dir ? String(dir) : undefined, Boolean(options.xhtmlOut))}>`;
};

const renderAuthorSpanOpen: RendererRule = (tokens, idx) => `<${tokens[idx]?.tag ?? "span"}${spanAttributes(tokens[idx] as Token)}${spanDirection(tokens[idx] as Token)}>`;

export function languageSpansPlugin(md: MarkdownIt): void {
  // Before links: `[text]{lang=fr}` is no reference link.
  md.inline.ruler.before("link", "language_span", bracketedSpan);
  md.core.ruler.push("foreign_script_runs", markForeignRuns);
  md.renderer.rules.language_open = renderOpen;
  md.renderer.rules.author_span_open = renderAuthorSpanOpen;
  md.renderer.rules.author_span_close = (tokens, idx) => `</${tokens[idx]?.tag ?? "span"}>`;
  md.core.ruler.after("heading_ids", "span_ids", keepUniqueSpanIds);
}
