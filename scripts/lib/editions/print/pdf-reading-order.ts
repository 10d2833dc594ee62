/**
 * Right-to-left runs written in reading order. Chromium draws a right-to-left run (Persian,
 * Arabic, Hebrew) in visual order: the words from left to right, and each word's glyphs from
 * left to right inside `/ReversedChars BMC … EMC`. pdftotext reorders such text by its
 * positions, but extractors that read glyphs in content order, such as MuPDF 1.21's command
 * line (it ignores /ReversedChars), returned "نیدهاجم" for "مجاهدین", and a search for the word
 * failed.
 *
 * A run is a sequence of text objects on one baseline, each either a reversed word or
 * a blank glyph between two of them (the word space, which Chromium writes in a text object
 * of its own). The run's glyphs are written again in reading order, that is, the visual
 * order reversed, each at the position it was drawn at: every glyph gets a text matrix of its
 * own, so nothing on the page moves. The /ReversedChars marks go, since the content is no
 * longer reversed; the /ActualText spans around clusters stay with their glyphs.
 *
 * Only text objects made of the operators Chromium writes there (fonts, text matrices,
 * line moves, single-glyph-string text showing and marked content) are rewritten. A run
 * holding anything else is left as Chromium wrote it.
 */
import { PDFName, type PDFDict, type PDFDocument } from "pdf-lib";
import { contentOperations, decodeTextString, glyphCodes, type Operand, type Operation } from "./pdf-content-tokens.ts";
import { glyphWidthsOf } from "./pdf-glyph-widths.ts";
import { toUnicodeOf } from "./pdf-to-unicode.ts";

type Matrix = [number, number, number, number, number, number];

/** A glyph as drawn: its font, its text matrix, its code. */
interface Glyph {
  font: string;
  size: number;
  matrix: Matrix;
  code: number;
}

/** What is moved as one: a glyph, or a marked span (an /ActualText cluster) with its glyphs. */
interface Unit {
  open?: string;
  /** The span's /ActualText is a space or a joiner (ZWNJ, ZWJ): it joins the words around it. */
  joiner?: boolean;
  /** The span's /ActualText holds a format character (ZWNJ, ZWJ). */
  formatCharacter?: boolean;
  glyphs: Glyph[];
}

/** A text object (BT … ET) read: where it is in the stream, what it draws. */
interface TextObject {
  begin: number;
  /** The font and size set when the object ends: the state the content after it starts with. */
  fontAfter?: { font: string; size: number };
  end: number;
  reversed: boolean;
  blank: boolean;
  baseline: string;
  units: Unit[];
}

/** Text that sits between the words of a run without being one: spaces, and format characters such as ZWNJ. */
const isJoiner = (text: string): boolean => /^[\s\p{Cf}]*$/u.test(text);

const number = (operand: Operand | undefined): number => (operand?.kind === "number" ? operand.value : Number.NaN);

const latin1 = (bytes: Uint8Array, start: number, end: number): string => {
  let text = "";
  for (let at = start; at < end; at++) text += String.fromCharCode(bytes[at] as number);
  return text;
};

/** Does a stream hold a reversed run at all: most pages of most books do not. */
export function holdsReversedText(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes("/ReversedChars");
}

/** The stream with its right-to-left runs in reading order; the same bytes when there is none to rewrite. */
export function rightToLeftInReadingOrder(doc: PDFDocument, bytes: Uint8Array, fonts: Map<string, PDFDict>): Uint8Array {
  if (!holdsReversedText(bytes)) return bytes;
  const operations = contentOperations(bytes);
  const objects = textObjects(doc, bytes, operations, fonts);
  const runs = reversedRuns(objects);
  if (!runs.length) return bytes;
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let copied = 0;
  for (const run of runs) {
    const first = operations[run[0]!.begin]!;
    const last = operations[run[run.length - 1]!.end]!;
    parts.push(bytes.subarray(copied, first.start), encoder.encode(writeRun(run)));
    copied = last.end;
  }
  parts.push(bytes.subarray(copied));
  return Buffer.concat(parts);
}

