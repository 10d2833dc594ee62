/**
 * The body text of an HTML or XHTML document as a reader sees it, without the notes and the
 * calls (those are compared one by one): what the passage check looks for.
 */
import type { HtmlNode } from "./html-tree.ts";
import { isUnseen } from "./html-text.ts";

const setAside = new Set(["doc-noteref", "doc-footnote", "doc-endnote", "doc-endnotes", "noteref", "footnote", "endnote", "endnotes", "rearnote", "footnotes"]);

export function bodyText(node: HtmlNode): string {
  const parts: string[] = [];
  collect(node, parts);
  return parts.join(" ");
}

function collect(node: HtmlNode, parts: string[]): void {
  if (node.kind === "text") {
    parts.push(node.text);
    return;
  }
  if (isUnseen(node)) return;
  const tokens = `${node.attrs.role ?? ""} ${node.attrs["epub:type"] ?? ""}`.split(/\s+/);
  if (tokens.some((token) => setAside.has(token))) return;
  for (const child of node.children) collect(child, parts);
}
