/**
 * Reads a font's ToUnicode CMap (ISO 32000-1 9.10.3): which text each two-byte glyph code of
 * an Identity-H font stands for. Chromium writes one for every font it embeds; the print
 * edition reads them to tell a blank glyph from one that draws (pdf-content-marks.ts). A CMap
 * has the lexical syntax of a content stream, so the same tokenizer reads it.
 */
import { PDFName, PDFStream, type PDFDocument, type PDFDict } from "pdf-lib";
import { streamBytes } from "./pdf-stream-bytes.ts";
import { contentOperations, type Operand } from "./pdf-content-tokens.ts";
import { dictOf } from "./pdf-struct-tree.ts";

export type ToUnicode = Map<number, string>;

function utf16(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(((bytes[i] as number) << 8) | (bytes[i + 1] as number));
  return text;
}

function code(operand: Operand | undefined): number | undefined {
  if (operand?.kind !== "string") return undefined;
  return operand.bytes.reduce((value, byte) => value * 256 + byte, 0);
}

/** The code-to-text map of a ToUnicode CMap's bytes (bfchar and bfrange entries). */
export function parseToUnicode(bytes: Uint8Array): ToUnicode {
  const map: ToUnicode = new Map();
  for (const { operator, operands } of contentOperations(bytes)) {
    if (operator === "endbfchar") {
      for (let i = 0; i + 1 < operands.length; i += 2) {
        const source = code(operands[i]);
        const target = operands[i + 1];
        if (source !== undefined && target?.kind === "string") map.set(source, utf16(target.bytes));
      }
    } else if (operator === "endbfrange") {
      for (let i = 0; i + 2 < operands.length; i += 3) {
        const low = code(operands[i]);
        const high = code(operands[i + 1]);
        const target = operands[i + 2];
        if (low === undefined || high === undefined) continue;
        for (let source = low; source <= high; source++) {
          if (target?.kind === "array") {
            const item = target.items[source - low];
            if (item?.kind === "string") map.set(source, utf16(item.bytes));
          } else if (target?.kind === "string") {
            // The last byte of the first target counts up through the range.
            const first = utf16(target.bytes);
            map.set(source, first.slice(0, -1) + String.fromCharCode(first.charCodeAt(first.length - 1) + (source - low)));
          }
        }
      }
    }
  }
  return map;
}

/** Maps already read, by font dictionary: every page of a book shares its few fonts. */
const readMaps = new WeakMap<PDFDict, ToUnicode>();

/** The ToUnicode map of a font dictionary, or an empty one. */
export function toUnicodeOf(doc: PDFDocument, font: PDFDict | undefined): ToUnicode {
  if (!font) return new Map();
  let map = readMaps.get(font);
  if (!map) {
    const stream = doc.context.lookup(font.get(PDFName.of("ToUnicode")));
    map = stream instanceof PDFStream ? parseToUnicode(streamBytes(stream)) : new Map();
    readMaps.set(font, map);
  }
  return map;
}

/** Gives a font a new ToUnicode map, which later readers of the same document then see. */
export function setToUnicode(doc: PDFDocument, font: PDFDict, map: ToUnicode): void {
  font.set(PDFName.of("ToUnicode"), doc.context.register(doc.context.flateStream(writeToUnicode(map))));
  readMaps.set(font, map);
}

/** The font dictionaries of a page's resources, by resource name (F4, F6). */
export function pageFonts(doc: PDFDocument, resources: PDFDict | undefined): Map<string, PDFDict> {
  const fonts = new Map<string, PDFDict>();
  const fontDict = resources ? dictOf(doc, resources.get(PDFName.of("Font"))) : undefined;
  for (const [name, ref] of fontDict?.entries() ?? []) {
    const font = dictOf(doc, ref);
    if (font) fonts.set(name.decodeText(), font);
  }
  return fonts;
}

/** UTF-16BE hex digits of `text`, as a CMap writes a destination string. */
function hexUtf16(text: string): string {
  let hex = "";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0");
  return hex;
}

/** A ToUnicode CMap for two-byte codes holding `map` (bfchar entries, at most 100 per block as the format asks). */
export function writeToUnicode(map: ToUnicode): Uint8Array {
  const entries = [...map.entries()].filter(([, text]) => text !== "").sort(([a], [b]) => a - b);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.map(([code, text]) => `<${code.toString(16).toUpperCase().padStart(4, "0")}> <${hexUtf16(text)}>`).join("\n")}\nendbfchar`);
  }
  const cmap = [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <FFFF>",
    "endcodespacerange",
    ...blocks,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
  return new TextEncoder().encode(cmap);
}
