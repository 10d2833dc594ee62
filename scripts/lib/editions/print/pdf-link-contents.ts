/**
 * A /Contents text on every link annotation of the PDF, which PDF/UA asks for so that a
 * screen reader can say where a link goes (Chromium writes none). A note call's link reads
 * "Note 7", the link on a note's number "Back to note 7's call", a web link its address.
 * The note ids are the print page's (noteIds in note-renderer.ts), which Chromium keeps as
 * the named destinations of its links.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, type PDFDocument } from "pdf-lib";
import { arrayOf, destinationName, dictOf, uriOf } from "./pdf-struct-tree.ts";
import { editionWords } from "../../language/edition-words.ts";

/** What a link with this destination or address is read as. */
export function linkContents(destination: string | undefined, uri: string | undefined, lang: string, targets: Readonly<Record<string, string>> = {}): string {
  const words = editionWords(lang);
  const call = destination === undefined ? null : /^fn-(\d+)$/.exec(destination);
  if (call) return words.call(Number(call[1]));
  const back = destination === undefined ? null : /^fnref-(\d+)(?:-\d+)?$/.exec(destination);
  if (back) return words.backFromNote(Number(back[1]));
  if (uri !== undefined) return uri;
  // A cross-reference or a contents entry: the section, figure or table it leads to.
  if (destination !== undefined && Object.hasOwn(targets, destination)) return words.linkTo(targets[destination] ?? destination);
  return destination === undefined ? "Link" : words.linkTo(destination);
}

/** Sets /Contents on every link annotation of every page that has none; returns how many were set. */
export function addLinkContents(doc: PDFDocument, lang: string, targets: Readonly<Record<string, string>> = {}): number {
  let set = 0;
  for (const page of doc.getPages()) {
    const annots = arrayOf(doc, page.node.get(PDFName.of("Annots")));
    if (!annots) continue;
    // PDF/UA: on a page with annotations, the tab order follows the structure.
    page.node.set(PDFName.of("Tabs"), PDFName.of("S"));
    for (const entry of annots.asArray()) {
      const annotation = dictOf(doc, entry);
      if (!annotation || annotation.get(PDFName.of("Subtype"))?.toString() !== "/Link") continue;
      if (annotation.get(PDFName.of("Contents"))) continue;
      annotation.set(PDFName.of("Contents"), PDFHexString.fromText(linkContents(destinationName(doc, annotation), uriOf(doc, annotation), lang, targets)));
      set++;
    }
  }
  return set;
}
