/**
 * Raw HTML in the Markdown. The editions never pass it through (engine.ts parses with
 * `html: false`, so nothing typed can run as script or break the EPUB's XHTML); it prints as
 * the text it is. Two things follow for authors:
 * - an HTML comment on lines of its own (`<!-- more -->`, a draft's `<!-- TODO -->`) is a note
 *   to self, never meant to be read: it is taken out before parsing, its lines left blank so
 *   every later line keeps its number (inside a quote, a list item or a note, only the
 *   comment's part of each line, the `>` and the indent staying); so is one within a line of
 *   text (`the 2019 figures <!-- check -->`), cut from its line, which stays; one running over
 *   lines inside a paragraph cannot be cut without moving the lines after it, and is warned
 *   about instead;
 * - `<hr>` alone on its line is the rule it draws, written `***` before parsing;
 * - `<div>` lines around Markdown, `<img>` and empty `<a name>` anchors are written as the
 *   Markdown they stand for (html-as-markdown.ts);
 * - inline formatting tags that pair up (`<sup>`, `<u>`, `<br>`, `<span lang>`, `<a href>`) are
 *   kept as formatting (inline-html.ts); any other raw HTML is printed as text, which an author
 *   who wrote `<pre>` or `<table>` did not expect: each gets a warning naming its file and line.
 * Finding them is markdown-it's own work, with HTML recognised: no pattern matching of ours
 * can tell a tag from the same characters inside a code span or fenced block.
 */
import markdownIt from "markdown-it";
import footnotePlugin from "markdown-it-footnote";
import type { Diagnostic } from "../errors.ts";
import type { Token } from "./markdown-types.ts";
import { readInlineHtml } from "./inline-html.ts";
import { htmlAsMarkdown } from "./html-as-markdown.ts";

const scanner = markdownIt({ html: true });
scanner.use(footnotePlugin);
// Only where HTML is: no typography, no links made from bare URLs.
scanner.core.ruler.disable(["replacements", "smartquotes"]);

export interface RawHtmlScan {
  /** The source with every comment block's lines blanked. */
  text: string;
  warnings: Diagnostic[];
}

