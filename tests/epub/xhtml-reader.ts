/**
 * A small strict XML reader for the tests: it refuses what an e-reader's XML parser refuses
 * (unclosed or crossed tags, unknown entities, `<` in attributes, repeated attributes), and
 * gives a tree to read calls, notes and page markers from. Deliberately independent of the
 * code under test.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  parent?: XmlElement;
}
export type XmlNode = XmlElement | string;

const predefined: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function decodeEntities(text: string): string {
  if (forbidden.test(text)) throw new Error(`a character XML forbids in "${text.slice(0, 60)}"`);
  return text.replace(/&([^;\s&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(";")) throw new Error(`bare & in "${text.slice(0, 60)}"`);
    if (name.startsWith("#")) {
      const code = name.startsWith("#x") ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      const character = String.fromCodePoint(code);
      if (code === 0 || forbidden.test(character)) throw new Error(`reference to a character XML forbids: ${whole}`);
      return character;
    }
    const value = predefined[name];
    if (value === undefined) throw new Error(`undefined entity &${name};`);
    return value;
  });
}

/** Parses a whole XML document and returns its root element; throws on anything not well-formed. */
export function parseXml(source: string): XmlElement {
  const text = source.replace(/^<\?xml[^?]*\?>\s*/, "").replace(/^<!DOCTYPE[^>]*>\s*/, "");
  const root: XmlElement = { name: "#document", attributes: {}, children: [] };
  let current = root;
  const markup = /<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|</g;
  let last = 0;
  for (const match of text.matchAll(markup)) {
    const between = text.slice(last, match.index);
    if (between) current.children.push(decodeEntities(between));
    last = match.index + match[0].length;
    if (match[0].startsWith("<!--")) continue;
    if (match[0] === "<") throw new Error(`stray < at ${match.index}: "${text.slice(match.index, match.index + 40)}"`);
    const [, closing, name = "", rawAttributes = "", selfClosing] = match;
    if (closing) {
      if (current.name !== name) throw new Error(`</${name}> closes <${current.name}>`);
      current = current.parent ?? root;
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of rawAttributes.matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const key = attribute[1] ?? "";
      const value = attribute[2] ?? attribute[3] ?? "";
      if (key in attributes) throw new Error(`attribute ${key} repeated on <${name}>`);
      if (value.includes("<")) throw new Error(`< inside attribute ${key} of <${name}>`);
      attributes[key] = decodeEntities(value);
    }
    const element: XmlElement = { name, attributes, children: [], parent: current };
    current.children.push(element);
    if (!selfClosing) current = element;
  }
  const rest = text.slice(last);
  if (rest.trim()) throw new Error(`text after the root element: "${rest.slice(0, 40)}"`);
  if (current !== root) throw new Error(`<${current.name}> is never closed`);
  const elements = root.children.filter((child): child is XmlElement => typeof child !== "string");
  if (elements.length !== 1 || !elements[0]) throw new Error("a document needs exactly one root element");
  return elements[0];
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
