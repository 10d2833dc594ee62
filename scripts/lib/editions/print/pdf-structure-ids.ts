/**
 * Chromium names the structure elements of a tagged PDF after its DOM node numbers
 * (`node00000115`), which count every node the renderer process has made: pages laid out
 * at the same time in one process (two articles at once, the cover beside the PDF) get
 * numbers that depend on timing. The order of the numbers within a page does not, so
 * renumbering them by that order gives the same names on every run.
 */
import { PDFArray, PDFDict, PDFHexString, PDFString, type PDFDocument, type PDFObject } from "pdf-lib";

const nodeId = /^node(\d+)$/;

export function renumberStructureIds(doc: PDFDocument): void {
  const found = new Set<string>();
  const strings: Array<{ parent: PDFDict | PDFArray; key: Parameters<PDFDict["set"]>[0] | number; text: string }> = [];
  const visitEntries = (container: PDFObject | undefined): void => {
    if (container instanceof PDFDict) for (const [name, value] of container.entries()) visit(value, container, name);
    else if (container instanceof PDFArray) container.asArray().forEach((value, index) => visit(value, container, index));
  };
  const visit = (object: PDFObject | undefined, parent: PDFDict | PDFArray, key: Parameters<PDFDict["set"]>[0] | number): void => {
    if (!(object instanceof PDFString || object instanceof PDFHexString)) return visitEntries(object);
    const text = object.decodeText();
    if (!nodeId.test(text)) return;
    found.add(text);
    strings.push({ parent, key, text });
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) visitEntries(object);
  if (found.size === 0) return;
  const ordered = [...found].sort((a, b) => Number(nodeId.exec(a)?.[1]) - Number(nodeId.exec(b)?.[1]));
  // Same width as Chromium's names, so the ID tree's sorted order (by string) is kept.
  const renamed = new Map(ordered.map((text, index) => [text, `node${String(index + 1).padStart(8, "0")}`]));
  for (const { parent, key, text } of strings) {
    const replacement = PDFString.of(renamed.get(text) ?? text);
    if (parent instanceof PDFDict) parent.set(key as Parameters<PDFDict["set"]>[0], replacement);
    else parent.set(key as number, replacement);
  }
}
