/**
 * Reads the print edition back from the PDF, as a reader sees the printed page.
 *
 * Calls are runs of digits set clearly smaller than their line and raised above its baseline
 * (pdf-line-metrics.ts). Notes sit in the note area: the lines at the foot of the page set
 * in the note size, below the last line of body text; pdf-notes.ts splits them into notes.
 * Running heads and page numbers are set aside first (pdf-margins.ts). The body size is the
 * size of the lines that carry calls; the note size is the size of the lines that start with
 * a number below all body text.
 */
import type { ExtractedCall, ExtractedEdition } from "./edition-types.ts";
import { lineBase, lineText, mostCommon, raisedDigitRuns, sameSize } from "./pdf-line-metrics.ts";
import { callRuns, callsAreLinks, textWithoutCalls } from "./pdf-linked-calls.ts";
import { readPdfPages, type PdfLine, type PdfPage } from "./pdf-lines.ts";
import { findMarginLines } from "./pdf-margins.ts";
import { pageBreak } from "./passage-check.ts";
import { noteMarker, readNotes, startsWithLink, type NoteAreaPage } from "./pdf-notes.ts";
import { findContentsEntries } from "./pdf-contents-lines.ts";
import { referencePatterns } from "./reference-patterns.ts";

/** Below this fraction of the body size, a line is set in a smaller size (notes, captions). */
const smallerRatio = 0.95;

export async function extractPdfEdition(bytes: Uint8Array, file = "edition.pdf", lang = "en"): Promise<ExtractedEdition> {
  return readPdfEdition(await readPdfPages(bytes, file), lang);
}

/** `lang`: the document's, in which the print edition words its cross-references (reference-patterns.ts). */
export function readPdfEdition(pages: PdfPage[], lang = "en"): ExtractedEdition {
  const margins = findMarginLines(pages);
  // The entries of a table of contents start with a section's number and end with a page's, all one link.
  const contents = new Set(findContentsEntries(pages, lang).flatMap((entry) => entry.lines));
  const textLines = pages.map((page) => page.lines.filter((line) => !margins.has(line) && !contents.has(line)));
  const linkedSize = linkedNoteSize(pages, textLines);
  const bodySize = findBodySize(textLines.flat(), linkedSize);
  const noteSize = linkedSize ?? findNoteSize(textLines, bodySize);

  const linkedCalls = callsAreLinks(pages, textLines);
  const anyLinks = pages.some((page) => (page.internalLinks ?? []).length > 0);
  const calls: ExtractedCall[] = [];
  const areas: NoteAreaPage[] = [];
  const body: string[] = [];
  pages.forEach((page, index) => {
    if (index > 0) body.push(pageBreak);
    const lines = textLines[index] ?? [];
    const area = noteSize === undefined ? [] : noteArea(lines, noteSize);
    if (area.length) areas.push({ page: page.number, area, left: Math.min(...lines.map((line) => line.left)), links: page.internalLinks ?? [] });
    const inArea = new Set(area);
    const links = linkedCalls ? (page.internalLinks ?? []) : undefined;
    const pageTop = Math.min(...lines.map((line) => line.top));
    // Content-stream order is the order the text was set in: the reading order of the calls.
    for (const line of [...lines].sort((a, b) => a.order - b.order)) {
      // Small digits alone on a line: a call a page break left alone, or a paragraph of calls
      // only. In a PDF whose calls link to their notes, such a line is one only if it links; in
      // one without links, only when it opens its page's text. Otherwise it is a label drawn
      // in a picture (a year on a chart's axis).
      if (!inArea.has(line) && isStrandedCall(line, bodySize) && (anyLinks ? startsWithLink(line, page.internalLinks ?? []) : line.top <= pageTop + 1)) {
        for (const digits of lineText(line).match(/\d+/g) ?? []) calls.push({ number: Number(digits), page: page.number, detached: true });
        continue;
      }
      const lineCalls = callRuns(line, links);
      if (!inArea.has(line)) body.push(textWithoutCalls(line, lineCalls, links !== undefined));
      for (const run of lineCalls) {
        // In the note area a raised number opening a line is the note's own number.
        if (inArea.has(line) && run.atLineStart) continue;
        calls.push(inArea.has(line) ? { number: run.number, page: page.number, inNote: true } : { number: run.number, page: page.number });
      }
    }
  });
  const notes = (noteSize === undefined ? [] : readNotes(areas, noteSize)).map((note) => ({ ...note, text: withoutPageReferences(note.text, lang) }));
  return { kind: "pdf", calls, notes, parts: pages.length, bodyText: body.join(" ") };
}

