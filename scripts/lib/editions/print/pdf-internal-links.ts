/**
 * Makes the links the print page printed as leaving links (browser/internal-links.js) links
 * within the PDF again, as Chromium writes its own: each annotation gets `/Dest /<id>` in
 * place of its URI action, and the catalog's /Dests names each target's page and top left
 * corner (`[page /XYZ left top 0]`, in points from the page's bottom left). The annotation's
 * box, flags, structure parent and tags are Chromium's, untouched.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFString, PDFHexString, type PDFDocument, type PDFRef } from "pdf-lib";
import { internalLinkScheme, type LinkTargets } from "./browser-scripts.ts";
import { destinationNameText } from "./pdf-destination-names.ts";

/** CSS pixels to PDF points. */
const pointsPerPixel = 0.75;

const name = (text: string): PDFName => PDFName.of(text);

/**
 * The destination name of an id: the id itself when it is ASCII, as Chromium names its own. An
 * id with other letters (a Russian or Chinese heading's) is spelled in ASCII (pdf-destination-names.ts):
 * MuPDF, and the readers built on it, looked a name of UTF-8 bytes up percent-encoded, and
 * every link to such a heading led nowhere.
 */
function destinationNameOf(id: string): PDFName {
  return PDFName.of(destinationNameText(id));
}

function uriOf(doc: PDFDocument, annotation: PDFDict): string | undefined {
  const action = doc.context.lookupMaybe(annotation.get(name("A")), PDFDict);
  if (!(action?.get(name("S")) === name("URI"))) return undefined;
  const uri = action.get(name("URI"));
  return uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : undefined;
}

/** Rounds a coordinate to a thousandth of a point, so the same layout always writes the same digits. */
const rounded = (value: number): PDFNumber => PDFNumber.of(Math.round(value * 1000) / 1000);

/**
 * Turns every annotation whose URI starts with the internal-link scheme into a link to the
 * named destination of its id, and names each target of `targets` in the catalog's /Dests.
 * Returns how many links were restored.
 */
export function restoreInternalLinks(doc: PDFDocument, targets: LinkTargets): number {
  const pages = doc.getPages();
  let restored = 0;
  for (const page of pages) {
    const annotations = page.node.Annots();
    if (!annotations) continue;
    for (let index = 0; index < annotations.size(); index++) {
      const annotation = annotations.lookupMaybe(index, PDFDict);
      if (!annotation || annotation.get(name("Subtype")) !== name("Link")) continue;
      const uri = uriOf(doc, annotation);
      if (!uri?.startsWith(internalLinkScheme)) continue;
      const id = decodeURIComponent(uri.slice(internalLinkScheme.length));
      annotation.delete(name("A"));
      annotation.set(name("Dest"), destinationNameOf(id));
      restored++;
    }
  }
  const named = Object.entries(targets).filter((entry): entry is [string, NonNullable<LinkTargets[string]>] => entry[1] !== null && pages[entry[1].page] !== undefined);
  if (named.length === 0) return restored;
  let dests = doc.context.lookupMaybe(doc.catalog.get(name("Dests")), PDFDict);
  if (!dests) {
    dests = doc.context.obj({});
    doc.catalog.set(name("Dests"), doc.context.register(dests));
  }
  // Sorted as Chromium sorts its own (by name), so the file does not depend on the page's order of links.
  named.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [id, target] of named) {
    const page = pages[target.page]!;
    const box = page.getMediaBox();
    const destination = doc.context.obj([page.ref as PDFRef, name("XYZ"), rounded(target.x * pointsPerPixel), rounded(box.y + box.height - target.y * pointsPerPixel), 0]) as PDFArray;
    dests.set(destinationNameOf(id), destination);
  }
  return restored;
}
