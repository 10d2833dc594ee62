/**
 * The structure tree (tags) of a PDF as pdf-lib objects: every structure element with its
 * parent, in reading order, and the link annotations the tree points to. The print edition
 * repairs the tags Chromium writes with it (pdf-tags.ts), and the tests read them back.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from "pdf-lib";
import { destinationId } from "./pdf-destination-names.ts";

export interface StructElement {
  dict: PDFDict;
  /** The element's own reference: kids are replaced or adopted by it. */
  ref: PDFRef;
  parent: StructElement | undefined;
  /** Structure type without the slash: "P", "NonStruct", "Link". */
  type: string;
  /** Element kids, in order (marked content and annotation references left out). */
  children: StructElement[];
  /** Annotations this element references (OBJR kids). */
  annotations: PDFDict[];
}

const name = (key: string): PDFName => PDFName.of(key);

/** The dictionary `object` is or refers to; undefined for anything else (pdf-lib's lookupMaybe throws on a type it did not expect). */
export function dictOf(doc: PDFDocument, object: PDFObject | undefined): PDFDict | undefined {
  const resolved = object === undefined ? undefined : doc.context.lookup(object);
  return resolved instanceof PDFDict ? resolved : undefined;
}

/** The array `object` is or refers to, or undefined. */
export function arrayOf(doc: PDFDocument, object: PDFObject | undefined): PDFArray | undefined {
  const resolved = object === undefined ? undefined : doc.context.lookup(object);
  return resolved instanceof PDFArray ? resolved : undefined;
}

export function textOf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;
}

export function structTreeRoot(doc: PDFDocument): PDFDict | undefined {
  return dictOf(doc, doc.catalog.get(name("StructTreeRoot")));
}

/** The kids of a dictionary's /K as a list, whether /K holds one object or an array. */
export function kidsOf(dict: PDFDict): PDFObject[] {
  const k = dict.get(name("K"));
  if (k === undefined) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
}

/** Every structure element under the root, depth first, in reading order. */
export function structElements(doc: PDFDocument): StructElement[] {
  const root = structTreeRoot(doc);
  if (!root) return [];
  const all: StructElement[] = [];
  const seen = new Set<PDFDict>();
  const visit = (kid: PDFObject, parent: StructElement | undefined): void => {
    if (!(kid instanceof PDFRef)) return;
    const dict = dictOf(doc, kid);
    if (!dict || seen.has(dict)) return;
    const type = dict.get(name("Type"));
    if (type instanceof PDFName && type.asString() !== "/StructElem") return;
    const s = dict.get(name("S"));
    if (!(s instanceof PDFName)) return;
    seen.add(dict);
    const element: StructElement = { dict, ref: kid, parent, type: s.decodeText(), children: [], annotations: [] };
    all.push(element);
    parent?.children.push(element);
    for (const child of kidsOf(dict)) {
      const inline = child instanceof PDFDict ? child : dictOf(doc, child);
      const objr = inline?.get(name("Type"));
      if (inline && objr instanceof PDFName && objr.asString() === "/OBJR") {
        const annotation = dictOf(doc, inline.get(name("Obj")));
        if (annotation) element.annotations.push(annotation);
        continue;
      }
      visit(child, element);
    }
  };
  for (const kid of kidsOf(root)) visit(kid, undefined);
  return all;
}

/** A link annotation's destination (`/Dest /fn-7` or a GoTo action's /D), as the id it names, if it has one. */
export function destinationName(doc: PDFDocument, annotation: PDFDict): string | undefined {
  const read = (dest: PDFObject | undefined): string | undefined => {
    const text = dest instanceof PDFName ? dest.decodeText() : textOf(dest);
    return text === undefined ? undefined : destinationId(text);
  };
  const direct = read(annotation.get(name("Dest")));
  if (direct !== undefined) return direct;
  const action = dictOf(doc, annotation.get(name("A")));
  return action ? read(action.get(name("D"))) : undefined;
}

/** A link annotation's URI, if it opens one. */
export function uriOf(doc: PDFDocument, annotation: PDFDict): string | undefined {
  const action = dictOf(doc, annotation.get(name("A")));
  return action ? textOf(action.get(name("URI"))) : undefined;
}