/**
 * A note's text without the " on page N" the print edition adds to a cross-reference, which no
 * other edition prints: the pages themselves are checked by pdf-cross-references.ts.
 */
export function withoutPageReferences(text: string, lang = "en"): string {
  return text.replace(referencePatterns(lang).pageReferences, "$1");
}

/** At most this fraction of the body size, a line holding nothing but a number is a call left on its own. */
const strandedCallRatio = 0.75;

/**
 * A call a page break separated from its word: a line with nothing but digits, in a size much
 * smaller than the text (a table cell or a caption holding a number is set larger).
 */
function isStrandedCall(line: PdfLine, bodySize: number): boolean {
  return /^[\d\s,]+$/.test(lineText(line)) && lineBase(line).size <= strandedCallRatio * bodySize;
}

/**
 * Where notes' numbers are links (back to their calls), the size of the lines they open is
 * the note size, whatever else the page holds.
 */
function linkedNoteSize(pages: PdfPage[], textLines: PdfLine[][]): number | undefined {
  const sizes: number[] = [];
  pages.forEach((page, index) => {
    const links = page.internalLinks ?? [];
    if (!links.length) return;
    for (const line of textLines[index] ?? []) {
      if (noteMarker.test(lineText(line)) && startsWithLink(line, links) && !opensWithCall(line)) sizes.push(lineBase(line).size);
    }
  });
  return mostCommon(sizes);
}

/**
 * Whether the line opens with a raised number, a call, not a note's: MuPDF starts a new line
 * after an inline image ("Press the [icon]¹ button"), and that line opens with the call's link.
 */
function opensWithCall(line: PdfLine): boolean {
  return raisedDigitRuns(line)[0]?.atLineStart === true;
}

/**
 * The size of the lines that carry calls: body text, whatever share of the page notes take.
 * Lines in the note size are left out when it is known: notes that call notes carry calls too.
 */
function findBodySize(lines: PdfLine[], noteSize: number | undefined): number {
  const callLines = lines.filter((line) => raisedDigitRuns(line).some((run) => !run.atLineStart) && (noteSize === undefined || !sameSize(lineBase(line).size, noteSize)));
  const fromCalls = mostCommon(callLines.map((line) => lineBase(line).size));
  if (fromCalls !== undefined) return fromCalls;
  const textLines = lines.filter((line) => noteSize === undefined || !sameSize(lineBase(line).size, noteSize));
  return mostCommon(textLines.flatMap((line) => line.chars.filter((ch) => ch.c.trim() !== "").map((ch) => ch.size))) ?? 0;
}

/**
 * The size of note text: lines in a smaller size that start with a number some call raises
 * in the text, and have no body text below them. A table's rows at a page's foot start with
 * numbers too (years, counts), but no call names them: a text without notes has none.
 */
function findNoteSize(pages: PdfLine[][], bodySize: number): number | undefined {
  const called = new Set(pages.flat().flatMap((line) => raisedDigitRuns(line).map((run) => run.number)));
  const sizes: number[] = [];
  for (const lines of pages) {
    const lowestBody = Math.max(-Infinity, ...lines.filter((line) => lineBase(line).size >= smallerRatio * bodySize).map((line) => line.top));
    for (const line of lines) {
      const size = lineBase(line).size;
      const marker = noteMarker.exec(lineText(line));
      if (size < smallerRatio * bodySize && line.top > lowestBody && marker && called.has(Number(marker[1]))) sizes.push(size);
    }
  }
  return mostCommon(sizes);
}

/**
 * A line set in the note size: most of its letters, or some of them where the rest are smaller
 * (a note's last line ending in <small> words, most of its letters in that smaller size).
 */
function inNoteSize(line: PdfLine, noteSize: number): boolean {
  const size = lineBase(line).size;
  return sameSize(size, noteSize) || (size < noteSize && line.chars.some((ch) => /\p{L}/u.test(ch.c) && sameSize(ch.size, noteSize)));
}

/** The lines at the foot of the page set in the note size, top to bottom. */
function noteArea(lines: PdfLine[], noteSize: number): PdfLine[] {
  const area: PdfLine[] = [];
  for (const line of [...lines].sort((a, b) => b.top - a.top)) {
    if (!inNoteSize(line, noteSize)) break;
    area.unshift(line);
  }
  // Lines side by side (the cells of a table in a note) are read left to right, as a reader does.
  const row = (line: PdfLine): number => Math.round(lineBase(line).baseline / (noteSize / 2));
  return area.sort((a, b) => row(a) - row(b) || a.left - b.left);
}
