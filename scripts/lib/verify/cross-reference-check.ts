/**
 * Compares what each edition shows of its cross-references with the source: the same
 * references with the same numbers, each landing on a target that shows that number; the
 * same caption labels and heading numbers; and, in the PDF, every "on page N" and every
 * contents entry's page number the page its target is on. One line per difference, naming
 * what a reader would look for (`figure 2: PDF says "on page 3", but the link lands on page 4`).
 */
import { editionNames, type EditionKind, type Mismatch } from "./edition-types.ts";
import type { ExpectedCrossrefs } from "./crossref-expected.ts";
import type { ReadCrossrefs } from "./html-cross-references.ts";
import type { PdfCrossrefs } from "./pdf-cross-references.ts";

type Add = (message: string, kind?: Mismatch["kind"]) => void;

function adder(edition: EditionKind, mismatches: Mismatch[]): Add {
  return (message, kind = "crossref") => mismatches.push({ edition, kind, message });
}

/** The same items in the same order; one line for the first difference. */
/** Joiners shape letters and print nothing; a PDF's text layer may drop them (Persian's ZWNJ, گلاب‌گیری). */
const joiners = /[\u200b-\u200d\u2060]/gu;

function compareLists(what: string, expected: readonly string[], shown: readonly string[], name: string, add: Add, kind?: Mismatch["kind"]): void {
  const at = expected.findIndex((item, index) => shown[index]?.replace(joiners, "") !== item.replace(joiners, ""));
  if (at !== -1) add(`${what}: the source has "${expected[at]}" where the ${name} shows ${shown[at] === undefined ? "nothing" : `"${shown[at]}"`} (${what} ${at + 1} of ${expected.length})`, kind);
  else if (shown.length > expected.length) add(`${what}: the ${name} shows an extra "${shown[expected.length]}"`, kind);
}

export function htmlCrossrefMismatches(edition: EditionKind, expected: ExpectedCrossrefs, read: ReadCrossrefs): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const add = adder(edition, mismatches);
  const name = editionNames[edition];
  // Each edition places notes its own way (the EPUB at the end of each chapter), so references are compared as a set of words, each counted.
  compareLists("cross-reference", [...expected.references].sort(), read.references.map((reference) => reference.says).sort(), name, add);
  for (const reference of read.references) {
    if (reference.reaches !== reference.says) add(`${reference.says}: the ${name}'s link ${reference.href} leads to ${reference.reaches ?? "no numbered section, figure or table"}`);
  }
  // A text without numbered captions or headings may still have a heading that opens with a year.
  if (expected.captions.length) compareLists("caption", expected.captions, read.captions, name, add);
  if (expected.sectionNumbers.length) compareLists("section number", expected.sectionNumbers, read.sectionNumbers, name, add);
  // An article without `toc: true` has none to check (the EPUB's nav then lists its files).
  if (!expected.contents.length) return mismatches;
  compareLists("contents entry", expected.contents, read.contents.map((entry) => entry.text), name, add, "contents");
  for (const entry of read.contents) {
    if (entry.reaches !== entry.text) add(`contents entry "${entry.text}": the ${name}'s link ${entry.href} leads to ${entry.reaches === null ? "nothing" : `"${entry.reaches}"`}`, "contents");
  }
  return mismatches;
}

export function pdfCrossrefMismatches(expected: ExpectedCrossrefs, read: PdfCrossrefs): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const add = adder("pdf", mismatches);
  const name = editionNames.pdf;
  // Notes are printed where their calls fall, so references are compared as a set of words, each counted.
  compareLists("cross-reference", [...expected.references].sort(), read.references.map((reference) => reference.says).sort(), name, add);
  for (const reference of read.references) {
    const where = `${reference.says} (page ${reference.page})`;
    if (!reference.lands) add(`${where}: the ${name}'s link leads nowhere`);
    else if (!reference.lands.showsTarget) add(`${where}: the ${name}'s link lands on page ${reference.lands.folio}, which shows no ${reference.says}`);
    else if (reference.lands.folio !== reference.saysPage) add(`${where}: the ${name} says "on page ${reference.saysPage}", but ${reference.says} is on page ${reference.lands.folio}`);
  }
  // A line of text may open with "Figure 1." too: each caption must be found, in order, among
  // those of its kind. Figures print in their order, but a table may print before a figure
  // that floated to the top of the next page (print-runtime.js).
  for (const kind of captionKinds(expected.captions)) {
    const shown = read.captions.filter((caption) => kindOfCaption(caption) === kind);
    let from = 0;
    for (const caption of expected.captions.filter((wanted) => kindOfCaption(wanted) === kind)) {
      const at = shown.indexOf(caption, from);
      if (at === -1) {
        add(`caption: the ${name} shows no "${caption}" opening a line${from > 0 ? ` after "${shown[from - 1]}"` : ""}`);
        break;
      }
      from = at + 1;
    }
  }
  if (!expected.printContents.length) return mismatches;
  compareLists("contents entry", expected.printContents, read.contents.map((entry) => entry.text), name, add, "contents");
  for (const entry of read.contents) {
    const where = `contents entry "${entry.text}"`;
    if (!entry.lands) add(`${where}: the ${name}'s link leads nowhere`, "contents");
    else if (!entry.lands.showsHeading) add(`${where}: the ${name}'s link lands on page ${entry.lands.folio}, where no such heading starts`, "contents");
    else if (entry.lands.folio !== entry.printedPage) add(`${where}: the ${name} prints page ${entry.printedPage}, but the heading is on page ${entry.lands.folio}`, "contents");
  }
  return mismatches;
}

/** A caption label's word ("Figure", "Tableau"): what tells its kind apart, in any language. */
function kindOfCaption(caption: string): string {
  return caption.replace(/\s*\d+(?:\.\d+)*\.$/u, "");
}

function captionKinds(captions: readonly string[]): string[] {
  return [...new Set(captions.map(kindOfCaption))];
}
