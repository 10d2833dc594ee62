/**
 * Links inside the text (`[see below](#methods)`) must land somewhere in every edition. An id
 * no heading or anchor carries is a dead link on the web, a link to nowhere in the PDF, and an
 * EPUBCheck error (RSC-012) in the e-book. Such a link is most often written for another
 * renderer's heading ids, so the text stays and the author is told where: the link is taken
 * out of every edition alike, with a warning that names the file and line.
 */
import type { Diagnostic } from "../errors.ts";
import type { Token } from "../markdown/markdown-types.ts";
import { reservedId } from "../markdown/heading-ids.ts";

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

/** Unlinks every `#fragment` link whose target is not in `ids`; returns one warning per link. */
export function unlinkDeadFragments(tokens: readonly Token[], ids: ReadonlySet<string>, source: FragmentLinkSource): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  for (const block of tokens) {
    const children = block.children;
    if (!children) continue;
    for (let i = 0; i < children.length; i++) {
      const fragment = fragmentOf(children[i]!);
      if (fragment === undefined || ids.has(fragment) || reservedId.test(fragment)) continue;
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
  if (token.type !== "link_open") return undefined;
  const href = String(token.attrGet("href") ?? "");
  if (!href.startsWith("#") || href.length === 1) return undefined;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}
