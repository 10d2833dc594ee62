/**
 * Stable ids for headings, derived from their text, so the web page, the PDF bookmarks and
 * the EPUB table of contents all point at the same anchors across builds.
 */
import type { StateCore, Token } from "./markdown-types.ts";

export interface Heading {
  level: number;
  id: string;
  text: string;
  /** Index of the heading_open token in the document's token stream. */
  tokenIndex: number;
}

/** Ids the notes use in every edition (see note-renderer.ts noteIds, editions/web/web-notes.ts), the contents' title (crossref/contents.ts), and the bibliography's entries (`ref-<key>`, citations/render-citations.ts). */
export const reservedId = /^(?:fn-\d+|fnref-\d+(?:-\d+)?|notes-heading|notes|toc-title|ref-.+)$/;

/**
 * The accents of Latin letters are dropped (é is e); everything else is put back together
 * (NFC) once they are: a Korean syllable, decomposed into its jamo by NFKD, stays one syllable,
 * as a Japanese kana with its voicing mark does.
 */
export function slugifyHeading(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "section";
}

/** `base`, or `base-2`, `base-3`... the first that `used` does not hold, which is then added to it. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** Core rule: gives every heading an id (unique within the document) and records it in env.headings. */
export function assignHeadingIds(state: StateCore): void {
  const used = new Set<string>();
  const headings: Heading[] = [];
  state.tokens.forEach((token: Token, index: number) => {
    if (token.type !== "heading_open") return;
    const inline = state.tokens[index + 1];
    const text = inline?.type === "inline" ? plainText(inline) : "";
    // A heading "fn-1" must not take the id of note 1 (nor of a call, nor of the notes' heading).
    const slug = slugifyHeading(text);
    const base = !reservedId.test(slug) ? slug : slug.startsWith("ref-") ? `section-${slug}` : `${slug}-section`;
    let id = String(token.attrGet("id") ?? base);
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    token.attrSet("id", id);
    headings.push({ level: Number(token.tag.slice(1)), id, text, tokenIndex: index });
  });
  (state.env as { headings?: Heading[] }).headings = headings;
}

function plainText(inline: Token): string {
  return (inline.children ?? [])
    .filter((child) => child.type === "text" || child.type === "code_inline")
    .map((child) => child.content)
    .join("")
    .trim();
}
