/**
 * Core rule, right after inline parsing (before the footnote model counts tokens): finds the
 * labelled targets and numbers them once, in reading order.
 *
 * - Headings are numbered by level (`2.3`), counted from the highest level the body uses,
 *   when any heading carries a `{#sec:…}` label; their number is a token of its own, so the
 *   heading's text (and its id) stays as written.
 * - An image alone in its paragraph and followed by `{#fig:…}` becomes a figure whose caption
 *   is the image's description: "Figure 1. …".
 * - A paragraph `: Caption {#tbl:…}` (or `Table: Caption`) right before or after a table
 *   becomes its caption, moved inside the table: "Table 1. …". Without a label it is an
 *   unnumbered caption.
 *
 * Tokens are changed in place or moved within a table, never added or removed, so every index
 * later rules record stays valid; the one exception, a caption the definition-list rule took for
 * a definition, is undone first, before this rule takes an index itself. Labels inside notes are refused: a note is no place a
 * number can be given from.
 */
import type { StateCore, Token } from "../markdown/markdown-types.ts";
import { metaOf } from "../markdown/markdown-types.ts";
import type { Diagnostic } from "../errors.ts";
import { captionLabel, targetId, type CrossrefEnv, type CrossrefModel, type CrossrefTarget, type TargetKind } from "./crossref-types.ts";
import { trailingLabel, wholeLabel } from "./label-syntax.ts";

interface LineEnv {
  sourcePath?: string;
  lineOffset?: number;
}

