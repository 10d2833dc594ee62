/**
 * The inline HTML authors put in Markdown for what Markdown lacks or what their editor wrote:
 * `<sup>`, `<u>`, `<br>`, `<span lang="fr">`, `<a href="…">`. Each such tag, when it opens and
 * closes within the same piece of text, becomes a token of the shared stream (the tag alone,
 * with only the attributes below), so every edition sets it as formatting, the EPUB as valid
 * XHTML. Anything else (other tags, other attributes, a tag left open or closed across
 * Markdown's own emphasis) stays the text it is, as all raw HTML did before, with its warning
 * (raw-html.ts): nothing an author types can run as script or break a document.
 */
import { Parser } from "htmlparser2";
import type { MarkdownIt, StateCore, Token } from "./markdown-types.ts";
import { markAuthorSpan } from "./language-marks.ts";
import { isClassName } from "./pandoc-attributes.ts";
import { canonicalLanguageTag } from "./script-runs.ts";
import { documentQuotationMarks } from "./language-quotes.ts";

/** Tags kept as formatting, each with the name it is written as (`strike` is HTML5's `s`). */
const formattingTags: Readonly<Record<string, string>> = {
  em: "em", i: "i", strong: "strong", b: "b", u: "u", s: "s", strike: "s", del: "del", ins: "ins",
  mark: "mark", small: "small", sup: "sup", sub: "sub", code: "code", kbd: "kbd", samp: "samp",
  var: "var", q: "q", cite: "cite", abbr: "abbr", dfn: "dfn", span: "span", bdi: "bdi", a: "a",
};
/** Attributes kept, on any of those tags; a link's `href` is checked as Markdown's are. */
const keptAttributes = new Set(["lang", "dir", "title", "href", "class"]);

interface ParsedTag {
  name: string;
  closing: boolean;
  attributes: Record<string, string>;
}

