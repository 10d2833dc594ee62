/**
 * Calls the footnote model refuses or moves, and calls with no definition, reported with
 * their file and line before anything is rendered.
 */
import type { Diagnostic } from "../errors.ts";
import type { FootnoteEnv, FootnoteModel, Note } from "./footnote-types.ts";
import { metaOf, type Token } from "./markdown-types.ts";

const undefinedReference = /\[\^([^\]\s]+)\]/g;
/** Characters that print nothing, so two labels that look the same are different notes. */
export const invisibleInLabel = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** Names an invisible character of a label, for the message that reports it. */
export function invisibleNote(label: string): string {
  const found = invisibleInLabel.exec(label)?.[0];
  if (!found) return "";
  return ` (its label holds the invisible character U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}; retype the label)`;
}

/** Inline tokens of the stream, with the file line each starts on. */
function* inlineTokens(tokens: Token[], env: FootnoteEnv): Generator<{ token: Token; line: number }> {
  let mapped = 0;
  for (const token of tokens) {
    if (token.map) mapped = token.map[0];
    if (token.type === "inline" && token.children) yield { token, line: (token.map ? token.map[0] : mapped) + 1 + env.lineOffset };
  }
}

/**
 * A `[^x]` still in a text token once inline parsing is done means no definition matched it:
 * markdown-it-footnote would print it literally. Runs before escapes are joined into text, so
 * `\[^x]`, which the author wrote to show the brackets, is never taken for a call. Nor is the
 * text of an address linked as written (linkify's or `<…>`'s): it is the address, brackets
 * and all, as in `https://example.org/c\[^1]`, whose escaped bracket keeps the call out.
 */
/**
 * A label with no letter (`[^0-9]`, a character class in a sentence about patterns) is as likely
 * text as a note: the message says how to keep it as text.
 */
function textHint(label: string): string {
  return /\p{L}/u.test(label) ? "" : `; if the brackets are text, write \\[^${label}]`;
}

/** The children of each inline token but its line breaks, each with its file line and whether it starts that line. */
function* childrenOnLines(tokens: Token[], env: FootnoteEnv): Generator<{ child: Token; line: number; startsLine: boolean }> {
  for (const { token, line: firstLine } of inlineTokens(tokens, env)) {
    let line = firstLine;
    let startsLine = true;
    for (const child of token.children ?? []) {
      if (child.type === "softbreak" || child.type === "hardbreak") {
        line++;
        startsLine = true;
        continue;
      }
      yield { child, line, startsLine };
      startsLine = false;
    }
  }
}

export function reportUndefinedReferences(tokens: Token[], env: FootnoteEnv, diagnostics: Diagnostic[]): void {
  const swallowed = swallowedDefinitions(tokens, env);
  let inAddress = false;
  for (const { child, line, startsLine } of childrenOnLines(tokens, env)) {
    if (child.type === "link_open") inAddress = child.markup === "linkify" || child.markup === "autolink";
    if (child.type === "link_close") inAddress = false;
    if (child.type !== "text" || inAddress) continue;
    for (const match of child.content.matchAll(undefinedReference)) {
      const label = match[1] ?? "";
      const definitionHere = startsLine && match.index === 0 && child.content[match[0].length] === ":";
      const definedAt = swallowed.get(label);
      diagnostics.push({
        severity: "error",
        code: "footnote-undefined",
        message: definitionHere
          ? `[^${label}]: is read as part of the table, quotation or list above it, not as a note's definition: leave a blank line before it`
          : `footnote [^${label}] is called but never defined${invisibleNote(label)}${definedAt === undefined ? textHint(label) : `: its definition at line ${definedAt} is read as part of the block above it; leave a blank line before that line`}`,
        location: { file: env.sourcePath, line },
      });
    }
    for (const match of child.content.matchAll(spacedLabel)) {
      diagnostics.push({
        severity: "warning",
        code: "footnote-label-space",
        message: `${match[0]} is printed as text, not read as a note: a note's label cannot hold a space; write [^${(match[1] ?? "").trim().replace(/\s+/gu, "-")}] in the call and the definition`,
        location: { file: env.sourcePath, line },
      });
    }
  }
}

/** `[^my note]`: what an author means as a note, with a space in its label, which no reader takes for one. */
const spacedLabel = /\[\^([^\]\s]+(?:\s+[^\]\s]+)+)\]/gu;

/**
 * Definitions (`[^un]: …`) that markdown read as a line of the block above them, written with no
 * blank line after a table row or a quotation's last line: each label with its line.
 */
function swallowedDefinitions(tokens: Token[], env: FootnoteEnv): Map<string, number> {
  const found = new Map<string, number>();
  for (const { child, line, startsLine } of childrenOnLines(tokens, env)) {
    const label = startsLine && child.type === "text" ? /^\[\^([^\]\s]+)\]:/.exec(child.content)?.[1] : undefined;
    if (label !== undefined && !found.has(label)) found.set(label, line);
  }
  return found;
}

/**
 * Calls where no edition can show them. In image alt text a call would be lost (alt is
 * plain text), so it is refused. A call inside a link's text (`[text[^1]](url)`, read as a link
 * by link-around-calls.ts, `[text^[note]](url)` or `<a href>text[^1]</a>`) is moved to just
 * after the link, since a link inside a link is no link: the link keeps its text and target, the
 * call follows it. So is a call inside a subscript (holdsNoCall).
 */