export function findTargets(state: StateCore): void {
  const env = state.env as CrossrefEnv & LineEnv;
  const start = env.bookChapter?.counts ?? { chapters: 0, figures: 0, tables: 0 };
  const model: CrossrefModel = { targets: new Map(), references: [], sections: [], numberedSections: false, diagnostics: [], counts: start, lang: documentLang(state) };
  env.crossrefs = model;
  const file = env.sourcePath ?? "";
  const lineOf = (token: Token | undefined): number => (token?.map?.[0] ?? 0) + 1 + (env.lineOffset ?? 0);
  const tokens = state.tokens;
  const add = (kind: TargetKind, label: string, number: string, token: Token): CrossrefTarget | undefined => {
    const line = lineOf(token);
    const earlier = model.targets.get(label);
    if (earlier) {
      model.diagnostics.push(crossrefError(file, line, "crossref-label-twice", `the label {#${label}} is already given at line ${earlier.line}; a label names one ${kind}`));
      return undefined;
    }
    if (label.startsWith("eq:")) {
      model.diagnostics.push(crossrefError(file, line, "crossref-equation", `{#${label}}: equations are not numbered by this pipeline; label a section, a figure or a table`));
      return undefined;
    }
    const target = { kind, label, number, id: targetId(label), line };
    model.targets.set(label, target);
    return target;
  };

  // First, since it removes tokens: every index taken below stays valid.
  for (let index = 0; index < tokens.length; index++) if (tokens[index]?.type === "table_open") index = captionFromDefinition(tokens, index);
  const headings = bodyHeadings(tokens, env.titleFromFirstHeading === true);
  const headingLabels = new Map<number, string>();
  for (const index of headings) {
    const label = takeTrailingLabel(tokens[index + 1]);
    if (label !== undefined) headingLabels.set(index, label);
  }
  model.numberedSections = [...headingLabels.values()].some((label) => label.startsWith("sec:"));
  // An unnumbered heading (a preface, acknowledgements) takes no number and moves no counter;
  // one that references name keeps its number, which they print.
  const unnumbered = new Set<number>();
  for (const index of headings) {
    if (metaOf(tokens[index] as Token).unnumbered !== true) continue;
    const label = headingLabels.get(index);
    if (label === undefined) unnumbered.add(index);
    else model.diagnostics.push({ severity: "warning", code: "crossref-unnumbered-label", message: `{#${label}} names a heading marked unnumbered: it keeps its number, which references to it print; remove .unnumbered (or -), or the label`, location: { file, line: lineOf(tokens[index]) } });
  }
  const numbers = sectionNumbers(tokens, headings.filter((index) => !unnumbered.has(index)), start.chapters);

  let figures = start.figures;
  let tables = start.tables;
  // Per chapter: "Figure 2.1", counted again from 1 in each chapter (a heading of the highest level).
  const topLevel = Math.min(...headings.map((index) => Number(tokens[index]?.tag.slice(1))));
  let chapter = start.chapters;
  const numbered = (count: number): string => (env.figureNumbering === "chapter" && chapter > 0 ? `${chapter}.${count}` : String(count));
  let noteDepth = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.type === "footnote_reference_open") noteDepth++;
    if (token.type === "footnote_reference_close") noteDepth--;
    if (noteDepth > 0) {
      refuseLabelInNote(token, tokens[index + 1], file, lineOf(token), model.diagnostics);
      continue;
    }
    if (token.type === "heading_open" && numbers.has(index)) {
      const number = numbers.get(index) ?? "";
      if (Number(token.tag.slice(1)) === topLevel) {
        chapter++;
        if (env.figureNumbering === "chapter") figures = tables = 0;
      }
      const label = headingLabels.get(index);
      if (label !== undefined && !label.startsWith("sec:")) {
        model.diagnostics.push(crossrefError(file, lineOf(token), "crossref-label-kind", `{#${label}} is on a heading; a heading's label starts with sec:`));
      } else if (label !== undefined) {
        const target = add("section", label, number, token);
        if (target) token.attrSet("id", target.id);
      }
      // A book's chapter keeps its numbers; whether headings show them is decided for the whole book.
      if (env.bookChapter) metaOf(token).sectionNumber = number;
      else if (model.numberedSections) {
        metaOf(token).sectionNumber = number;
        const number_ = new state.Token("crossref_section_number", "", 0);
        number_.content = number;
        tokens[index + 1]?.children?.unshift(number_);
      }
    } else if (token.type === "paragraph_open" && isFigure(tokens[index + 1])) {
      const label = wholeLabel.exec(tokens[index + 1]?.children?.[1]?.content ?? "")?.[1] ?? "";
      if (!label.startsWith("fig:")) {
        model.diagnostics.push(crossrefError(file, lineOf(token), "crossref-label-kind", `{#${label}} follows an image; a figure's label starts with fig:`));
        continue;
      }
      const target = add("figure", label, numbered(++figures), token);
      makeFigure(state, tokens, index, target);
    } else if (token.type === "paragraph_open" && isImageCallingNote(tokens[index + 1])) {
      // pandoc sets an image alone in its paragraph as a figure captioned by its description:
      // where that description calls a note, the caption is what shows the call.
      makeFigure(state, tokens, index, undefined);
    } else if (token.type === "table_open") {
      index = captionTable(state, tokens, index, () => numbered(++tables), add, model.diagnostics, file, lineOf);
    }
  }
  model.counts = { chapters: chapter, figures, tables };
}

/** The language the document declares, whose words its captions and references print. */
function documentLang(state: StateCore): string {
  return (state.env as { languages?: { document?: string } }).languages?.document ?? "en";
}

export function crossrefError(file: string, line: number, code: string, message: string): Diagnostic {
  return { severity: "error", code, message, location: { file, line } };
}

/** Indices of the body's heading_open tokens (not those inside notes), the title's left out. */
function bodyHeadings(tokens: Token[], titleFromFirstHeading: boolean): number[] {
  const found: number[] = [];
  let noteDepth = 0;
  tokens.forEach((token, index) => {
    if (token.type === "footnote_reference_open") noteDepth++;
    if (token.type === "footnote_reference_close") noteDepth--;
    if (token.type === "heading_open" && noteDepth === 0) found.push(index);
  });
  return titleFromFirstHeading ? found.slice(1) : found;
}