/** One tag as written (`<span lang="fr">`, `</span>`, `<br/>`), read by an HTML parser. */
export function parseTag(html: string): ParsedTag | undefined {
  const closing = /^<\/([A-Za-z][A-Za-z0-9]*)\s*>$/.exec(html);
  if (closing?.[1]) return { name: closing[1].toLowerCase(), closing: true, attributes: {} };
  if (!/^<[A-Za-z]/.test(html)) return undefined;
  let parsed: ParsedTag | undefined;
  const parser = new Parser({ onopentag: (name, attributes) => (parsed ??= { name, closing: false, attributes }) }, { lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return parsed;
}

/** markdown-it's own checks of a link's address, which a raw `<a href>` passes as a Markdown link would. */
type LinkRules = Pick<MarkdownIt, "validateLink" | "normalizeLink">;

/** The attributes kept of an opening tag, or undefined if one of them makes it unsafe to keep. */
function keptAttributesOf(tag: ParsedTag, md: LinkRules): Array<[string, string]> | undefined {
  const kept: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(tag.attributes)) {
    if (!keptAttributes.has(name)) continue;
    if (name === "href") {
      if (tag.name !== "a" || !md.validateLink(value)) return undefined;
      kept.push(["href", md.normalizeLink(value)]);
    } else if (name === "class") {
      // A span's classes, prefixed as a bracketed span's are (span-attributes.ts): `<span class="smallcaps">` is pandoc's other spelling of `[…]{.smallcaps}`.
      const classes = tag.name === "span" ? value.split(/\s+/).filter(isClassName) : [];
      if (classes.length > 0) kept.push(["class", classes.map((className) => `span-${className}`).join(" ")]);
    } else if (name === "lang") {
      const lang = canonicalLanguageTag(value);
      if (lang) kept.push(["lang", lang]);
    } else if (name === "dir") {
      if (value === "rtl" || value === "ltr") kept.push(["dir", value]);
    } else {
      kept.push([name, value]);
    }
  }
  if (tag.name === "a" && !kept.some(([name]) => name === "href")) return undefined;
  return kept;
}

interface Open {
  index: number;
  name: string;
  /** Markdown's nesting where the tag opened: it must close at the same. */
  level: number;
}

export interface InlineHtmlReading {
  /** Opening and closing tags that pair up, with the attributes kept of the opening one. */
  pairs: Array<{ open: number; close: number; name: string; attributes: Array<[string, string]> }>;
  /** `<br>`s. */
  breaks: number[];
  /** The raw HTML tokens that stay text (each is warned about). */
  left: Token[];
}

/** Which inline HTML of `children` can be kept as formatting, and which stays text. */
export function readInlineHtml(children: readonly Token[], md: LinkRules): InlineHtmlReading {
  const opens: Array<Open & { attributes: Array<[string, string]> }> = [];
  const reading: InlineHtmlReading = { pairs: [], breaks: [], left: [] };
  const kept = new Set<number>();
  let level = 0;
  children.forEach((child, index) => {
    if (child.type !== "html_inline") {
      level += child.nesting;
      // Markdown's own emphasis closed around an open tag: that tag cannot close inside it.
      while (opens.length && (opens[opens.length - 1]?.level ?? 0) > level) opens.pop();
      return;
    }
    const tag = parseTag(child.content.trim());
    if (!tag) return;
    if (!tag.closing && tag.name === "br") {
      reading.breaks.push(index);
      kept.add(index);
      return;
    }
    if (!(tag.name in formattingTags)) return;
    if (!tag.closing) {
      const attributes = keptAttributesOf(tag, md);
      if (attributes) opens.push({ index, name: tag.name, level, attributes });
      return;
    }
    const open = opens[opens.length - 1];
    if (!open || open.name !== tag.name || open.level !== level) return;
    opens.pop();
    reading.pairs.push({ open: open.index, close: index, name: tag.name, attributes: open.attributes });
    kept.add(open.index).add(index);
  });
  reading.left = children.filter((child, index) => child.type === "html_inline" && !kept.has(index));
  return reading;
}

/** Turns the inline HTML of `children` that can be kept into formatting tokens, in place, and the rest into text. */
export function convertInlineHtml(children: Token[], TokenClass: StateCore["Token"], md: LinkRules, marks?: readonly string[]): void {
  const reading = readInlineHtml(children, md);
  const quotations = reading.pairs.filter((pair) => pair.name === "q");
  for (const { open, close, name, attributes } of reading.pairs) {
    if (name === "q" && marks) {
      // A quotation's marks are text, in the document's language (the inner pair within another
      // quotation): a stylesheet's generated marks showed in the PDF's text but in no source or web
      // reading, and the read-back refused the note that held one.
      const inner = quotations.filter((other) => other.open < open && other.close > close).length % 2;
      children[open] = Object.assign(new TokenClass("text", "", 0), { content: marks[inner * 2] ?? "“" });
      children[close] = Object.assign(new TokenClass("text", "", 0), { content: marks[inner * 2 + 1] ?? "”" });
      continue;
    }
    if (name === "sup" && holdsOnlyCalls(children, open, close)) {
      // `<sup>[^2]</sup>`, as a word processor's export writes a call: the call is raised
      // already, and raised twice it stood above its line, a line of its own in the PDF's text.
      children[open] = Object.assign(new TokenClass("text", "", 0), { content: "" });
      children[close] = Object.assign(new TokenClass("text", "", 0), { content: "" });
      continue;
    }
    const type = name === "a" ? "link" : name === "span" && attributes.some(([attribute]) => attribute === "lang") ? "language" : "html_format";
    const writtenAs = formattingTags[name] ?? name;
    const opening = new TokenClass(`${type}_open`, writtenAs, 1);
    opening.attrs = attributes;
    if (type === "language") markAuthorSpan(opening);
    children[open] = opening;
    children[close] = new TokenClass(`${type}_close`, writtenAs, -1);
  }
  for (const index of reading.breaks) children[index] = new TokenClass("hardbreak", "br", 0);
  for (const left of reading.left) left.type = "text";
  // `<br>` at a line's end, as editors write it: the line break is that one, not also a space.
  const followingBreaks = new Set(reading.breaks.map((index) => children[index + 1]).filter((next) => next?.type === "softbreak"));
  if (followingBreaks.size > 0) children.splice(0, children.length, ...children.filter((child) => !followingBreaks.has(child)));
}

/** Whether the tokens between `open` and `close` are note calls and nothing else but spaces. */
function holdsOnlyCalls(children: readonly Token[], open: number, close: number): boolean {
  const inside = children.slice(open + 1, close);
  return inside.some((child) => child.type === "footnote_ref") && inside.every((child) => child.type === "footnote_ref" || (child.type === "text" && child.content.trim() === ""));
}

/** Core rule: every inline token's kept HTML made formatting; the rest printed as text. */
export function inlineHtmlPlugin(md: MarkdownIt): void {
  md.core.ruler.after("inline", "inline_html", (state: StateCore) => {
    const marks = documentQuotationMarks((state.env as { languages?: { document?: string } }).languages?.document ?? "en");
    for (const token of state.tokens) {
      if (token.type !== "inline" || !token.children) continue;
      convertInlineHtml(token.children, state.Token, md, marks);
    }
  });
}
