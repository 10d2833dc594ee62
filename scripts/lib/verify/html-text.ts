/**
 * The text a reader gets from an element: text nodes in order, a space where a block ends
 * (two paragraphs of a note read as "one. two."), no image descriptions, nothing from scripts,
 * styles or elements marked `hidden`.
 */
import type { HtmlElement, HtmlNode } from "./html-tree.ts";

const blockElements = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption", "figure",
  "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
  "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);
const unseenElements = new Set(["head", "script", "style", "template", "title", "noscript"]);

/**
 * Visible text of a node, blocks separated by a space; whitespace is left for the caller to
 * normalise. Elements `setAside` accepts are left out with all they hold.
 */
export function visibleText(node: HtmlNode, setAside: (element: HtmlElement) => boolean = () => false): string {
  const parts: string[] = [];
  collect(node, parts, setAside);
  return parts.join("");
}

function collect(node: HtmlNode, parts: string[], setAside: (element: HtmlElement) => boolean): void {
  if (node.kind === "text") {
    parts.push(node.text);
    return;
  }
  if (isUnseen(node) || setAside(node)) return;
  // An image's alt text is for those who cannot see it: the page shows the picture instead.
  if (node.name === "img") return;
  const block = blockElements.has(node.name);
  if (block) parts.push(" ");
  for (const child of node.children) collect(child, parts, setAside);
  if (block) parts.push(" ");
}

export function isUnseen(element: HtmlElement): boolean {
  return unseenElements.has(element.name) || "hidden" in element.attrs;
}
