/**
 * Plain text into Markdown that the project's markdown-it engine shows character for character.
 *
 * A legacy text is plain text: `5*3*2`, `# 1`, `[source]: http://…`, `&copy;`, `(c)`, `--` or a
 * straight quote mean exactly what they show. Each character that markdown-it would read as
 * markup (CommonMark, tables, strikethrough, footnotes, typographer, linkify) gets a backslash,
 * which turns it into a literal that the typographer never touches:
 *
 * - anywhere: `\` `` ` `` `*` `_` `~` `^` `<` `>` `&` `|` `'` `"` (escapes, code, emphasis,
 *   strikethrough, sub- and superscripts and fences, inline notes `^[…]`, autolinks and raw
 *   HTML, entities, tables, typographic quotes), and `=` before `=` (`==marked==`);
 * - `[` before `^` (note calls and definitions), `(`
 *   and `:` after `]` (links, images, reference definitions: with no `](`, `]:` or `[^` left,
 *   a bracket is only a bracket, so `[sic]` and `[2012]` are written as they are);
 * - the typographer's replacements: the second and later characters of a run of `.`, `,`, `-`,
 *   `?`/`!` (`…`, `–`, `—`, `,,`, `!!!!`), `-` after `+` (`±`), `?`/`!` before `…`, and `(` of
 *   `(c)`, `(r)`, `(tm)`;
 * - at the start of a line: `#`, `-`, `+`, `=`, `:` and the `.` or `)` of `1.` / `1984)`
 *   (headings, lists, rules, setext underlines, table delimiter rows).
 *
 * Text is taken in NFC, as the build reads it. Spaces and tabs around a line are the caller's to
 * remove (they make code blocks and hard breaks; a reader never sees them).
 *
 * A URL that linkify would show exactly as written is left as it is, so it stays a link; any
 * other URL is broken up with backslashes so that it stays text. Each line is then parsed with
 * the engine itself, its calls defined: a line that would not show exactly is written again
 * without links, and failing that is an error, never a guess.
 */

import { markdownEngine } from "../engine/markdown-engine.ts";
import type { Token } from "../markdown/markdown-types.ts";
import { textBeforeCall } from "../markdown/links-before-calls.ts";

/** A piece of a line: plain text, or a note call written `[^n]`. */
export type LinePiece = string | { call: number };

export class EscapeError extends Error {}

const ALWAYS = new Set(["\\", "`", "*", "_", "~", "^", "<", ">", "&", "|", "'", '"']);
const LINE_START = new Set(["#", "-", "+", "=", ":"]);
const ORDERED_LIST_MARKER = /^\d{1,9}[.)](?=[ \t]|$)/u;
const TYPOGRAPHER_ABBREVIATION = /^\((?:c|r|tm)\)/iu;
/** After these, a second character is a typographer run: `..`, `,,`, `--`, `+-`, `?!!?`. */
const RUN_AFTER: Record<string, string> = { ".": ".", ",": ",", "-": "-+", "?": "?!", "!": "?!" };
/** Characters a URL is broken up at when it must not become a link. */
const URL_BREAKS = new Set([":", ".", "/", "@"]);

/**
 * One line of Markdown from plain text and note calls. The line's leading and trailing spaces
 * and tabs must be gone already. Throws EscapeError when no writing shows the text exactly.
 */
export function escapeMarkdownLine(pieces: readonly LinePiece[]): string {
  const merged = mergeText(pieces);
  const linked = writeLine(merged, true);
  if (showsExactly(linked, merged)) return linked;
  // A URL shown otherwise than planned: no links at all on this line.
  const plain = writeLine(merged, false);
  if (showsExactly(plain, merged)) return plain;
  const text = merged.map((piece) => (typeof piece === "string" ? piece : `[${piece.call}]`)).join("");
  throw new EscapeError(`cannot write ${JSON.stringify(text)} as Markdown that shows it exactly`);
}

