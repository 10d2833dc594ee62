/**
 * Note calls on the title block (`title: A Title[^t]`, `author: Jane Doe^[…]`), numbered once
 * with the rest. They are the first calls a reader meets, so the Markdown is read with a
 * paragraph of them before the text, one line per field: the footnote model numbers them first,
 * reads inline notes' texts and finds `[^t]` defined in the text, like any call. That paragraph
 * is then emptied and hidden (its tokens stay in place, so no token index moves), its calls
 * kept for the editions' title blocks, and every line the model gave them is the line of the
 * front matter field they were written in.
 */
import type { Diagnostic } from "../errors.ts";
import type { FootnoteModel } from "../markdown/footnote-types.ts";
import type { Token } from "../markdown/markdown-types.ts";
import type { HeaderCallTokens } from "../engine/render.ts";
import type { HeaderNoteCalls, WrittenCalls } from "./header-note-calls.ts";

export interface HeaderCallsMarkdown {
  /** The paragraph of calls and a blank line, to go before the text; "" when there are none. */
  markdown: string;
  /** The line offset to parse the calls and the text with, so the text's lines stay the file's. */
  lineOffset: number;
  /** Each line of the paragraph: where its calls go (the title, or the author's index) and as written. */
  lines: Array<{ slot: "title" | number; calls: WrittenCalls }>;
}

export function headerCallsMarkdown(calls: HeaderNoteCalls | undefined, lineOffset: number): HeaderCallsMarkdown {
  const lines: HeaderCallsMarkdown["lines"] = [];
  if (calls?.title) lines.push({ slot: "title", calls: calls.title });
  calls?.authors.forEach((written, index) => {
    if (written) lines.push({ slot: index, calls: written });
  });
  if (lines.length === 0) return { markdown: "", lineOffset, lines };
  return { markdown: `${lines.map((line) => line.calls.markdown).join("\n")}\n\n`, lineOffset: lineOffset - lines.length - 1, lines };
}

/**
 * Takes the calls out of the paragraph that `headerCallsMarkdown` put first, and gives every
 * line that points into it (calls, inline notes, diagnostics) the line of its field.
 */
export function takeHeaderCalls(tokens: Token[], model: FootnoteModel, diagnostics: Diagnostic[], header: HeaderCallsMarkdown): HeaderCallTokens {
  const [open, inline, close] = tokens;
  if (open?.type !== "paragraph_open" || inline?.type !== "inline" || close?.type !== "paragraph_close" || open.map?.[0] !== 0) {
    throw new Error("the title block's calls were not read as the first paragraph");
  }
  const firstLine = header.lineOffset + 1;
  const fieldLine = (line: number): number => header.lines[line - firstLine]?.calls.line ?? line;
  const result: HeaderCallTokens = { title: [], authors: [] };
  let row = 0;
  for (const child of inline.children ?? []) {
    if (child.type === "softbreak") row++;
    if (child.type !== "footnote_ref") continue;
    const slot = header.lines[row]?.slot;
    if (slot === "title") result.title.push(child);
    else if (slot !== undefined) (result.authors[slot] ??= []).push(child);
  }
  for (let i = 0; i < result.authors.length; i++) result.authors[i] ??= [];
  inline.children = [];
  inline.content = "";
  open.hidden = true;
  close.hidden = true;
  const lastLine = firstLine + header.lines.length - 1;
  const inHeader = (line: number): boolean => line >= firstLine && line <= lastLine;
  for (const call of model.calls) if (inHeader(call.line)) call.line = fieldLine(call.line);
  for (const note of model.notes) if (inHeader(note.line)) note.line = fieldLine(note.line);
  for (const place of model.citations ?? []) if (inHeader(place.line)) place.line = fieldLine(place.line);
  for (const diagnostic of diagnostics) {
    const line = diagnostic.location?.line;
    if (diagnostic.location && line !== undefined && inHeader(line)) diagnostic.location = { ...diagnostic.location, line: fieldLine(line) };
  }
  return result;
}
