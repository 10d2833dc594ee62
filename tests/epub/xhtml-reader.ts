/**
 * A strict XML reader for the tests, on jsdom's XML parser (saxes): it refuses what an
 * e-reader's XML parser refuses (unclosed or crossed tags, undefined entities, `<` in
 * attributes, repeated attributes, characters XML forbids), and gives a tree to read calls,
 * notes and page markers from. Deliberately independent of the code under test.
 */
import { JSDOM } from "jsdom";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  parent?: XmlElement;
}
export type XmlNode = XmlElement | string;

const { DOMParser, Node } = new JSDOM("").window;

/** Parses a whole XML document and returns its root element; throws on anything not well-formed. */
export function parseXml(source: string): XmlElement {
  const document = new DOMParser().parseFromString(source, "application/xml");
  const error = document.getElementsByTagNameNS("http://www.mozilla.org/newlayout/xml/parsererror.xml", "parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent?.trim().split("\n")[0] ?? ""}`);
  const root = document.documentElement;
  if (!root) throw new Error("a document needs exactly one root element");
  return elementOf(root, undefined);
}

function elementOf(element: Element, parent: XmlElement | undefined): XmlElement {
  const attributes: Record<string, string> = {};
  for (const attribute of Array.from(element.attributes)) attributes[attribute.name] = attribute.value;
  const built: XmlElement = { name: element.tagName, attributes, children: [], parent };
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === Node.ELEMENT_NODE) built.children.push(elementOf(child as Element, built));
    else if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) built.children.push(child.nodeValue ?? "");
  }
  return built;
}

/** Every element below `root` (document order) that matches. */
export function findAll(root: XmlElement, predicate: (element: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement): void => {
    for (const child of element.children) {
      if (typeof child === "string") continue;
      if (predicate(child)) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** Text content, leaving out elements for which `skip` is true. */
export function textOf(node: XmlNode, skip: (element: XmlElement) => boolean = () => false): string {
  if (typeof node === "string") return node;
  if (skip(node)) return "";
  return node.children.map((child) => textOf(child, skip)).join("");
}

export function hasClass(element: XmlElement, name: string): boolean {
  return (element.attributes.class ?? "").split(/\s+/).includes(name);
}

export function ancestors(element: XmlElement): XmlElement[] {
  const list: XmlElement[] = [];
  for (let parent = element.parent; parent; parent = parent.parent) list.push(parent);
  return list;
}
