/**
 * The verifier's view of an HTML or XHTML file: a plain tree of elements and text, read with
 * htmlparser2, the way a reading system would read it. One reader serves both formats: end
 * tags HTML lets authors leave out (`<p>`, `<li>`, cells) are implied, self-closing tags close
 * (XHTML), CDATA is text, character references are decoded, and a truncated or hand-edited
 * file still gives the tree a browser would show.
 */
import { parseDocument } from "htmlparser2";
import { isCDATA, isTag, isText, type ChildNode } from "domhandler";

export interface HtmlElement {
  kind: "element";
  /** Lower-case tag name, prefix kept (`epub:switch`); `#document` for the root. */
  name: string;
  /** Attribute names lower-cased, prefixes kept (`epub:type`); values decoded. */
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export interface HtmlText {
  kind: "text";
  text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

export function parseHtml(source: string): HtmlElement {
  const document = parseDocument(source, { recognizeSelfClosing: true, recognizeCDATA: true, decodeEntities: true });
  return { kind: "element", name: "#document", attrs: {}, children: treeOf(document.children) };
}

/** The nodes a reader sees: elements and text (CDATA as text); comments and declarations drop out. */
function treeOf(nodes: ChildNode[]): HtmlNode[] {
  const tree: HtmlNode[] = [];
  for (const node of nodes) {
    if (isText(node)) {
      if (node.data) tree.push({ kind: "text", text: node.data });
    } else if (isCDATA(node)) {
      tree.push(...treeOf(node.children));
    } else if (isTag(node)) {
      tree.push({ kind: "element", name: node.name.toLowerCase(), attrs: { ...node.attribs }, children: treeOf(node.children) });
    }
  }
  return tree;
}

/** Every element below `node`, in document order. */
export function* descendants(node: HtmlElement): Generator<HtmlElement> {
  for (const child of node.children) {
    if (child.kind !== "element") continue;
    yield child;
    yield* descendants(child);
  }
}
