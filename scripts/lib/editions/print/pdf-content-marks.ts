/**
 * Marked content the print edition adds to the pages Chromium wrote, for PDF/UA-1 and for
 * text extraction. The page's operations are copied byte for byte; only marked-content
 * operators are inserted, replaced or dropped (operators made by pdf-lib):
 *
 * - Artifacts. Chromium tags what its accessibility tree holds and leaves everything else
 *   outside any marked content: running heads, folios, rules, the note separator, page
 *   backgrounds. PDF/UA wants every piece of content either tagged or marked as an artifact:
 *   each painting operation outside marked content goes into `/Artifact BMC … EMC`.
 * - Soft hyphens. The body is hyphenated at build time with soft hyphens (U+00AD), and
 *   Chromium writes each one as a blank glyph in `/Span <</ActualText (U+00AD)>> BDC … EMC`,
 *   also where no line breaks (where one does, it draws the hyphen as a glyph of its own,
 *   after the span). pdftotext then read "Amer\u00ADi\u00ADcan", MuPDF's command line, which
 *   ignores /ActualText, "Amer i can", and a search for the word failed. The span and its
 *   blank glyph are taken out; the glyph's position came from a text-positioning operator,
 *   which stays, so nothing after it moves, and nothing visible changes. A word broken at a
 *   line end keeps its drawn hyphen, which extractors that join hyphenated lines (pdftotext,
 *   MuPDF's dehyphenation) drop. A soft hyphen Chromium puts in the /ActualText of the letter
 *   before it (a letter from another face than the rest of its word) is taken out of that
 *   text. Changing the soft hyphens in the page before printing is no
 *   way: Chromium's screen layout, which Paged.js and any measurement see, breaks some lines
 *   elsewhere than printing does, so no script can know which soft hyphens print at a line end.
 * - Right-to-left words. Chromium draws an Arabic-script word in visual order inside
 *   `/ReversedChars BMC … EMC`, with /ActualText on each cluster of several glyphs (a letter
 *   and a mark drawn above it, as the heh and hamza of ـهٔ in Vazirmatn; Noto Naskh Arabic, the
 *   Arabic face once used, drew many letters as a dotless form plus its dots). Extractors place
 *   a span's text where its first glyph is: a mark or dot drawn above the line took the
 *   letter, and the rest of the word, onto a line of its own ("ساز ما مج اهدی" with Naskh;
 *   without the split, the verifier read "دربارٔ" for "دربارهٔ" with Vazirmatn). Such a cluster
 *   is split: its text goes on the glyph that sits on the baseline, the others get empty text.
 */
import { deflateSync } from "node:zlib";
import { PDFArray, PDFHexString, PDFName, PDFOperator, PDFOperatorNames, PDFRef, PDFStream, type PDFDict, type PDFDocument, type PDFObject, type PDFPage } from "pdf-lib";
import { contentOperations, decodeTextString, glyphCodes, type Operand, type Operation } from "./pdf-content-tokens.ts";
import { streamBytes } from "./pdf-stream-bytes.ts";
import { pageFonts, toUnicodeOf } from "./pdf-to-unicode.ts";
import { rightToLeftInReadingOrder } from "./pdf-reading-order.ts";

const textShowing = new Set(["Tj", "TJ", "'", '"']);
const pathConstruction = new Set(["m", "l", "c", "v", "y", "h", "re"]);
const pathPainting = new Set(["f", "F", "f*", "B", "B*", "b", "b*", "S", "s"]);
const otherPainting = new Set(["Do", "sh"]);

/** Arabic presentation forms (FB50–FDFF, FE70–FEFF) as the letters they show. */
function logicalLetters(text: string): string {
  return text.replace(/[\uFB50-\uFDFF\uFE70-\uFEFE]/g, (form) => form.normalize("NFKC"));
}

function operatorText(operator: PDFOperator): string {
  return operator.toString();
}