/** Plain text alone on its line, such as a note's text after `[^n]: `. */
export function escapeMarkdownText(text: string): string {
  return escapeMarkdownLine([text]);
}

/** Adjacent texts joined, empty ones dropped, all in NFC as the build reads articles. */
function mergeText(pieces: readonly LinePiece[]): LinePiece[] {
  const merged: LinePiece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (typeof piece !== "string") merged.push(piece);
    else if (typeof last === "string") merged[merged.length - 1] = last + piece;
    else if (piece !== "") merged.push(piece);
  }
  return merged.map((piece) => (typeof piece === "string" ? piece.normalize("NFC") : piece));
}

const callMarkdown = (piece: { call: number }): string => `[^${piece.call}]`;

function writeLine(pieces: readonly LinePiece[], links: boolean): string {
  let out = "";
  pieces.forEach((piece, index) => {
    if (typeof piece !== "string") {
      out += callMarkdown(piece);
      return;
    }
    const next = pieces[index + 1];
    const after = next === undefined ? "" : typeof next === "string" ? next : callMarkdown(next);
    const lineStart = index === 0;
    const spans = linkSpans(piece, lineStart, out, after).map((span) => (links ? span : { ...span, keep: false }));
    out += escapeWith(piece, lineStart, out, after, spans, !links);
  });
  return out;
}

interface LinkSpan {
  start: number;
  end: number;
  /** Written as is (and shown as a link), or broken up so that it shows as text. */
  keep: boolean;
}

function escapeWith(text: string, lineStart: boolean, before: string, after: string, links: readonly LinkSpan[], breakAllUrls = false): string {
  let out = "";
  let index = 0;
  const markerLength = lineStart ? (ORDERED_LIST_MARKER.exec(text)?.[0].length ?? 0) : 0;
  while (index < text.length) {
    const link = links.find((span) => span.start === index);
    if (link?.keep) {
      out += text.slice(link.start, link.end);
      index = link.end;
      continue;
    }
    const char = text[index] as string;
    const previous = index > 0 ? text[index - 1] : before.slice(-1) || undefined;
    const next = index + 1 < text.length ? text[index + 1] : after[0];
    const insideBrokenLink = links.some((span) => !span.keep && index >= span.start && index < span.end);
    const escape =
      ALWAYS.has(char) ||
      (lineStart && index === 0 && LINE_START.has(char)) ||
      (markerLength > 0 && index === markerLength - 1) ||
      (char === "[" && next === "^") ||
      (char === "=" && next === "=") ||
      ((char === "(" || char === ":") && previous === "]") ||
      (previous !== undefined && RUN_AFTER[char]?.includes(previous) === true) ||
      ((char === "?" || char === "!") && next === "…") ||
      (char === "(" && TYPOGRAPHER_ABBREVIATION.test(text.slice(index))) ||
      ((insideBrokenLink || breakAllUrls) && URL_BREAKS.has(char));
    out += escape ? `\\${char}` : char;
    index++;
  }
  return out;
}

/**
 * What linkify finds in the text, and whether each can stay a link: markdown-it must show it
 * exactly as written (no decoded `%41` or punycode), take exactly this span (nothing up to the
 * next space is changed by escaping, and it is not glued to a note call), and hold nothing that
 * escaping or the typographer would change.
 */
