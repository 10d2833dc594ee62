/**
 * SVG images made inert before they are published. An SVG is a program as much as a picture:
 * it can hold scripts, event handlers, HTML inside <foreignObject>, links that fetch from
 * anywhere, and a DOCTYPE whose entities read local files (XXE) or expand a few bytes into
 * gigabytes ("billion laughs"). What is published, in the web folder and in the EPUB, is the
 * output of this module, never the file as written:
 *
 * 1. The text must be UTF-8. The DOCTYPE is removed before any XML parser sees the file, so no
 *    entity is ever expanded by one. Plain internal entities (a name for a short literal text,
 *    as drawing programs declare namespace URLs) are replaced by their text here, once, with
 *    no nesting; references to any other entity (external ones: SYSTEM, PUBLIC) are removed.
 * 2. The rest is parsed as XML (jsdom) and must be well-formed, with an <svg> root in the SVG
 *    namespace.
 * 3. DOMPurify, with its SVG and SVG-filter profiles (plus <use>, which rule 4 makes safe),
 *    removes scripts, event handler attributes, <foreignObject>, animation elements that can
 *    rewrite links, processing instructions, comments, and every element and attribute not on
 *    its allowlist.
 * 4. Then every reference must stay inside the image: `href`/`xlink:href`/`src` may only
 *    name a fragment of the same file (`#id`) or hold a PNG, JPEG or GIF as a data: URL
 *    (which is itself decoded and checked); `url(…)` in attributes, style attributes and
 *    <style> may only name a fragment; CSS with @import, image-set() or escapes is removed.
 *    Anything else goes (an <image>, <feImage> or <use> left with no reference goes with it).
 * 5. Links (<a>) become groups: nothing in a picture shown as an image is ever clicked.
 * 6. The result is checked once more (no script, no handler, no foreign object, no outside
 *    reference) and serialised as UTF-8 XML.
 *
 * A file that is not well-formed or has no <svg> root throws InvalidImage; what was removed for
 * safety is returned in words, for a warning.
 */
import { createRequire } from "node:module";
import type { DOMPurify, RemovedAttribute, RemovedElement } from "dompurify";
import type { JSDOM as JsdomType } from "jsdom";
import { checkRaster, InvalidImage, type RasterFormat } from "./raster-images.ts";

const svgNamespace = "http://www.w3.org/2000/svg";
const xmlNamespace = "http://www.w3.org/XML/1998/namespace";
const predefinedEntities = new Set(["lt", "gt", "amp", "quot", "apos"]);
/** An internal entity replaced by its text may add this many characters in all. */
const maxEntityExpansion = 1024 * 1024;
const maxEntityValue = 2048;

export interface SanitisedSvg {
  /** The published file: UTF-8 XML with an XML declaration. */
  svg: Buffer;
  /** What was removed because it could run, fetch or read something, in words ("a <script> element"). Empty for a clean file. */
  removed: string[];
}

/** The inert SVG to publish for `bytes`, or InvalidImage when it is not a well-formed SVG. */
export function sanitiseSvg(bytes: Uint8Array): SanitisedSvg {
  const removed = new Set<string>();
  const text = prepareXml(decodeText(bytes), removed);
  const { window, purify } = svgTools();
  const document = new window.DOMParser().parseFromString(text, "image/svg+xml");
  const root = document.documentElement;
  if (!root || root.localName === "parsererror" || document.getElementsByTagName("parsererror").length > 0) {
    const detail = (root?.textContent ?? "").replace(/\s+/g, " ").trim();
    throw new InvalidImage(`it is not well-formed XML${detail ? `: ${detail.replace(/\.$/, "")}` : ""}`);
  }
  if (root.localName === "svg" && root.namespaceURI !== svgNamespace) {
    throw new InvalidImage(`its <svg> root is not in the SVG namespace (add xmlns="${svgNamespace}")`);
  }
  if (root.localName !== "svg" || root.namespaceURI !== svgNamespace) {
    throw new InvalidImage(`its root element is <${root.nodeName}>, not <svg> in the SVG namespace`);
  }

  purify.sanitize(root, { IN_PLACE: true, USE_PROFILES: { svg: true, svgFilters: true }, ADD_TAGS: ["use"], ADD_FORBID_CONTENTS: [...activeElements] });
  for (const item of purify.removed) describeRemoval(item, removed);

  keepReferencesInside(root, removed);
  unwrapLinks(root);
  const problem = stillActive(root);
  if (problem) throw new InvalidImage(`it could not be made safe (${problem} remains)`);

  const xml = new window.XMLSerializer().serializeToString(root);
  return { svg: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, "utf8"), removed: [...removed] };
}

