/**
 * Splits the note areas of a PDF's pages into notes, the way a reader does.
 *
 * A note starts at a line that begins with a number. The hard case is a note's wrapped line
 * that happens to begin with a number (a year: "…Oct. 23,⏎2011"). Books set the first line
 * of a note apart by its indent (or outdent); when the document's note lines show such a
 * difference, position decides. Otherwise a numbered line reads as a continuation only when
 * the line above ran the full width with no extra space between them and the number is not
 * the next one. Where notes' numbers are links (back to their calls, as a reader clicks them),
 * that decides first: a list item's "2." or a line opening "3. edition" is no link. Lines at the top of a page's note area before any number continue the last
 * note of the previous page, without the "(continued)" label a book may print there.
 */
import type { ExtractedNote } from "./edition-types.ts";
import { lineBase, lineText } from "./pdf-line-metrics.ts";
import type { PdfLine, PdfLinkBox } from "./pdf-lines.ts";
import { cellByCellReadings, type NoteLine } from "./pdf-note-tables.ts";

/** A new note's first line: its number, then text. */
export const noteMarker = /^\s*(\d+)[.)]?(?=\s|\D|$)/;
const continuedLabel = /^\s*\([^()]{1,40}\)\s*/;

export interface NoteAreaPage {
  page: number;
  /** The page's note area, top to bottom. */
  area: PdfLine[];
  /** Left edge of the page's text block (lines start here unless indented). */
  left: number;
  /** Links within the document on this page. */
  links?: PdfLinkBox[];
}

export function readNotes(pages: NoteAreaPage[], noteSize: number): ExtractedNote[] {
  const startsNote = noteStartTest(pages, noteSize);
  const notes: ExtractedNote[] = [];
  const linesOf = new Map<ExtractedNote, NoteLine[]>();
  for (const { page, area, left } of pages) {
    const fullWidth = Math.max(...area.map((line) => line.right));
    const carried = notes[notes.length - 1];
    const repeated = carried ? repeatedHeaderRow(area, linesOf.get(carried) ?? [], noteSize) : new Set<PdfLine>();
    let previous: PdfLine | undefined;
    for (const line of area) {
      if (repeated.has(line)) continue;
      const text = lineText(line);
      const marker = noteMarker.exec(text);
      const last = notes[notes.length - 1];
      if (marker && startsNote(line, previous, fullWidth, left, Number(marker[1]), last)) {
        const note: ExtractedNote = { number: Number(marker[1]), text: text.slice(marker[0].length), page };
        notes.push(note);
        linesOf.set(note, [{ line, text: note.text }]);
      } else if (last) {
        const continued = previous === undefined ? text.replace(continuedLabel, "") : text;
        last.text += `\n${continued}`;
        linesOf.get(last)?.push({ line, text: continued });
        if (page !== last.page) last.lastPage = page;
      }
      previous = line;
    }
  }
  // A table in a note may also be read cell by cell (pdf-note-tables.ts).
  for (const note of notes) {
    const readings = cellByCellReadings(linesOf.get(note) ?? [], noteSize).filter((reading) => reading !== note.text);
    if (readings.length) note.readings = readings;
  }
  return notes;
}

/*
 * A table in a note cut by the page's foot goes on at the next page's foot under its header row,
 * printed again there as a table of the text is (print-runtime.js): no text of the note. It is
 * the page's first row of cells side by side, when those cells read as a row the note has
 * already printed; the lines of that row are returned, to be read past.
 */
function repeatedHeaderRow(area: readonly PdfLine[], earlier: readonly NoteLine[], noteSize: number): Set<PdfLine> {
  const sameRow = (a: PdfLine, b: PdfLine): boolean => a.page === b.page && Math.abs(lineBase(a).baseline - lineBase(b).baseline) < 0.3 * noteSize;
  const rowText = (lines: readonly PdfLine[]): string => lines.map((line) => lineText(line).trim()).join(" ");
  // Past the "(continued)" label, alone on its line when the note goes on with a table.
  const start = area.findIndex((line, index) => (index === 0 ? lineText(line).replace(continuedLabel, "") : lineText(line)).trim() !== "");
  const first = area[start];
  if (!first || noteMarker.test(lineText(first))) return new Set();
  const row = area.filter((line) => sameRow(line, first));
  if (row.length < 2) return new Set();
  const seen = new Set<string>();
  for (const { line } of earlier) seen.add(rowText(earlier.filter((other) => sameRow(other.line, line)).map((other) => other.line)));
  return seen.has(rowText(row)) ? new Set(row) : new Set();
}

type StartTest = (line: PdfLine, previous: PdfLine | undefined, fullWidth: number, left: number, number: number, last: ExtractedNote | undefined) => boolean;

function noteStartTest(pages: NoteAreaPage[], noteSize: number): StartTest {
  const linked = linkedNumberTest(pages);
  if (linked) return linked;
  const offsets = (numbered: boolean): number[] =>
    pages.flatMap(({ area, left }) => area.filter((line) => noteMarker.test(lineText(line)) === numbered).map((line) => line.left - left));
  const markerOffset = median(offsets(true));
  const otherOffset = median(offsets(false));
  if (markerOffset !== undefined && otherOffset !== undefined && Math.abs(markerOffset - otherOffset) > 0.5 * noteSize) {
    return (line, _previous, _fullWidth, left) => Math.abs(line.left - left - markerOffset) < Math.abs(line.left - left - otherOffset);
  }
  const spacing = lineSpacing(pages);
  return (line, previous, fullWidth, _left, number, last) => {
    if (previous === undefined || last === undefined) return true;
    const ranFullWidth = previous.right >= fullWidth - 1.5 * lineBase(previous).size;
    const noExtraSpace = lineBase(line).baseline - lineBase(previous).baseline <= spacing * 1.1;
    return !(ranFullWidth && noExtraSpace && number !== (last.number ?? 0) + 1);
  };
}

/** The index of the first character of a line's leading number, if the line has one. */
function leadingDigit(line: PdfLine): number {
  return line.chars.findIndex((ch) => ch.c.trim() !== "");
}

/** True when the line's first character sits inside one of the page's internal links. */
export function startsWithLink(line: PdfLine, links: PdfLinkBox[]): boolean {
  const ch = line.chars[leadingDigit(line)];
  if (!ch) return false;
  const x = (ch.x + ch.right) / 2;
  const y = (ch.top + ch.bottom) / 2;
  return links.some((box) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom);
}

/** When the document's note numbers are links, a numbered line starts a note only if its number is one. */
function linkedNumberTest(pages: NoteAreaPage[]): StartTest | undefined {
  const linksOf = new Map(pages.map((page) => [page.page, page.links ?? []]));
  const anyLinked = pages.some(({ area, links }) => links?.length && area.some((line) => noteMarker.test(lineText(line)) && startsWithLink(line, links)));
  if (!anyLinked) return undefined;
  return (line) => startsWithLink(line, linksOf.get(line.page) ?? []);
}

/** The usual distance between baselines inside a note. */
function lineSpacing(pages: NoteAreaPage[]): number {
  const steps = pages.flatMap(({ area }) => area.slice(1).map((line, i) => lineBase(line).baseline - lineBase(area[i] as PdfLine).baseline)).filter((step) => step > 0);
  return steps.length ? Math.min(...steps) : Infinity;
}

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