const artifactBegin = operatorText(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of("Artifact")]));
const markedEnd = operatorText(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
const beginArtifact = (): string => artifactBegin;
const endMarked = (): string => markedEnd;

function beginActualText(doc: PDFDocument, text: string): string {
  const properties = doc.context.obj({ ActualText: PDFHexString.fromText(text) });
  // pdf-lib's PDFOperator takes no dictionary operand: the operator is written from the objects' own serialisation.
  return `${PDFName.of("Span").toString()} ${properties.toString()} ${PDFOperatorNames.BeginMarkedContentSequence}`;
}

interface Edits {
  before: Map<number, string[]>;
  after: Map<number, string[]>;
  dropped: Set<number>;
}

const add = (map: Map<number, string[]>, index: number, text: string): void => {
  const list = map.get(index) ?? [];
  list.push(text);
  map.set(index, list);
};

/** An /ActualText span Chromium opened around one cluster of a right-to-left word. */
interface Cluster {
  begin: number;
  depth: number;
  text: string;
  /** Each glyph-showing operation of the cluster, with the first operation that positions it and its height above the word's baseline. */
  glyphs: Array<{ first: number; index: number; rise: number }>;
  /** Where the operations of the next glyph start. */
  next: number;
}

/** What to insert and drop in one content stream's operations. */
function planMarks(doc: PDFDocument, operations: Operation[], fonts: Map<string, PDFDict>): Edits {
  const edits: Edits = { before: new Map(), after: new Map(), dropped: new Set() };
  // toUnicodeOf reads each font's map once per document.
  const isBlank = (font: string, codes: number[]): boolean => {
    const known = toUnicodeOf(doc, fonts.get(font));
    return codes.length > 0 && codes.every((code) => /^\s*$/.test(known.get(code) ?? "?"));
  };
  let font = "";
  /** The soft hyphen's span open now: its operator, depth, and the glyphs drawn in it. */
  let softHyphen: { begin: number; depth: number; glyphs: number[]; blank: boolean } | undefined;

  let depth = 0;
  let pathStart: number | undefined;
  let reversedDepth: number | undefined;
  let cluster: Cluster | undefined;
  let baseline = 0;
  let lineY = 0;
  /** Line moves not yet added to lineY: a glyph's height matters only inside a right-to-left cluster. */
  const moves: Operation[] = [];
  const number = (operand: Operand | undefined): number => (operand?.kind === "number" ? operand.value : 0);
  const currentLineY = (): number => {
    for (const move of moves) lineY += number(move.operands[1]);
    moves.length = 0;
    return lineY;
  };

  operations.forEach((operation, index) => {
    const operator = operation.operator;
    if (operator === "Tf") {
      const name = operation.operands[0];
      if (name?.kind === "name") font = name.value;
    }
    if (operator === "BT") {
      baseline = lineY = 0;
      moves.length = 0;
    } else if (operator === "Tm") {
      baseline = lineY = number(operation.operands[5]);
      moves.length = 0;
    } else if (operator === "Td" || operator === "TD") moves.push(operation);

    if (operator === "BMC" || operator === "BDC") {
      const operands = operation.operands;
      const tag = operands[0]?.kind === "name" ? operands[0].value : "";
      const properties = operands[1];
      const actual = properties?.kind === "dict" ? properties.entries.get("ActualText") : undefined;
      if (!softHyphen && tag === "Span" && actual?.kind === "string" && decodeTextString(actual.bytes) === "\u00AD") {
        softHyphen = { begin: index, depth, glyphs: [], blank: true };
        depth++;
        return;
      }
      // A soft hyphen shaped with the letter before it (ā­ where ā comes from another face than
      // the rest of the word) is in that letter's /ActualText: the letter's text stays, the hyphen goes.
      if (tag === "Span" && actual?.kind === "string" && reversedDepth === undefined) {
        const text = decodeTextString(actual.bytes);
        if (text.includes("\u00AD")) {
          edits.dropped.add(index);
          add(edits.before, index, beginActualText(doc, text.replaceAll("\u00AD", "")));
        }
      }
      if (tag === "ReversedChars" && reversedDepth === undefined) reversedDepth = depth;
      else if (reversedDepth !== undefined && tag === "Span" && !cluster) {
        const properties = operands[1];
        const actual = properties?.kind === "dict" ? properties.entries.get("ActualText") : undefined;
        if (actual?.kind === "string") cluster = { begin: index, depth, text: decodeTextString(actual.bytes), glyphs: [], next: index + 1 };
      }
      depth++;
      return;
    }
    if (operator === "EMC") {
      depth = Math.max(0, depth - 1);
      if (softHyphen && depth === softHyphen.depth) {
        settleSoftHyphen(doc, softHyphen, index, edits);
        softHyphen = undefined;
        return;
      }
      if (cluster && depth === cluster.depth) {
        splitCluster(doc, cluster, index, edits);
        cluster = undefined;
      } else if (reversedDepth !== undefined && depth === reversedDepth) reversedDepth = undefined;
      return;
    }

    if (textShowing.has(operator)) {
      if (softHyphen) {
        softHyphen.glyphs.push(index);
        softHyphen.blank &&= isBlank(font, glyphCodes(operation.operands));
      }
      if (cluster) {
        cluster.glyphs.push({ first: cluster.next, index, rise: currentLineY() - baseline });
        cluster.next = index + 1;
      }
      if (depth === 0) {
        add(edits.before, index, beginArtifact());
        add(edits.after, index, endMarked());
      }
      return;
    }
    if (pathConstruction.has(operator)) {
      pathStart ??= index;
      return;
    }
    if (pathPainting.has(operator) || operator === "n") {
      if (operator !== "n" && depth === 0) {
        add(edits.before, pathStart ?? index, beginArtifact());
        add(edits.after, index, endMarked());
      }
      pathStart = undefined;
      return;
    }
    if (otherPainting.has(operator) && depth === 0) {
      add(edits.before, index, beginArtifact());
      add(edits.after, index, endMarked());
    }
  });
  return edits;
}

/**
 * A soft hyphen's span: taken out with its glyphs when they are blank (the usual case), else
 * kept with an empty /ActualText.
 */
function settleSoftHyphen(doc: PDFDocument, span: { begin: number; glyphs: number[]; blank: boolean }, end: number, edits: Edits): void {
  edits.dropped.add(span.begin);
  if (span.blank) {
    edits.dropped.add(end);
    for (const glyph of span.glyphs) edits.dropped.add(glyph);
  } else add(edits.before, span.begin, beginActualText(doc, ""));
}

/**
 * A cluster of several glyphs (a letter and a mark above it, drawn mark first) gets its text
 * on the glyph that sits on the baseline, and empty text on the others: an extractor places
 * a span's text where its first glyph is, and a mark drawn above the line took the letter
 * (and the rest of the word) onto a line of its own. Clusters of one glyph, or with no glyph
 * on the baseline, stay as they were.
 */
function splitCluster(doc: PDFDocument, cluster: Cluster, end: number, edits: Edits): void {
  if (cluster.glyphs.length < 2) return;
  const onBaseline = cluster.glyphs.filter((glyph) => Math.abs(glyph.rise) < 0.01);
  const base = onBaseline[onBaseline.length - 1];
  if (!base) return;
  edits.dropped.add(cluster.begin);
  edits.dropped.add(end);
  for (const glyph of cluster.glyphs) {
    add(edits.before, glyph.first, beginActualText(doc, glyph === base ? logicalLetters(cluster.text) : ""));
    add(edits.after, glyph.index, endMarked());
  }
}

/**
 * The stream with the edits applied: the bytes between edits copied as they are, each
 * inserted operator on a line of its own, each dropped operation left out.
 */
function applyEdits(bytes: Uint8Array, operations: Operation[], edits: Edits): Uint8Array {
  const encoder = new TextEncoder();
  const newline = Uint8Array.of(0x0a);
  const parts: Uint8Array[] = [];
  let copied = 0;
  const copyTo = (at: number): void => {
    if (at > copied) parts.push(bytes.subarray(copied, at));
    copied = Math.max(copied, at);
  };
  const insert = (texts: string[] | undefined): void => {
    for (const text of texts ?? []) parts.push(newline, encoder.encode(text), newline);
  };
  const points = new Set([...edits.before.keys(), ...edits.after.keys(), ...edits.dropped]);
  for (const index of [...points].sort((a, b) => a - b)) {
    const operation = operations[index];
    if (!operation) continue;
    copyTo(operation.start);
    insert(edits.before.get(index));
    if (edits.dropped.has(index)) copied = operation.end;
    else copyTo(operation.end);
    insert(edits.after.get(index));
  }
  copyTo(bytes.length);
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The references an array object holds, when `ref` points to an array of content streams. */
function arrayItems(doc: PDFDocument, ref: PDFRef): PDFObject[] {
  const resolved = doc.context.lookup(ref);
  return resolved instanceof PDFArray ? resolved.asArray() : [];
}

function contentStreams(doc: PDFDocument, page: PDFPage): PDFStream[] {
  const contents = page.node.get(PDFName.of("Contents"));
  const resolved = contents ? doc.context.lookup(contents) : undefined;
  const items = resolved instanceof PDFArray ? resolved.asArray().map((item) => doc.context.lookup(item)) : [resolved];
  return items.filter((item): item is PDFStream => item instanceof PDFStream);
}

/**
 * Marks artifacts and right-to-left words on every page, and writes right-to-left runs in
 * reading order (pdf-reading-order.ts); the page's content becomes one new stream.
 */
export function markContent(doc: PDFDocument): void {
  for (const page of doc.getPages()) {
    const streams = contentStreams(doc, page);
    if (!streams.length) continue;
    // A marked-content sequence never spans two streams of a page; read as one, written as one.
    const parts = streams.map(streamBytes);
    const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length + 1, 0));
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      bytes[at + part.length] = 0x0a;
      at += part.length + 1;
    }
    const operations = contentOperations(bytes);
    const fonts = pageFonts(doc, page.node.Resources());
    const marked = applyEdits(bytes, operations, planMarks(doc, operations, fonts));
    // Node's zlib rather than pdf-lib's JavaScript deflate: the same bytes for the same input, several times faster.
    const stream = doc.context.stream(deflateSync(rightToLeftInReadingOrder(doc, marked, fonts)), { Filter: "FlateDecode" });
    const old = page.node.get(PDFName.of("Contents"));
    const oldRefs = old instanceof PDFRef ? [old, ...(arrayItems(doc, old))] : old instanceof PDFArray ? old.asArray() : [];
    page.node.set(PDFName.of("Contents"), doc.context.register(stream));
    for (const ref of oldRefs) if (ref instanceof PDFRef) doc.context.delete(ref);
  }
}
