/**
 * pandoc's fenced divs: a block between `::: name` (or `::: {.name lang=fa}`) and `:::`, as
 * authors who write for pandoc use them for asides, epigraphs and passages in another language.
 * Without this, the fences print as text (":::: warning" above a paragraph) in every edition.
 *
 * An opening fence carries attributes; a bare fence closes the innermost open div, so divs nest
 * as in pandoc, whatever the number of colons. Colons inside a fenced code block are code.
 *
 * What is kept of the attributes: classes (prefixed `div-`, for a stylesheet), and `lang` with `dir`, which set
 * the language of the passage in all three editions as `[…]{lang=xx}` does for a phrase. Other
 * keys are dropped, and so is an `#id` on a div (a span keeps its own as an anchor): `::: {#refs}`
 * only tells where pandoc would set the list of works (citations/authors-references-heading.ts).
 */
import type { MarkdownIt, RendererRule, StateBlock, Token } from "./markdown-types.ts";
import { lineText } from "./block-lines.ts";
import { isRightToLeft } from "./script-runs.ts";
import { isClassName, parsePandocAttributes, type PandocAttributes } from "./pandoc-attributes.ts";
import { escapeHtml } from "./html.ts";
import { metaOf } from "./markdown-types.ts";
import type { StructureEnv } from "./nesting-limit.ts";
import { languageAttributes, reportInvalidLanguageTag } from "./language-marks.ts";

/** An `#id` is read but not written: see above. */
export type DivAttributes = PandocAttributes;

const OPENING = /^(:{3,})\s*(\{[^{}]*\}|[^\s{}:]+)\s*:*\s*$/;
const CLOSING = /^:{3,}\s*$/;
const CODE_FENCE = /^(`{3,}|~{3,})/;

/** The attributes of an opening fence's `{…}` or single word; undefined if it is no opening fence. */
export function parseOpeningFence(line: string): DivAttributes | undefined {
  const match = OPENING.exec(line);
  const written = match?.[2];
  if (written === undefined) return undefined;
  if (!written.startsWith("{")) return { classes: isClassName(written) ? [written] : [], understood: true };
  return parsePandocAttributes(written.slice(1, -1));
}

/** Whether `line` is indented as a fence may be: less than four columns past the block's indent. */
function fenceIndent(state: StateBlock, line: number): boolean {
  return (state.sCount[line] ?? 0) - state.blkIndent < 4 && (state.sCount[line] ?? 0) >= state.blkIndent;
}

/** The line of the fence that closes the div opened at `startLine`, or `endLine` if none does. */
function closingLine(state: StateBlock, startLine: number, endLine: number): number {
  let depth = 1;
  let codeFence: string | undefined;
  for (let line = startLine + 1; line < endLine; line++) {
    const text = lineText(state, line);
    const isBlank = text.trim() === "";
    if (!isBlank && (state.sCount[line] ?? 0) < state.blkIndent) return line;
    if (!fenceIndent(state, line)) continue;
    const code = CODE_FENCE.exec(text)?.[1];
    if (code !== undefined) {
      if (codeFence === undefined) codeFence = code;
      else if (code[0] === codeFence[0] && code.length >= codeFence.length && text.trim() === code) codeFence = undefined;
      continue;
    }
    if (codeFence !== undefined) continue;
    if (CLOSING.test(text)) {
      depth--;
      if (depth === 0) return line;
    } else if (parseOpeningFence(text)) {
      depth++;
    }
  }
  return endLine;
}

function fencedDiv(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (!fenceIndent(state, startLine)) return false;
  const attributes = parseOpeningFence(lineText(state, startLine));
  if (!attributes) return false;
  if (silent) return true;
  const end = closingLine(state, startLine, endLine);
  // As pandoc: a fence never closed opens no div, and prints as the text it is.
  if (end >= endLine || !CLOSING.test(lineText(state, end))) return false;
  if (attributes.lang !== undefined && !attributes.langValid) reportInvalidLanguageTag(state.env as Partial<StructureEnv>, startLine, attributes.lang);

  const open = state.push("fenced_div_open", "div", 1);
  open.block = true;
  open.map = [startLine, end + 1];
  metaOf(open).div = attributes;
  const parentType = state.parentType;
  const lineMax = state.lineMax;
  state.parentType = "fenced_div" as typeof state.parentType;
  // Lazy continuation lines must not run past the closing fence.
  state.lineMax = end;
  state.md.block.tokenize(state, startLine + 1, end);
  state.push("fenced_div_close", "div", -1).block = true;
  state.parentType = parentType;
  state.lineMax = lineMax;
  state.line = end + 1;
  return true;
}

/** `dir` for a passage whose language runs the other way from the document's. */
function directionChange(attributes: DivAttributes, documentLang: string | undefined): "rtl" | "ltr" | undefined {
  if (!attributes.langValid || !attributes.lang) return undefined;
  const rtl = isRightToLeft(attributes.lang);
  if (rtl === isRightToLeft(documentLang ?? "")) return undefined;
  return rtl ? "rtl" : "ltr";
}

export function divAttributesOf(token: Token): DivAttributes | undefined {
  return (token.meta as { div?: DivAttributes } | null)?.div;
}

/** The language a div sets for its passage, when its `lang` is a valid tag. */
export function divLanguage(token: Token): string | undefined {
  const attributes = divAttributesOf(token);
  return attributes?.langValid ? attributes.lang : undefined;
}

const renderOpen: RendererRule = (tokens, idx, options, env) => {
  const attributes = divAttributesOf(tokens[idx] as Token) ?? { classes: [], understood: false };
  // Prefixed: an author's `::: note` must not take the pipeline's own classes (note, notes, title-block…), which the stylesheets and the read-back select by.
  const classes = attributes.classes.length > 0 ? ` class="${escapeHtml(attributes.classes.map((name) => `div-${name}`).join(" "))}"` : "";
  const dir = attributes.dir ?? directionChange(attributes, (env as { languages?: { document: string } } | undefined)?.languages?.document);
  const lang = attributes.langValid && attributes.lang ? languageAttributes(attributes.lang, dir, Boolean(options.xhtmlOut)) : dir ? ` dir="${dir}"` : "";
  return `<div${classes}${lang}>\n`;
};

export function fencedDivsPlugin(md: MarkdownIt): void {
  // As pandoc: a fence does not interrupt a paragraph, so no `alt` chains.
  md.block.ruler.before("fence", "fenced_div", fencedDiv);
  md.renderer.rules.fenced_div_open = renderOpen;
  md.renderer.rules.fenced_div_close = () => "</div>\n";
}
