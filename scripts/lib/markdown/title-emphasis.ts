/**
 * The emphasis of a title or subtitle written in front matter (`title: Reading *Ulysses* Today`),
 * as pandoc reads a title: Markdown's `*…*`, `_…_`, `**…**` and `` `…` `` only. The title block of
 * every edition sets it in italics, bold or code; everywhere a title is plain text (the PDF's and
 * EPUB's metadata, running heads, the contents, the catalog, the browser's tab) it is the words
 * alone, without the asterisks that were printed there before.
 */
import markdownIt from "markdown-it";
import type { Token } from "./markdown-types.ts";
import { languageMarkedHtml, type LanguageContext } from "./marked-text.ts";

export type EmphasisMark = "em" | "strong" | "code";

/** A run of the title's words and the marks it is set in. */
export interface EmphasisSpan {
  text: string;
  marks: EmphasisMark[];
}

const reader = markdownIt("zero").enable(["emphasis", "backticks", "escape"]);

/** The title's words, and its runs with their marks when any run has one. */
export function readEmphasis(written: string): { plain: string; spans?: EmphasisSpan[] } {
  const children: Token[] = reader.parseInline(written, {})[0]?.children ?? [];
  const spans = runsOf(children);
  const plain = spans.map((span) => span.text).join("");
  return spans.some((span) => span.marks.length > 0) ? { plain, spans: merged(spans) } : { plain };
}

/**
 * The runs of a heading's parsed words (its inline token's children) when any is emphasised,
 * else undefined: the contents lists a heading `## The *Lloyd's List*` with its italics. Calls,
 * links' markup and other tokens add no words, as in the heading's plain text.
 */
export function headingEmphasis(children: readonly Token[]): EmphasisSpan[] | undefined {
  const spans = runsOf(children);
  if (!spans.some((span) => span.marks.length > 0)) return undefined;
  const runs = merged(spans);
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (first) first.text = first.text.trimStart();
  if (last) last.text = last.text.trimEnd();
  return runs.filter((run) => run.text !== "");
}

function runsOf(children: readonly Token[]): EmphasisSpan[] {
  const spans: EmphasisSpan[] = [];
  const open: EmphasisMark[] = [];
  for (const token of children) {
    if (token.type === "em_open" || token.type === "strong_open") open.push(token.tag as EmphasisMark);
    else if (token.type === "em_close" || token.type === "strong_close") open.pop();
    else if (token.type === "code_inline") spans.push({ text: token.content, marks: [...open, "code"] });
    else if (token.type === "text" || token.type === "text_special") spans.push({ text: token.content, marks: [...open] });
    else if (token.type === "softbreak") spans.push({ text: " ", marks: [...open] });
  }
  return spans;
}

/** Neighbouring runs with the same marks as one. */
function merged(spans: EmphasisSpan[]): EmphasisSpan[] {
  const out: EmphasisSpan[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && last.marks.join() === span.marks.join()) last.text += span.text;
    else out.push({ text: span.text, marks: [...span.marks] });
  }
  return out;
}

/** The title block's HTML: each run in its marks, its foreign-script words marked with their language. */
export function emphasisMarkedHtml(plain: string, spans: readonly EmphasisSpan[] | undefined, context: LanguageContext): string {
  if (!spans) return languageMarkedHtml(plain, context);
  return spans.map(({ text, marks }) => marks.map((mark) => `<${mark}>`).join("") + languageMarkedHtml(text, context) + [...marks].reverse().map((mark) => `</${mark}>`).join("")).join("");
}
