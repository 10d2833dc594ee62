/**
 * The e-book's one way in and out of markup: rendered HTML is read into a DOM with
 * htmlparser2, changed there (page markers, block marks), and written as XHTML with
 * dom-serializer. E-readers parse content documents as XML, where one `&nbsp;`, an unclosed
 * `<br>` or a control character makes the whole chapter fail; writing from a tree makes every
 * chapter well-formed whatever the HTML held, and an HTML parser reads it as a browser would.
 */
import { parseDocument } from "htmlparser2";
import render from "dom-serializer";
import { isTag, isText, type AnyNode, type Document } from "domhandler";

/** Reads rendered HTML (markdown-it's output, a fragment) into a tree to change and write. */
export function parseHtmlFragment(html: string): Document {
  const document = parseDocument(html, { decodeEntities: true });
  dropUnseen(document);
  return document;
}

/** Writes a tree (or some of its nodes) as XHTML: XML escapes only, void elements closed, every attribute quoted. */
export function serializeXhtml(nodes: AnyNode | AnyNode[]): string {
  for (const node of Array.isArray(nodes) ? nodes : [nodes]) withoutForbiddenCharacters(node);
  // HTML rules (void elements as `<br />`, every other element closed) with UTF-8 text; the
  // serializer's HTML escaping writes a no-break space as `&nbsp;`, which XML does not know
  // (a literal "&nbsp;" in the text was written `&amp;nbsp;`, so only the serializer's match).
  return render(nodes, { xmlMode: false, selfClosingTags: true, emptyAttrs: true, encodeEntities: "utf8" }).replaceAll("&nbsp;", "&#xA0;");
}

// Code points XML 1.0 does not allow anywhere, including lone surrogates.
const forbiddenCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** XML names an attribute may have; HTML accepts more (`"a`, `1x`), which XML parsers refuse. */
const attributeName = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/;

/** Removes what XML cannot carry: characters it forbids, in text and attribute values, and attribute names it cannot parse. */
function withoutForbiddenCharacters(node: AnyNode): void {
  if (isText(node)) node.data = node.data.replace(forbiddenCharacters, "");
  if (!isTag(node)) {
    if ("children" in node) for (const child of node.children) withoutForbiddenCharacters(child);
    return;
  }
  for (const [name, value] of Object.entries(node.attribs)) {
    if (attributeName.test(name)) node.attribs[name] = value.replace(forbiddenCharacters, "");
    else delete node.attribs[name];
  }
  for (const child of node.children) withoutForbiddenCharacters(child);
}

/** Comments, doctypes and processing instructions carry nothing a reader sees. */
function dropUnseen(parent: { children: AnyNode[] }): void {
  parent.children = parent.children.filter((child) => isTag(child) || isText(child));
  for (const child of parent.children) if (isTag(child)) dropUnseen(child);
}
