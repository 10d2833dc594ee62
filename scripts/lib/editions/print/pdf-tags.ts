/**
 * Repairs the structure tree (tags) Chromium writes for the print edition, for PDF/UA-1:
 *
 * - Notes: Chromium tags a note (the print page's span.footnote) as NonStruct. The element
 *   holding the link on a note's number (to `fnref-N`) is the note: it becomes a `Note` with
 *   the unique /ID `note-N` (in the tree's ID tree), its number link wrapped in a `Lbl`. The
 *   element around a call's link (to `fn-N`, the print page's sup) becomes a `Reference`.
 * - List items: the body Chromium tags NonStruct beside the item's `Lbl` becomes `LBody`,
 *   holding the item's other text elements (runs in another language) as `Span`s.
 * - Role map: types PDF 1.7 does not define (Chromium writes PDF 2.0's `Em` and `Strong`)
 *   are mapped to standard ones.
 *
 * Only dictionaries of the tree are changed: the marked content of the pages and the parent
 * tree (which points from content to the elements, all kept) stay as Chromium wrote them.
 */
import { PDFArray, PDFDict, PDFName, PDFString, type PDFDocument, type PDFObject, type PDFRef } from "pdf-lib";
import { arrayOf, destinationName, dictOf, kidsOf, structElements, structTreeRoot, textOf, type StructElement } from "./pdf-struct-tree.ts";

/** The structure types of PDF 1.7 (ISO 32000-1, 14.8.4), which PDF/UA-1 reads without a role map. */
export const standardStructureTypes = new Set([
  "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
  "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
  "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP",
  "Figure", "Formula", "Form",
]);

/** PDF 2.0 types Chromium may write, and the PDF 1.7 type each reads as. */
const pdf2Roles: Record<string, string> = {
  Em: "Span",
  Strong: "Span",
  Sub: "Span",
  Title: "P",
  Aside: "Div",
  FENote: "Note",
  DocumentFragment: "Part",
};

const key = (text: string): PDFName => PDFName.of(text);

export function noteStructureId(number: number): string {
  return `note-${number}`;
}

export interface TagRepair {
  notes: number;
  references: number;
  listBodies: number;
  /** Figures around a picture's own Figure (a figure with its caption), made Div. */
  figureGroups: number;
  roleMapped: string[];
}

export function repairTags(doc: PDFDocument): TagRepair {
  const root = structTreeRoot(doc);
  const repair: TagRepair = { notes: 0, references: 0, listBodies: 0, figureGroups: 0, roleMapped: [] };
  if (!root) return repair;
  const elements = structElements(doc);
  const ids = new Map<string, PDFRef>();
  const noted = new Set<number>();

  for (const element of elements) {
    if (element.type !== "Link" || !element.parent) continue;
    for (const annotation of element.annotations) {
      const destination = destinationName(doc, annotation);
      const back = destination === undefined ? null : /^fnref-(\d+)(?:-\d+)?$/.exec(destination);
      const call = destination === undefined ? null : /^fn-(\d+)$/.exec(destination);
      if (back) {
        const number = Number(back[1]);
        if (noted.has(number)) continue;
        noted.add(number);
        makeNote(doc, element, number, ids);
        repair.notes++;
      } else if (call && isPlainContainer(element.parent) && element.parent.children.length === 1) {
        setType(element.parent, "Reference");
        repair.references++;
      }
    }
  }

  for (const element of elements) {
    if (element.type !== "LI") continue;
    // An item's text may come as several elements (a run in another language is one of its
    // own): the first becomes the LBody, and the others go into it, in their order.
    const [body, ...rest] = element.children.filter((child) => child.type === "NonStruct" || child.type === "Span" || child.type === "Div");
    if (!body) continue;
    setType(body, "LBody");
    repair.listBodies++;
    for (const part of rest) {
      moveInto(doc, body, part);
      if (part.type === "NonStruct") setType(part, "Span");
    }
  }

  // A figure is tagged Figure around its picture's own Figure, which carries the alt text: the
  // outer one, with no alternative text, broke PDF/UA's rule that every Figure has one
  // (Matterhorn 13-004). It only groups the picture and its caption: a Div.
  for (const element of elements) {
    if (element.type !== "Figure" || element.dict.get(key("Alt")) !== undefined || !element.children.some((child) => child.type === "Figure")) continue;
    setType(element, "Div");
    repair.figureGroups++;
  }

  repair.roleMapped = mapRoles(doc, root, elements);
  if (ids.size) addIds(doc, root, ids);
  return repair;
}

