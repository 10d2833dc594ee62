/**
 * Authors who write for pandoc end a cited text with a heading of their own and nothing under
 * it (`# References`), where pandoc sets the list of works, often with an empty
 * `::: {#refs}` div that says so. Left as it is, that heading stands empty above the
 * pipeline's own ("References" over "Bibliography"). This finds such a closing section, so
 * the list of works takes the author's heading (its words and its id, which links may name)
 * in place of the pipeline's.
 *
 * A `{#refs}` div with text after it asks for the list in the middle of the text: every
 * edition sets the list of works at the end (print after the endnotes), so the div is left
 * where it is, and the author is told.
 */
import type { Diagnostic } from "../errors.ts";
import type { Token } from "../markdown/markdown-types.ts";
import { divAttributesOf } from "../markdown/fenced-divs.ts";

export interface AuthorsReferencesSection {
  /** Range [start, end) of the tokens the section takes: its heading, and an empty `{#refs}` div. */
  start: number;
  end: number;
  heading: string;
  id?: string;
}

const isRefsDiv = (token: Token | undefined): boolean => token?.type === "fenced_div_open" && divAttributesOf(token)?.id === "refs";

/**
 * The empty section that closes the text, if the text ends with one. Read before the notes'
 * block is added (citations are formatted before markdown-it-footnote's tail rule), so the
 * text's last tokens are its own.
 */
export function authorsReferencesSection(tokens: readonly Token[]): AuthorsReferencesSection | undefined {
  // Notes defined after the heading (`## References` then `[^1]: …`) are still in the text's
  // tokens here; they leave it for the notes' block, so the section ends before them.
  let end = tokens.length;
  while (tokens[end - 1]?.type === "footnote_reference_close") {
    let open = end - 1;
    while (open > 0 && tokens[open]?.type !== "footnote_reference_open") open--;
    end = open;
  }
  const sectionEnd = end;
  // An empty refs div: its open and close tokens side by side.
  if (isRefsDiv(tokens[end - 2]) && tokens[end - 1]?.type === "fenced_div_close") end -= 2;
  const close = tokens[end - 1];
  const inline = tokens[end - 2];
  const open = tokens[end - 3];
  if (close?.type !== "heading_close" || inline?.type !== "inline" || open?.type !== "heading_open") return undefined;
  const heading = inline.content.trim();
  if (heading === "") return undefined;
  const id = open.attrGet("id");
  return { start: end - 3, end: sectionEnd, heading, ...(id !== null ? { id: String(id) } : {}) };
}

/** A `{#refs}` div anywhere but in the closing section: the list is set at the end all the same. */
export function misplacedRefsDivs(tokens: readonly Token[], section: AuthorsReferencesSection | undefined, file: string, lineOffset: number): Diagnostic[] {
  return tokens.flatMap((token, index) =>
    isRefsDiv(token) && !(section && index >= section.start && index < section.end)
      ? [
          {
            severity: "warning" as const,
            code: "refs-div-not-at-end",
            message: "::: {#refs} asks for the list of works here; every edition sets it at the end of the text, after the last section",
            location: { file, line: (token.map?.[0] ?? 0) + 1 + lineOffset },
          },
        ]
      : [],
  );
}