/** `2.3`: counters by level, counted from the highest level the body uses. */
function sectionNumbers(tokens: Token[], headings: number[], chaptersBefore = 0): Map<number, string> {
  const levels = headings.map((index) => Number(tokens[index]?.tag.slice(1)));
  const top = Math.min(...levels);
  const counters: number[] = [chaptersBefore];
  const numbers = new Map<number, string>();
  headings.forEach((index, i) => {
    const depth = (levels[i] ?? top) - top;
    counters.length = depth + 1;
    for (let d = 0; d < depth; d++) counters[d] ??= 0;
    counters[depth] = (counters[depth] ?? 0) + 1;
    numbers.set(index, counters.join("."));
  });
  return numbers;
}

/** Removes a trailing `{#…:…}` from an inline token's text and returns the label. */
function takeTrailingLabel(inline: Token | undefined): string | undefined {
  const last = inline?.children?.at(-1);
  if (!inline || last?.type !== "text") return undefined;
  const match = trailingLabel.exec(last.content);
  if (!match) return undefined;
  last.content = last.content.slice(0, match.index);
  inline.content = inline.content.replace(trailingLabel, "");
  return match[1];
}

/** An image alone in its paragraph, then `{#fig:…}`. */
function isFigure(inline: Token | undefined): boolean {
  const children = inline?.children ?? [];
  return children.length === 2 && children[0]?.type === "image" && children[1]?.type === "text" && wholeLabel.test(children[1].content);
}

/** An image alone in its paragraph whose description calls a note (`![A map.[^1]](map.png)`). */
function isImageCallingNote(inline: Token | undefined): boolean {
  const children = inline?.children ?? [];
  return children.length === 1 && children[0]?.type === "image" && (children[0].children ?? []).some((child) => child.type === "footnote_ref");
}

/**
 * The paragraph becomes `<figure>`: the image, then a caption of its description, opened by
 * "Figure N." when it is numbered. A call in the description is the caption's alone: the alt
 * text, plain text, could not show it.
 */
function makeFigure(state: StateCore, tokens: Token[], index: number, target: CrossrefTarget | undefined): void {
  const open = tokens[index] as Token;
  const inline = tokens[index + 1] as Token;
  const close = tokens[index + 2] as Token;
  const image = inline.children?.[0] as Token;
  Object.assign(open, { type: "figure_open", tag: "figure" });
  Object.assign(close, { type: "figure_close", tag: "figure" });
  if (target) open.attrSet("id", target.id);
  const captionOpen = new state.Token("figcaption_open", "figcaption", 1);
  const captionClose = new state.Token("figcaption_close", "figcaption", -1);
  const label = new state.Token("crossref_caption_label", "", 0);
  label.content = target ? captionLabel(target, documentLang(state)) : "";
  // The caption shows the description as written (emphasis kept); the image keeps it as its alt text.
  const caption = (image.children ?? []).map((child) => Object.assign(new state.Token(child.type, child.tag, child.nesting), child));
  image.children = (image.children ?? []).filter((child) => child.type !== "footnote_ref");
  inline.children = [image, captionOpen, label, ...caption, captionClose];
}

const captionStart = /^(?:Table)?:\s+/;

/**
 * A caption paragraph next to the table at `index`: moved inside it, after table_open.
 * Returns the index to go on from.
 */