export function checkCallPlaces(tokens: Token[], env: FootnoteEnv, diagnostics: Diagnostic[]): void {
  for (const { token, line: firstLine } of inlineTokens(tokens, env)) {
    const children = token.children ?? [];
    let line = firstLine;
    children.forEach((child, index) => {
      if (child.type === "softbreak" || child.type === "hardbreak") line++;
      if (isHandTypedCall(children, index)) {
        diagnostics.push({
          severity: "warning",
          code: "superscript-like-call",
          message: "a superscript number after punctuation reads as a note call, and no note is made of it (a word processor's note number left in the text?): write the note as [^1] and its text, or remove the number",
          location: { file: env.sourcePath, line },
        });
      }
      if (child.type === "footnote_ref" && endsSuperscript(children[index - 1])) {
        diagnostics.push({
          severity: "warning",
          code: "footnote-after-superscript",
          message: "a note call right after a superscript prints as one raised number with it (m²¹ for m² and note 1): put the call after the next word or punctuation",
          location: { file: env.sourcePath, line },
        });
      }
      if (child.type === "image" && (child.children ?? []).some((inner) => inner.type === "footnote_ref")) {
        diagnostics.push({
          severity: "error",
          code: "footnote-in-alt-text",
          message: "a note call in an image's alt text cannot be shown by any edition; put the call after the image: ![alt](file.png)[^note]",
          location: { file: env.sourcePath, line },
        });
      }
    });
    token.children = moveCallsOutOfLinks(children);
  }
}

/** `…measured.<sup>1</sup>`, `…twice.^2^`: a superscript of digits alone, right after punctuation. */
function isHandTypedCall(children: readonly Token[], index: number): boolean {
  const open = children[index];
  const opens = open?.type === "sup_open" || (open?.type === "html_format_open" && open.tag === "sup") || (open?.type === "html_inline" && /^<sup\s*>$/i.test(open.content));
  if (!opens) return false;
  const digits = children[index + 1];
  const before = children[index - 1];
  return digits?.type === "text" && /^\d{1,3}$/.test(digits.content) && endsSuperscript(children[index + 2]) && before?.type === "text" && /[.,;:!?)\]"'”’»]$/.test(before.content);
}

/** `10^6^`, `<sup>st</sup>`: a superscript's end, as markdown-it-sup or the inline HTML reader leaves it. */
function endsSuperscript(token: Token | undefined): boolean {
  if (!token) return false;
  return token.type === "sup_close" || (token.type === "html_format_close" && token.tag === "sup") || (token.type === "html_inline" && /^<\/sup\s*>$/i.test(token.content));
}

/**
 * Where a call cannot stand, so it goes right after: a link (a link inside a link is no link),
 * written in Markdown or as `<a href>`, and a subscript (`~x~`, `<sub>`), where a call raised
 * from a lowered line stood below the text's line and apart from it. The HTML tags are still
 * raw here: inline-html.ts makes them tokens after the notes are numbered.
 */
const holdsNoCall: Array<{ opens: (token: Token) => boolean; closes: (token: Token) => boolean }> = [
  { opens: (token) => token.type === "link_open", closes: (token) => token.type === "link_close" },
  { opens: (token) => token.type === "html_inline" && /^<a\s[^>]*>$/iu.test(token.content), closes: (token) => token.type === "html_inline" && /^<\/a\s*>$/iu.test(token.content) },
  { opens: (token) => token.type === "sub_open", closes: (token) => token.type === "sub_close" },
  { opens: (token) => token.type === "html_inline" && /^<sub\s*>$/iu.test(token.content), closes: (token) => token.type === "html_inline" && /^<\/sub\s*>$/iu.test(token.content) },
];

function moveCallsOutOfLinks(children: Token[]): Token[] {
  const result: Token[] = [];
  let held: Token[] = [];
  let depth = 0;
  for (const child of children) {
    if (holdsNoCall.some((place) => place.opens(child))) depth++;
    if (depth > 0 && child.type === "footnote_ref") {
      held.push(child);
      continue;
    }
    result.push(child);
    if (depth > 0 && holdsNoCall.some((place) => place.closes(child)) && --depth === 0) {
      result.push(...held);
      held = [];
    }
  }
  return result.concat(held);
}

/**
 * A note with nothing in it prints a bare number at the foot of the page. Pandoc's `^[]` is one
 * written on purpose; a definition `[^a]:` followed by lines not indented under it (which
 * markdown-it-footnote and pandoc read as body text) is nearly always text meant for the note.
 * Both publish as the peers print them, with a warning that says what to write.
 */
export function warnOfEmptyNotes(emptyNotes: readonly Note[], model: FootnoteModel, env: FootnoteEnv): void {
  for (const note of emptyNotes) {
    model.diagnostics.push({
      severity: "warning",
      code: "footnote-empty",
      message: note.label === undefined ? "this inline note has no text" : `footnote [^${note.label}] has no text; the lines of a note follow its label, and the lines after it are indented by four spaces`,
      location: { file: env.sourcePath, line: note.line },
    });
  }
}
