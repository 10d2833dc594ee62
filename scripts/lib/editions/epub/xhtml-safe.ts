/**
 * Makes rendered HTML safe to ship as XHTML inside an EPUB: e-readers parse content
 * documents as XML, where one `&nbsp;` or unclosed `<br>` makes the whole chapter fail.
 *
 * markdown-it with `xhtmlOut` already closes void tags and escapes text; this pass is the
 * guarantee for everything else (named entities, stray `&`, minimised or single-quoted
 * attributes, characters XML forbids) and refuses markup whose tags do not nest, because
 * the EPUB writer is handed this text as is (see deterministic-epub.ts).
 */
import { RenderError } from "../../errors.ts";
import { markdownEngine } from "../../markdown/engine.ts";

const voidElements = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** The only named references XML knows without a DTD. */
const xmlEntities = new Set(["amp", "lt", "gt", "quot", "apos"]);
/** Characters kept as numeric references because they are invisible in an editor. */
const invisible = /^[\u00A0\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]$/u;
// Code points XML 1.0 does not allow anywhere, including lone surrogates.
const forbiddenCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const reference = /&(?:(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)?/g;
const markup =
  /<!--[\s\S]*?-->|<![^>]*>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const attributeName = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/;

/** Returns `html` as well-formed XHTML; throws RenderError when its elements do not nest. */
export function toXhtml(html: string): string {
  const out: string[] = [];
  const open: string[] = [];
  let last = 0;
  for (const match of html.matchAll(markup)) {
    out.push(safeText(html.slice(last, match.index)));
    last = match.index + match[0].length;
    const [, closing, rawName, rawAttributes = "", selfClosing] = match;
    // Comments, doctypes and processing instructions carry nothing a reader sees.
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    const isVoid = voidElements.has(name);
    if (closing) {
      if (isVoid) continue;
      const expected = open.pop();
      if (expected !== name) throw notWellFormed(`</${name}> closes ${expected ? `<${expected}>` : "nothing"}`, html, match.index);
      out.push(`</${name}>`);
      continue;
    }
    const attributes = safeAttributes(rawAttributes);
    if (isVoid || selfClosing) {
      out.push(`<${name}${attributes} />`);
    } else {
      open.push(name);
      out.push(`<${name}${attributes}>`);
    }
  }
  out.push(safeText(html.slice(last)));
  const unclosed = open.pop();
  if (unclosed) throw notWellFormed(`<${unclosed}> is never closed`, html, html.length);
  return out.join("");
}

function safeText(text: string): string {
  return fixReferences(text).replace(/</g, "&lt;").replace(/]]>/g, "]]&gt;");
}

function safeAttributes(raw: string): string {
  const seen = new Set<string>();
  let result = "";
  for (const match of raw.matchAll(attribute)) {
    const name = match[1] ?? "";
    // XML forbids repeated attributes and names it cannot parse; HTML keeps the first too.
    if (!attributeName.test(name) || seen.has(name)) continue;
    seen.add(name);
    const value = match[2] ?? match[3] ?? match[4] ?? "";
    result += ` ${name}="${fixReferences(value).replace(/</g, "&lt;").replace(/"/g, "&quot;")}"`;
  }
  return result;
}

/** Named references become characters (invisible ones numeric), stray `&` becomes `&amp;`. */
function fixReferences(text: string): string {
  return text.replace(forbiddenCharacters, "").replace(reference, (whole, body: string | undefined) => {
    if (body === undefined) return "&amp;";
    if (body.startsWith("#")) {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return isXmlCharacter(code) ? whole : "\uFFFD";
    }
    if (xmlEntities.has(body)) return whole;
    const decoded = markdownEngine.utils.unescapeAll(whole);
    if (decoded === whole) return `&amp;${body};`;
    return [...decoded].map((ch) => (invisible.test(ch) ? `&#x${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()};` : ch)).join("");
  });
}

function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function notWellFormed(problem: string, html: string, offset: number): RenderError {
  const context = html.slice(Math.max(0, offset - 40), offset + 20).replace(/\s+/g, " ");
  return new RenderError(`EPUB chapter is not well-formed XHTML: ${problem} (near "${context}")`, { code: "epub-xhtml" });
}
