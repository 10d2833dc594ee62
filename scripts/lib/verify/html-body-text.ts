/**
 * The body text of an HTML or XHTML document as a reader sees it, without the notes and the
 * calls (those are compared one by one): what the passage check looks for.
 */
import type { HtmlElement, HtmlNode } from "./html-tree.ts";
import { visibleText } from "./html-text.ts";

const setAside = new Set(["doc-noteref", "doc-footnote", "doc-endnote", "doc-endnotes", "noteref", "footnote", "endnote", "endnotes", "rearnote", "footnotes"]);

function isNoteOrCall(element: HtmlElement): boolean {
  return `${element.attrs.role ?? ""} ${element.attrs["epub:type"] ?? ""}`.split(/\s+/).some((token) => setAside.has(token));
}

export function bodyText(node: HtmlNode): string {
  return visibleText(node, isNoteOrCall);
}