function linkSpans(text: string, lineStart: boolean, before: string, after: string): LinkSpan[] {
  const matches = markdownEngine.linkify.match(text) ?? [];
  return matches.map((match) => {
    const span = { start: match.index, end: match.lastIndex };
    const raw = text.slice(span.start, span.end);
    const nextSpace = text.slice(span.end).search(/\s/u);
    const runEnd = nextSpace === -1 ? text.length : span.end + nextSpace;
    // A `scheme://` link is taken whole from the Markdown by markdown-it's inline rule; a fuzzy
    // one (`www.x.org`, `a@b.org`) is found later in text that escaping may have cut up.
    const scheme = isSchemeLink(raw);
    const from = scheme ? span.end : span.start;
    const part = text.slice(from, runEnd);
    // The engine ends an address where a note call or an inline note begins (`…/a^` then `[`).
    const cutByCall = (textBeforeCall(text.slice(span.start, runEnd)) ?? Infinity) < raw.length;
    const unchanged = escapeWith(part, lineStart && from === 0, before + text.slice(0, from), runEnd === text.length ? after : text.slice(runEnd), []) === part;
    const keep =
      match.raw === raw &&
      match.text === raw &&
      // Quotes would be made typographic, `[^1]` read as a call, a final `*` left out of the link.
      !/\*$|["'[\]]/u.test(raw) &&
      markdownEngine.validateLink(markdownEngine.normalizeLink(match.url)) &&
      linkText(match) === raw &&
      unchanged &&
      !cutByCall &&
      !(runEnd === text.length && after !== "") &&
      // The inline rule reads the scheme back from the text before the `:`.
      !(scheme && /[A-Za-z0-9+.-]$/u.test(before + text.slice(0, span.start)));
    return { ...span, keep };
  });
}

function isSchemeLink(raw: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//u.test(raw);
}

/** The text markdown-it shows for a linkify match (as its linkify rules compute it). */
function linkText(match: { schema: string; text: string }): string {
  if (!match.schema) return markdownEngine.normalizeLinkText(`http://${match.text}`).replace(/^http:\/\//u, "");
  if (match.schema === "mailto:" && !/^mailto:/iu.test(match.text)) {
    return markdownEngine.normalizeLinkText(`mailto:${match.text}`).replace(/^mailto:/u, "");
  }
  return markdownEngine.normalizeLinkText(match.text);
}

/**
 * Parses the line with the engine, its calls defined, and reads back what a reader would see:
 * one paragraph whose inline tokens are text, links and the calls, showing the pieces' text
 * with each call in its place, and nothing the footnote model refuses.
 */
function showsExactly(markdown: string, pieces: readonly LinePiece[]): boolean {
  const expected = pieces.map((piece) => (typeof piece === "string" ? piece : callMark(String(piece.call)))).join("");
  const calls = [...new Set(pieces.flatMap((piece) => (typeof piece === "string" ? [] : [piece.call])))];
  const definitions = calls.map((call) => `[^${call}]: note`).join("\n");
  const env: { sourcePath: string; lineOffset: number; footnoteModel?: { diagnostics: Array<{ severity: string }> } } = { sourcePath: "", lineOffset: 0 };
  const tokens: Token[] = markdownEngine.parse(definitions === "" ? markdown : `${markdown}\n\n${definitions}`, env);
  if (env.footnoteModel?.diagnostics.some((diagnostic) => diagnostic.severity === "error")) return false;
  const notesAt = tokens.findIndex((token) => token.type === "footnote_block_open");
  const blocks = (notesAt === -1 ? tokens : tokens.slice(0, notesAt)).map((token) => token.type);
  if (expected === "") return blocks.length === 0;
  if (blocks.join(" ") !== "paragraph_open inline paragraph_close") return false;
  return visibleInline(tokens[1]?.children ?? []) === expected;
}

/** Stands for a call in the text compared: NUL never reaches a paragraph (markdown-it makes it U+FFFD). */
const callMark = (label: string): string => `\u0000${label}\u0000`;

function visibleInline(tokens: readonly Token[]): string | undefined {
  let shown = "";
  for (const token of tokens) {
    if (token.type === "text" || token.type === "text_special") shown += token.content;
    else if (token.type === "footnote_ref") shown += callMark(String((token.meta as { label?: unknown } | null)?.label ?? ""));
    // Language marks (markdown/language-spans.ts) wrap text without changing it.
    else if (!["link_open", "link_close", "language_open", "language_close"].includes(token.type)) return undefined;
  }
  return shown;
}