// ---------------------------------------------------------------- text, DOCTYPE, entities

function decodeText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) throw new InvalidImage("it is UTF-16 text; save it as UTF-8");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidImage("it is not UTF-8 text");
  }
  return text.replace(/^\uFEFF/, "");
}

/**
 * The XML without its declaration and DOCTYPE, with entity references resolved as the module's
 * comment says. Removed spans are replaced by the line breaks they held, so the parser's line
 * numbers still match the file.
 */
function prepareXml(text: string, removed: Set<string>): string {
  const declaration = /^\s*<\?xml\s[^]*?\?>/.exec(text);
  if (declaration) {
    const encoding = /encoding\s*=\s*["']([^"']*)["']/.exec(declaration[0])?.[1];
    if (encoding && !/^(utf-?8|us-ascii|ascii)$/i.test(encoding)) throw new InvalidImage(`it declares the encoding ${encoding}; save it as UTF-8`);
    text = lineBreaksOf(declaration[0]) + text.slice(declaration[0].length);
  }
  const entities = new Map<string, string>();
  let expansion = 0;
  const token = /<!\[CDATA\[[^]*?\]\]>|<!--[^]*?-->|<\?[^]*?\?>|<!DOCTYPE(?:[^[>"']|"[^"]*"|'[^']*'|\[(?:[^\]"']|"[^"]*"|'[^']*')*\])*>|&([^;\s<&]*);/gi;
  const prepared = text.replace(token, (match: string, name: string | undefined) => {
    if (match.startsWith("<![CDATA[") || match.startsWith("<!--") || match.startsWith("<?")) return match;
    if (/^<!DOCTYPE/i.test(match)) {
      readEntities(match, entities, removed);
      return lineBreaksOf(match);
    }
    const entity = name ?? "";
    if (predefinedEntities.has(entity) || /^#([0-9]+|x[0-9a-f]+)$/i.test(entity)) return match;
    const value = entities.get(entity);
    if (value === undefined) {
      removed.add(`the undeclared or external entity ${entity}`);
      return "";
    }
    expansion += value.length;
    if (expansion > maxEntityExpansion) throw new InvalidImage("its entities expand to more than a megabyte of text");
    return value;
  });
  // A DOCTYPE the pattern could not take whole (unterminated, say) must never reach the parser.
  if (/<!DOCTYPE|<!ENTITY/i.test(prepared)) throw new InvalidImage("it has a DOCTYPE or entity declaration that cannot be removed safely");
  return prepared;
}

/** The plain internal entities of a DOCTYPE (name → text, escaped for XML); notes the others as removed. */
function readEntities(doctype: string, entities: Map<string, string>, removed: Set<string>): void {
  const subset = /\[([^]*)\]\s*>$/.exec(doctype)?.[1];
  if (subset === undefined) return; // <!DOCTYPE svg PUBLIC "…" "…">: nothing to expand, nothing fetched.
  const declaration = /<!ENTITY\s+(%\s+)?([^\s"']+)\s+("[^"]*"|'[^']*'|(?:SYSTEM|PUBLIC)[^>]*)\s*>/gi;
  let other = 0;
  for (const [, parameter, name, definition] of subset.matchAll(declaration)) {
    const literal = /^["']([^]*)["']$/.exec(definition ?? "")?.[1];
    if (!parameter && name && literal !== undefined && !/[&<%]/.test(literal) && literal.length <= maxEntityValue) {
      entities.set(name, literal.replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/>/g, "&gt;"));
    } else {
      other++;
    }
  }
  if (other > 0 || /<!ENTITY/i.test(subset.replace(declaration, ""))) removed.add("a DOCTYPE declaring external, parameter or nested entities (XXE, entity expansion)");
}

function lineBreaksOf(text: string): string {
  return text.replace(/[^\n]/g, "");
}

// ---------------------------------------------------------------- references

/** Removes every reference that leads out of the file (rule 4 of the module's comment). */
function keepReferencesInside(root: Element, removed: Set<string>): void {
  for (const element of [root, ...Array.from(root.getElementsByTagName("*"))]) {
    if (!element.isConnected) continue;
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.localName.toLowerCase();
      const value = attribute.value;
      let problem: string | undefined;
      if (name === "href" || name === "src") {
        problem = referenceProblem(value);
      } else if (name === "base" && attribute.namespaceURI === xmlNamespace) {
        problem = "an xml:base attribute";
      } else if (name === "style") {
        problem = cssProblem(value);
      } else if (mayHoldCssReference(value)) {
        problem = cssProblem(value);
      }
      if (problem) {
        element.removeAttributeNode(attribute);
        removed.add(`${problem} (${attribute.name} of <${element.localName}>)`);
      }
    }
    const tag = element.localName.toLowerCase();
    if ((tag === "image" || tag === "feimage" || tag === "use") && !hasReference(element)) {
      element.remove();
    } else if (tag === "style") {
      const problem = cssProblem(element.textContent ?? "");
      if (problem) {
        element.remove();
        removed.add(`a <style> element with ${problem}`);
      }
    }
  }
}

/** A value CSS could read as url(…): it says url( or hides it behind an escape. */
function mayHoldCssReference(value: string): boolean {
  return /url\s*\(/i.test(value) || (value.includes("\\") && value.includes("("));
}

/**
 * Links become groups: an image shown by <img> or in an e-book is never clicked through, and a
 * link EPUBCheck sees must carry a title. The group keeps the link's presentation attributes.
 */
function unwrapLinks(root: Element): void {
  for (const link of Array.from(root.getElementsByTagNameNS(svgNamespace, "a"))) {
    const group = link.ownerDocument.createElementNS(svgNamespace, "g");
    for (const attribute of Array.from(link.attributes)) {
      if (!["href", "target", "download", "rel", "hreflang", "type", "ping", "referrerpolicy", "title", "show", "actuate", "role"].includes(attribute.localName)) {
        group.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
      }
    }
    while (link.firstChild) group.appendChild(link.firstChild);
    link.replaceWith(group);
  }
}

function hasReference(element: Element): boolean {
  return Array.from(element.attributes).some((attribute) => attribute.localName === "href");
}

const rasterDataUrl = /^data:image\/(png|jpeg|jpg|gif);base64,([A-Za-z0-9+/=\s]*)$/i;

/** Why an href/src value leads out of the image, or undefined when it stays inside. */
function referenceProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^#[^\s#]*$/.test(trimmed) && !trimmed.includes(":")) return undefined;
  const data = rasterDataUrl.exec(trimmed);
  if (data) {
    const format: RasterFormat = data[1]!.toLowerCase() === "png" ? "PNG" : data[1]!.toLowerCase() === "gif" ? "GIF" : "JPEG";
    try {
      checkRaster(Buffer.from(data[2]!.replace(/\s+/g, ""), "base64"), format);
      return undefined;
    } catch (error) {
      return `an embedded ${format} that is not valid (${(error as Error).message})`;
    }
  }
  if (/^data:/i.test(trimmed)) return "a data: URL that is not a PNG, JPEG or GIF image";
  if (/^(https?|ftp):|^\/\//i.test(trimmed)) return `an external reference to ${shorten(trimmed)}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return `a ${trimmed.split(":")[0]!.toLowerCase()}: link`;
  return `a reference to the file ${shorten(trimmed)}`;
}

/** Why CSS text could fetch or hide something, or undefined when every url() names a fragment. */
function cssProblem(css: string): string | undefined {
  if (css.includes("\\")) return "CSS escapes";
  if (/@import/i.test(css)) return "a CSS @import";
  if (/(^|[^a-z-])(-webkit-)?image(-set)?\s*\(|(^|[^a-z-])src\s*\(/i.test(css)) return "a CSS image() or src() reference";
  for (const match of css.matchAll(/url\s*\(\s*(["']?)([^"')]*)/gi)) {
    const target = (match[2] ?? "").trim();
    if (!/^#[^\s#]*$/.test(target)) return `an external url(${shorten(target)})`;
  }
  return undefined;
}

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

// ---------------------------------------------------------------- what DOMPurify removed, the final check

const activeElements = new Set(["script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "set", "animate", "audio", "video", "canvas"]);

function describeRemoval(item: RemovedElement | RemovedAttribute, removed: Set<string>): void {
  if ("attribute" in item && item.attribute) {
    const name = item.attribute.name.toLowerCase();
    const on = (item.from as Element | undefined)?.localName ?? "an element";
    if (name.startsWith("on")) removed.add(`an event handler (${item.attribute.name} of <${on}>)`);
    else if (/(^|:)href$/.test(name)) removed.add(`an unsafe link (${item.attribute.name} of <${on}>)`);
    return;
  }
  const node = (item as RemovedElement).element as Node | undefined;
  if (!node) return;
  if (node.nodeType === 7) {
    removed.add(`the processing instruction <?${(node as ProcessingInstruction).target}?>`);
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  if (activeElements.has(element.localName.toLowerCase()) || element.namespaceURI === "http://www.w3.org/1999/xhtml") removed.add(`a <${element.localName}> element`);
}

/** Something that can still run or fetch, in words, or undefined: the check after sanitising. */
function stillActive(root: Element): string | undefined {
  for (const element of [root, ...Array.from(root.getElementsByTagName("*"))]) {
    const tag = element.localName.toLowerCase();
    if (activeElements.has(tag)) return `a <${element.localName}> element`;
    if (element.namespaceURI !== svgNamespace) return `an element outside the SVG namespace (<${element.nodeName}>)`;
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.localName.toLowerCase();
      if (name.startsWith("on")) return `the ${attribute.name} attribute`;
      if ((name === "href" || name === "src") && referenceProblem(attribute.value)) return `the ${attribute.name} attribute`;
      if ((name === "style" || mayHoldCssReference(attribute.value)) && cssProblem(attribute.value)) return `the ${attribute.name} attribute`;
    }
    if (tag === "style" && cssProblem(element.textContent ?? "")) return "a <style> element";
  }
  return undefined;
}

// ---------------------------------------------------------------- jsdom and DOMPurify, loaded once and only for SVG

const requirePackage = createRequire(import.meta.url);
let tools: { window: JsdomType["window"]; purify: DOMPurify } | undefined;

function svgTools(): { window: JsdomType["window"]; purify: DOMPurify } {
  if (!tools) {
    const { JSDOM } = requirePackage("jsdom") as { JSDOM: typeof JsdomType };
    const createDOMPurify = requirePackage("dompurify") as DOMPurify;
    // No scripts, no resources: jsdom only parses and serialises here.
    const { window } = new JSDOM("", { runScripts: undefined, resources: undefined });
    tools = { window, purify: createDOMPurify(window as unknown as Parameters<DOMPurify>[0]) };
  }
  return tools;
}