/** Makes `child` the last kid of `parent`, out of the kids of its own parent. */
function moveInto(doc: PDFDocument, parent: StructElement, child: StructElement): void {
  const from = child.parent;
  if (from) {
    const kids = kidsOf(from.dict).filter((kid) => kid !== child.ref);
    from.dict.set(key("K"), doc.context.obj(kids));
    from.children = from.children.filter((element) => element !== child);
  }
  parent.dict.set(key("K"), doc.context.obj([...kidsOf(parent.dict), child.ref]));
  parent.children.push(child);
  child.dict.set(key("P"), parent.ref);
  child.parent = parent;
}

function isPlainContainer(element: StructElement): boolean {
  return element.type === "NonStruct" || element.type === "Span";
}

function setType(element: StructElement, type: string): void {
  element.dict.set(key("S"), PDFName.of(type));
  element.type = type;
}

/** The link's parent becomes the Note numbered `number`; the link goes into a Lbl in its place. */
function makeNote(doc: PDFDocument, link: StructElement, number: number, ids: Map<string, PDFRef>): void {
  const note = link.parent as StructElement;
  setType(note, "Note");
  const id = noteStructureId(number);
  note.dict.set(key("ID"), PDFString.of(id));
  ids.set(id, note.ref);
  const label = doc.context.obj({ Type: "StructElem", S: "Lbl", P: note.ref, K: [link.ref] }) as PDFDict;
  const page = link.dict.get(key("Pg"));
  if (page) label.set(key("Pg"), page);
  const labelRef = doc.context.register(label);
  link.dict.set(key("P"), labelRef);
  const kids = kidsOf(note.dict).map((kid): PDFObject => (kid === link.ref ? labelRef : kid));
  note.dict.set(key("K"), doc.context.obj(kids));
}

/** Adds a role map entry for every non-standard type in the tree; returns the types mapped. */
function mapRoles(doc: PDFDocument, root: PDFDict, elements: StructElement[]): string[] {
  const roleMap = dictOf(doc, root.get(key("RoleMap"))) ?? doc.context.obj({});
  const mapped: string[] = [];
  for (const type of new Set(elements.map((element) => element.type))) {
    if (standardStructureTypes.has(type) || roleMap.get(key(type))) continue;
    roleMap.set(key(type), PDFName.of(pdf2Roles[type] ?? "NonStruct"));
    mapped.push(type);
  }
  if (mapped.length) root.set(key("RoleMap"), roleMap);
  return mapped.sort();
}

/** Rewrites the ID tree as one sorted leaf holding the ids it had and `added`. */
function addIds(doc: PDFDocument, root: PDFDict, added: Map<string, PDFRef>): void {
  const entries = new Map<string, PDFObject>();
  const collect = (node: PDFDict | undefined, depth: number): void => {
    if (!node || depth > 32) return;
    const names = arrayOf(doc, node.get(key("Names")))?.asArray() ?? [];
    for (let i = 0; i + 1 < names.length; i += 2) {
      const id = textOf(names[i]);
      const value = names[i + 1];
      if (id !== undefined && value) entries.set(id, value);
    }
    for (const kid of arrayOf(doc, node.get(key("Kids")))?.asArray() ?? []) collect(dictOf(doc, kid), depth + 1);
  };
  collect(dictOf(doc, root.get(key("IDTree"))), 0);
  for (const [id, ref] of added) entries.set(id, ref);
  // Name trees are sorted by the bytes of their keys: the ids are ASCII, so code units do.
  const sorted = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const names = sorted.flatMap((id) => [PDFString.of(id), entries.get(id) as PDFObject]);
  root.set(key("IDTree"), doc.context.register(doc.context.obj({ Names: names })));
}
