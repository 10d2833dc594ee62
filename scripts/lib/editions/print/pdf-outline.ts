/**
 * Repairs the titles of the bookmarks Chromium writes for headings. It builds each title
 * from the heading's laid-out lines and drops the space where a heading wraps
 * ("…U.S. militarywithdrawal"); the article knows the real texts. A bookmark whose letters
 * match a heading's is given the heading's text; any other is left as Chromium wrote it.
 */
import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from "pdf-lib";

const squeezed = (text: string): string => text.replace(/[\s\u00AD]+/g, "");

/** Every outline item of the document, depth first, in reading order. */
function outlineItems(doc: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const visit = (first: unknown, depth: number): void => {
    let item = doc.context.lookupMaybe(first as never, PDFDict);
    // The depth bound and the seen set guard against a malformed (cyclic) outline.
    const seen = new Set<PDFDict>();
    while (item && !seen.has(item) && depth < 32) {
      seen.add(item);
      items.push(item);
      visit(item.get(PDFName.of("First")), depth + 1);
      item = doc.context.lookupMaybe(item.get(PDFName.of("Next")) as never, PDFDict);
    }
  };
  const outlines = doc.context.lookupMaybe(doc.catalog.get(PDFName.of("Outlines")) as never, PDFDict);
  if (outlines) visit(outlines.get(PDFName.of("First")), 0);
  return items;
}

function titleOf(item: PDFDict): string | undefined {
  const title = item.get(PDFName.of("Title"));
  return title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : undefined;
}

/**
 * Gives each bookmark matching one of `headings` (ignoring spaces) that heading's text; returns
 * how many changed. A heading given with what it may print (`printed`: the title and its note
 * calls, with or without the commas between them) is matched by that too, and its bookmark
 * gets the text alone.
 */
export function repairOutlineTitles(doc: PDFDocument, headings: ReadonlyArray<string | { text: string; printed: readonly string[] }>): number {
  const bySqueezed = new Map(headings.flatMap((heading) => (typeof heading === "string" ? [[squeezed(heading), heading] as const] : [heading.text, ...heading.printed].map((text) => [squeezed(text), heading.text] as const))));
  let repaired = 0;
  for (const item of outlineItems(doc)) {
    const title = titleOf(item);
    if (title === undefined) continue;
    const heading = bySqueezed.get(squeezed(title));
    if (heading === undefined || heading === title) continue;
    item.set(PDFName.of("Title"), PDFHexString.fromText(heading));
    repaired++;
  }
  return repaired;
}

/** The bookmark titles, depth first (for tests and diagnostics). */
export function outlineTitles(doc: PDFDocument): string[] {
  return outlineItems(doc).map((item) => titleOf(item) ?? "");
}
