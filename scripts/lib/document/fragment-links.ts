/**
 * Links inside the text (`[see below](#methods)`) must land somewhere in every edition. An id
 * no heading or anchor carries is a dead link on the web, a link to nowhere in the PDF, and an
 * EPUBCheck error (RSC-012) in the e-book. Such a link is most often written for another
 * renderer's heading ids, so the text stays and the author is told where: the link is taken
 * out of every edition alike, with a warning that names the file and line.
 *
 * Authors write these links against the heading ids their other tools make: GitHub's
 * (`#html---hypertext-markup-language`, `#softwarequalität`) and pandoc's (`#dangerous-sites`
 * for "6. Dangerous sites"). Ours differ, so a link that names a heading by either of those is
 * pointed at the heading's own id instead of being lost.
 */
import GithubSlugger from "github-slugger";
import type { Diagnostic } from "../errors.ts";
import type { Token } from "../markdown/markdown-types.ts";
import { reservedId } from "../markdown/heading-ids.ts";
import { linkFragment } from "../markdown/link-fragment.ts";

export interface HeadingName {
  id: string;
  /** The heading's text, as written (no markup). */
  text: string;
}

export interface FragmentLinkSource {
  /** The file a token's line is in, and that line (1-based, in the file). */
  locate(blockToken: Token): { file: string; line: number };
}

/** Every id the text's tokens carry (headings, figures, tables, anchors), plus `extra`. */
export function idsInTokens(tokens: readonly Token[], extra: Iterable<string> = []): Set<string> {
  const ids = new Set(extra);
  const visit = (list: readonly Token[]): void => {
    for (const token of list) {
      const id = token.attrGet("id");
      if (id !== null) ids.add(String(id));
      if (token.children) visit(token.children);
    }
  };
  visit(tokens);
  return ids;
}

/**
 * Points links that name a heading by GitHub's or pandoc's id at its own id, and unlinks every
 * other `#fragment` link whose target is not in `ids`; returns one warning per unlinked link.
 * `headings` in reading order (the ids those tools give repeated headings count in order).
 */
export function unlinkDeadFragments(tokens: readonly Token[], ids: ReadonlySet<string>, source: FragmentLinkSource, headings: readonly HeadingName[] = []): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  let aliases: Map<string, string> | undefined;
  for (const block of tokens) {
    const children = block.children;
    if (!children) continue;
    for (let i = 0; i < children.length; i++) {
      const fragment = fragmentOf(children[i]!);
      if (fragment === undefined || ids.has(fragment) || reservedId.test(fragment)) continue;
      aliases ??= headingAliases(headings, ids);
      const own = aliases.get(fragment) ?? aliases.get(fragment.toLowerCase());
      if (own !== undefined) {
        children[i]!.attrSet("href", `#${own}`);
        continue;
      }
      const close = children.findIndex((token, j) => j > i && token.type === "link_close");
      if (close > i) children.splice(close, 1);
      children.splice(i, 1);
      i--;
      warnings.push({
        severity: "warning",
        code: "link-target-missing",
        message: `the link to #${fragment} goes nowhere: no heading or anchor has that id, so its text is printed without the link`,
        location: source.locate(block),
      });
    }
  }
  return warnings;
}

/** The decoded fragment of an in-document link (`#x`), or undefined for any other token or link. */
function fragmentOf(token: Token): string | undefined {
  return token.type === "link_open" ? linkFragment(String(token.attrGet("href") ?? "")) : undefined;
}

/** GitHub's and pandoc's ids of each heading → the heading's own id (never shadowing a real id). */
export function headingAliases(headings: readonly HeadingName[], ids: ReadonlySet<string>): Map<string, string> {
  const aliases = new Map<string, string>();
  const github = new GithubSlugger();
  const pandocUsed = new Map<string, number>();
  for (const heading of headings) {
    const names = [github.slug(heading.text), numbered(pandocIdentifier(heading.text), pandocUsed)];
    for (const name of names) if (name && !ids.has(name) && !aliases.has(name)) aliases.set(name, heading.id);
  }
  return aliases;
}

/**
 * pandoc's auto_identifiers, as its manual states them: keep letters, digits, `_`, `-` and
 * `.`; spaces become hyphens; lower case; drop everything before the first letter.
 */
export function pandocIdentifier(text: string): string {
  const kept = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}_.\s-]/gu, "")
    .trim()
    .replace(/\s+/g, "-");
  const firstLetter = kept.search(/\p{L}/u);
  return firstLetter < 0 ? "section" : kept.slice(firstLetter);
}

/** pandoc's second "Notes" is notes-1, its third notes-2. */
function numbered(id: string, used: Map<string, number>): string {
  const count = used.get(id) ?? 0;
  used.set(id, count + 1);
  return count === 0 ? id : `${id}-${count}`;
}