/** Each text object of the stream that can be read glyph by glyph; others are left out (and so end any run). */
function textObjects(doc: PDFDocument, bytes: Uint8Array, operations: Operation[], fonts: Map<string, PDFDict>): TextObject[] {
  const objects: TextObject[] = [];
  let current: (TextObject & { readable: boolean; depth: number; reversedDepth?: number; span?: Unit; spanDepth?: number }) | undefined;
  let font = "";
  let size = 0;
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  let line: Matrix = [1, 0, 0, 1, 0, 0];
  operations.forEach((operation, index) => {
    const operator = operation.operator;
    if (operator === "BT") {
      current = { begin: index, end: index, reversed: false, blank: true, baseline: "", units: [], readable: true, depth: 0 };
      matrix = [1, 0, 0, 1, 0, 0];
      line = [1, 0, 0, 1, 0, 0];
      return;
    }
    // Font and size outlive a text object (they are graphics state); the matrices do not.
    if (operator === "Tf") {
      const operands = operation.operands;
      font = operands[0]?.kind === "name" ? operands[0].value : "";
      size = number(operands[1]);
      return;
    }
    if (!current) return;
    const object = current;
    if (operator === "ET") {
      object.end = index;
      object.fontAfter = { font, size };
      if (object.readable && object.depth === 0 && object.units.length) objects.push(object);
      current = undefined;
    } else if (operator === "Tm") {
      const values = operation.operands.map(number);
      if (values.length !== 6 || values.some(Number.isNaN)) object.readable = false;
      else {
        matrix = line = values as Matrix;
        // The baseline a text object draws on is the one its text matrix sets; a line move inside is a mark above or below it.
        const baseline = values.slice(0, 4).concat(values[5] as number).join(" ");
        if (object.baseline && object.baseline !== baseline) object.readable = false;
        object.baseline = baseline;
      }
    } else if (operator === "Td") {
      const [tx, ty] = operation.operands.map(number);
      if (tx === undefined || ty === undefined || Number.isNaN(tx) || Number.isNaN(ty)) object.readable = false;
      else matrix = line = [line[0], line[1], line[2], line[3], tx * line[0] + ty * line[2] + line[4], tx * line[1] + ty * line[3] + line[5]];
    } else if (operator === "Tj") {
      const codes = glyphCodes(operation.operands);
      const widths = glyphWidthsOf(doc, fonts.get(font));
      const known = toUnicodeOf(doc, fonts.get(font));
      const glyphs: Glyph[] = [];
      for (const code of codes) {
        glyphs.push({ font, size, matrix, code });
        const advance = ((widths.get(code) ?? widths.fallback) / 1000) * size;
        matrix = [matrix[0], matrix[1], matrix[2], matrix[3], advance * matrix[0] + matrix[4], advance * matrix[1] + matrix[5]];
        if (!object.span?.joiner && !isJoiner(known.get(code) ?? "?")) object.blank = false;
      }
      // A glyph of a font the page does not name has no known width, so no known place.
      if (!codes.length || !fonts.has(font) || Number.isNaN(size) || !object.baseline) object.readable = false;
      if (object.span) object.span.glyphs.push(...glyphs);
      else for (const glyph of glyphs) object.units.push({ glyphs: [glyph] });
    } else if (operator === "BMC" || operator === "BDC") {
      const operands = operation.operands;
      const tag = operands[0]?.kind === "name" ? operands[0].value : "";
      const spanDepth = object.reversedDepth === undefined ? 0 : object.reversedDepth + 1;
      if (tag === "ReversedChars" && object.depth === 0 && !object.reversed) {
        object.reversed = true;
        object.reversedDepth = 0;
      } else if (!object.span && object.depth === spanDepth) {
        const actual = operands[1]?.kind === "dict" ? operands[1].entries.get("ActualText") : undefined;
        const text = actual?.kind === "string" ? decodeTextString(actual.bytes) : undefined;
        const joiner = text !== undefined && isJoiner(text);
        // Outside a reversed word, only a joiner's span (the ZWNJ of کتاب‌ها, a space) belongs to a run.
        if (object.reversedDepth === undefined && !joiner) object.readable = false;
        object.span = { open: latin1(bytes, operation.start, operation.end).trim(), glyphs: [], joiner, formatCharacter: joiner && /\p{Cf}/u.test(text) };
        object.spanDepth = spanDepth;
        object.units.push(object.span);
      } else object.readable = false;
      object.depth++;
    } else if (operator === "EMC") {
      object.depth--;
      if (object.span && object.depth === object.spanDepth) object.span = undefined;
      else if (object.depth === object.reversedDepth) object.reversedDepth = undefined;
      if (object.depth < 0) object.readable = false;
    } else object.readable = false;
  });
  return objects;
}

/**
 * Whether a text object draws a format character such as the ZWNJ inside کتاب‌ها. Chromium
 * draws it as a blank glyph standing over the letter before it; in reading order that glyph
 * comes right after the letter, where pdftotext took it for the start of a new line and split
 * the word, and no place for it (nor moving its text onto the letter's /ActualText) kept
 * pdftotext's reading whole. A run holding one is left in visual order: MuPDF's command line
 * reads it backwards, as before, and pdftotext reads it right.
 */
const holdsFormatCharacter = (object: TextObject): boolean => object.units.some((unit) => unit.formatCharacter);

/**
 * Runs of reversed words: text objects next to each other in the stream, on one baseline,
 * each a reversed word or a blank glyph between two of them.
 */
function reversedRuns(objects: TextObject[]): TextObject[][] {
  const runs: TextObject[][] = [];
  let run: TextObject[] = [];
  const close = (): void => {
    while (run.length && !run[run.length - 1]!.reversed) run.pop();
    if (run.length && !run.some(holdsFormatCharacter)) runs.push(run);
    run = [];
  };
  for (const object of objects) {
    const previous = run[run.length - 1];
    const continues = previous !== undefined && object.begin === previous.end + 1 && object.baseline === previous.baseline;
    if (!continues) close();
    if (object.reversed || (object.blank && run.length)) run.push(object);
    else close();
  }
  close();
  return runs;
}

const format = (value: number): string => {
  const rounded = Math.round(value * 1e5) / 1e5;
  return Object.is(rounded, -0) ? "0" : String(rounded);
};

const setFont = (font: string, size: number): string => `${PDFName.of(font).toString()} ${format(size)} Tf`;

/** One text object drawing the run's glyphs in reading order, each at its own place. */
function writeRun(run: TextObject[]): string {
  const units = run.flatMap((object) => object.units).reverse();
  const lines = ["BT"];
  let font = "";
  let size = Number.NaN;
  for (const unit of units) {
    if (unit.open) lines.push(unit.open);
    for (const glyph of unit.glyphs) {
      if (glyph.font !== font || glyph.size !== size) lines.push(setFont(glyph.font, glyph.size));
      font = glyph.font;
      size = glyph.size;
      lines.push(`${glyph.matrix.map(format).join(" ")} Tm`, `<${glyph.code.toString(16).padStart(4, "0")}> Tj`);
    }
    if (unit.open) lines.push("EMC");
  }
  // What follows the run may draw with the font the run ended on, without setting one.
  const after = run[run.length - 1]?.fontAfter;
  if (after && (after.font !== font || after.size !== size)) lines.push(setFont(after.font, after.size));
  lines.push("ET");
  return lines.join("\n");
}