/** `lineOffset`: lines before `source` in its file (front matter). */
export function takeOutHtmlComments(written: string, file: string, lineOffset: number): RawHtmlScan {
  if (!written.includes("<")) return { text: written, warnings: [] };
  const parse = (text: string): Token[] => scanner.parse(text, {});
  const rewritten = htmlAsMarkdown(written, parse);
  const source = rewritten ?? written;
  const tokens = parse(source);
  const blank = new Set<number>();
  /** Lines of a comment inside a container: what is left of each is its `>` and indent. */
  const blankAfterPrefix = new Set<number>();
  const warnings: Diagnostic[] = [];
  const warn = (line: number, html: string): void => {
    warnings.push({
      severity: "warning",
      code: "raw-html",
      message: `raw HTML ${shown(html)} is printed as text, not as HTML: write it in Markdown (a fenced block for <pre>, ^[…] or [^id] for a note), or remove it`,
      location: { file, line: line + 1 + lineOffset },
    });
  };
  const warnComment = (line: number, html: string): void => {
    warnings.push({
      severity: "warning",
      code: "raw-html-comment",
      message: `the HTML comment ${shown(html)} runs over lines inside a paragraph and is printed as text: put it on lines of its own, or remove it`,
      location: { file, line: line + 1 + lineOffset },
    });
  };
  const cuts: Array<{ line: number; comment: string }> = [];
  const rules: Array<{ line: number; tag: string }> = [];
  const sourceLines = source.split("\n");
  /** The line of the last token that knew its own: a table cell's row, the block before an inline note. */
  let known = 0;
  for (const token of tokens) {
    if (token.map) known = token.map[0];
    // A table cell's or an inline note's tokens carry no line: found from their first HTML.
    const line = token.map?.[0] ?? lineHolding(sourceLines, token.children?.find((child) => child.type === "html_inline")?.content, known);
    if (token.type === "html_block") {
      if (isComment(token.content) && token.map) {
        // Inside a quote or a list, a blank line would end it: there the line keeps its markers.
        if (token.level === 0) for (let n = token.map[0]; n < token.map[1]; n++) blank.add(n);
        else {
          cuts.push({ line, comment: token.content.split("\n")[0]?.trim() ?? "" });
          for (let n = token.map[0] + 1; n < token.map[1]; n++) blankAfterPrefix.add(n);
        }
      } else if (isRule(token) && token.map) rules.push({ line, tag: token.content.trim() });
      else warn(line, token.content);
    }
    let childLine = line;
    const left = new Set(readInlineHtml(token.children ?? [], scanner).left);
    for (const child of token.children ?? []) {
      if (child.type === "softbreak" || child.type === "hardbreak") childLine++;
      if (!left.has(child) || isClosingTag(child)) continue;
      if (isComment(child.content) && !child.content.includes("\n")) cuts.push({ line: childLine, comment: child.content });
      else if (isComment(child.content)) warnComment(childLine, child.content);
      else warn(childLine, child.content);
    }
  }
  if (blank.size === 0 && blankAfterPrefix.size === 0 && cuts.length === 0 && rules.length === 0) return { text: source, warnings: warnings.sort(byLine) };
  const lines = source.split("\n");
  for (const n of blank) if (n < lines.length) lines[n] = "";
  for (const n of blankAfterPrefix) if (n < lines.length) lines[n] = /^[\s>]*/.exec(lines[n] ?? "")?.[0].trimEnd() ?? "";
  // `***`, not `---`: right under a line of text, dashes would make it a heading.
  for (const { line, tag } of rules) lines[line] = lines[line]?.replace(tag, "***") ?? "";
  for (const { line, comment } of cuts) {
    const text = lines[line];
    const at = text?.indexOf(comment) ?? -1;
    if (text === undefined || at < 0) {
      warn(line, comment);
      continue;
    }
    const before = text.slice(0, at);
    const after = text.slice(at + comment.length);
    // A comment at the end of a line leaves no trailing spaces, which would make a hard line break.
    lines[line] = after.trim() === "" ? before.trimEnd() : before.endsWith(" ") && after.startsWith(" ") ? before + after.slice(1) : before + after;
  }
  return { text: lines.join("\n"), warnings: warnings.sort(byLine) };
}

/** The first line at or after `from` that holds `text`, else the first before it; `from` when none does. */
function lineHolding(lines: readonly string[], text: string | undefined, from: number): number {
  if (text === undefined || text.includes("\n")) return from;
  const after = lines.findIndex((line, n) => n >= from && line.includes(text));
  const anywhere = after === -1 ? lines.findIndex((line) => line.includes(text)) : after;
  return anywhere === -1 ? from : anywhere;
}

function byLine(a: Diagnostic, b: Diagnostic): number {
  return (a.location?.line ?? 0) - (b.location?.line ?? 0);
}

/** `<hr>`, `<hr />`, `<hr class="x">` alone on its line: a rule, which Markdown writes `***`. */
function isRule(token: Token): boolean {
  return token.map !== null && token.map[1] - token.map[0] === 1 && /^<hr\b[^<>]*>$/i.test(token.content.trim());
}

/** A block that is one or more comments and nothing else. */
function isComment(html: string): boolean {
  return /^(?:\s*<!--[\s\S]*?-->)+\s*$/.test(html);
}

/** A closing tag is the same mistake as its opening tag: one warning is enough. */
function isClosingTag(token: Token): boolean {
  return token.content.startsWith("</");
}

function shown(html: string): string {
  const first = html.trim().split("\n")[0] ?? "";
  return `\`${first.length > 40 ? `${first.slice(0, 40)}…` : first}\``;
}