function captionTable(
  state: StateCore,
  tokens: Token[],
  index: number,
  nextNumber: () => string,
  add: (kind: TargetKind, label: string, number: string, token: Token) => CrossrefTarget | undefined,
  diagnostics: Diagnostic[],
  file: string,
  lineOf: (token: Token | undefined) => number,
): number {
  const close = tokens.findIndex((token, i) => i > index && token.type === "table_close");
  const before = index >= 3 && isCaption(tokens[index - 2]) && tokens[index - 3]?.type === "paragraph_open" ? index - 3 : -1;
  const after = before === -1 && close !== -1 && tokens[close + 1]?.type === "paragraph_open" && isCaption(tokens[close + 2]) ? close + 1 : -1;
  const start = before !== -1 ? before : after;
  if (start === -1) return index;
  const [open, inline, end] = tokens.splice(start, 3) as [Token, Token, Token];
  const tableOpen = before !== -1 ? index - 3 : index;
  const label = takeTrailingLabel(inline);
  const first = inline.children?.[0];
  if (first) first.content = first.content.replace(captionStart, "");
  Object.assign(open, { type: "caption_open", tag: "caption" });
  Object.assign(end, { type: "caption_close", tag: "caption" });
  const number = new state.Token("crossref_caption_label", "", 0);
  if (label !== undefined && !label.startsWith("tbl:")) {
    diagnostics.push(crossrefError(file, lineOf(open), "crossref-label-kind", `{#${label}} is in a table's caption; a table's label starts with tbl:`));
  } else if (label !== undefined) {
    const target = add("table", label, nextNumber(), open);
    if (target) {
      (tokens[tableOpen] as Token).attrSet("id", target.id);
      number.content = captionLabel(target, documentLang(state));
    }
  }
  inline.children = [number, ...(inline.children ?? [])];
  // A caption is as wide as its table: a narrow table gets room for it (editions' style sheets).
  (tokens[tableOpen] as Token).attrJoin("class", "captioned");
  tokens.splice(tableOpen + 1, 0, open, inline, end);
  return before !== -1 ? index : index + 3;
}

/**
 * `Text above.` then `: The caption.` right over a table: the definition-list rule reads the two
 * as a term and its definition, where pandoc reads a paragraph and the table's caption. Turned
 * back into two paragraphs, the second starting `: ` again. Returns the table's new index.
 */
function captionFromDefinition(tokens: Token[], index: number): number {
  const start = index - 10;
  const types = ["dl_open", "dt_open", "inline", "dt_close", "dd_open", "paragraph_open", "inline", "paragraph_close", "dd_close", "dl_close"];
  if (start < 0 || !types.every((type, offset) => tokens[start + offset]?.type === type)) return index;
  const [, dtOpen, term, dtClose, , paragraphOpen, caption, paragraphClose] = tokens.slice(start, index) as Token[];
  const first = caption?.children?.[0];
  if (!dtOpen || !term || !dtClose || !paragraphOpen || !caption || !paragraphClose || first?.type !== "text") return index;
  first.content = `: ${first.content}`;
  Object.assign(dtOpen, { type: "paragraph_open", tag: "p" });
  Object.assign(dtClose, { type: "paragraph_close", tag: "p" });
  // A definition's paragraph is tight, its tags hidden: shown, as the caption's become <caption>.
  paragraphOpen.hidden = false;
  paragraphClose.hidden = false;
  // The list's own four tokens go: no rule before this one keeps an index into the tokens.
  tokens.splice(start, index - start, dtOpen, term, dtClose, paragraphOpen, caption, paragraphClose);
  return start + 6;
}

function isCaption(inline: Token | undefined): boolean {
  const first = inline?.children?.[0];
  return inline?.type === "inline" && first?.type === "text" && captionStart.test(first.content);
}

/** A label inside a note would number nothing any edition can keep in place: refused. */
function refuseLabelInNote(token: Token, inline: Token | undefined, file: string, line: number, diagnostics: Diagnostic[]): void {
  if (token.type !== "heading_open" && token.type !== "paragraph_open") return;
  const text = inline?.children?.filter((child) => child.type === "text").map((child) => child.content).join("") ?? "";
  const found = /\{#((?:sec|fig|tbl|eq):[^}\s]+)\}/u.exec(text);
  if (found) diagnostics.push(crossrefError(file, line, "crossref-label-in-note", `{#${found[1]}} is inside a note; label headings, figures and tables of the text, not of notes`));
}
