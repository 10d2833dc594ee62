/**
 * The list of works cited, as Markdown tokens appended to the article's body: a `##` heading
 * and one paragraph per work, in the style's order, each work once. Being part of the body,
 * it is printed by all three editions (the EPUB gives it a file of its own, the print edition
 * its pages) and its text is checked like any passage. Each entry has an id citations link to.
 */
import type { StateCore, Token } from "../markdown/markdown-types.ts";
import { markedTextTokens, plainOfMarked } from "./marked-text.ts";

export interface BibliographyOptions {
  heading: string;
  /** The heading's id, when the section is listed in a contents (a book's). */
  headingId?: string;
  /** The processor's entries (marked text) with the key of each. */
  entries: ReadonlyArray<{ key: string; text: string }>;
  idOf: (key: string) => string;
  /** Source line the section is attributed to (the end of the article). */
  line: number;
}

export function bibliographyTokens(TokenClass: StateCore["Token"], options: BibliographyOptions): Token[] {
  const map: [number, number] = [options.line, options.line + 1];
  const tokens: Token[] = [];
  const block = (type: string, tag: string, nesting: -1 | 0 | 1): Token => {
    const token = new TokenClass(type, tag, nesting);
    token.block = true;
    if (nesting >= 0) token.map = map;
    tokens.push(token);
    return token;
  };
  const inline = (text: string, children: Token[]): void => {
    const token = block("inline", "", 0);
    token.content = text;
    token.children = children;
  };
  const open = block("heading_open", "h2", 1);
  open.markup = "##";
  if (options.headingId) open.attrSet("id", options.headingId);
  // Not rendered: lets print set the section after endnotes, where a book's back matter has it.
  open.meta = { ...(open.meta as object | null), bibliography: true };
  const headingText = new TokenClass("text", "", 0);
  headingText.content = options.heading;
  inline(options.heading, [headingText]);
  block("heading_close", "h2", -1).markup = "##";
  for (const entry of options.entries) {
    const open = block("paragraph_open", "p", 1);
    open.attrSet("id", options.idOf(entry.key));
    open.attrSet("class", "csl-entry");
    const text = entry.text.trim();
    inline(plainOfMarked(text), markedTextTokens(text, TokenClass));
    block("paragraph_close", "p", -1);
  }
  return tokens;
}

/** The bibliography's heading, where an edition sets the section apart (after the notes). */
export function isBibliographyHeading(token: Token): boolean {
  return token.type === "heading_open" && (token.meta as { bibliography?: boolean } | null)?.bibliography === true;
}
