/**
 * The advance widths of a composite font's glyphs (ISO 32000-1 9.7.4.3, the CIDFont's /W and
 * /DW), in thousandths of the font size. Chromium embeds every font as Type0 with one CIDFont
 * and Identity-H codes, so a glyph code is its CID. The print edition needs them to know where
 * a glyph drawn after another, with no text-positioning operator between, stands.
 */
import { PDFArray, PDFName, PDFNumber, type PDFDict, type PDFDocument, type PDFObject } from "pdf-lib";
import { arrayOf, dictOf } from "./pdf-struct-tree.ts";

export interface GlyphWidths {
  get(code: number): number | undefined;
  /** The font's default width, for a code /W does not list. */
  fallback: number;
}

const read = new WeakMap<PDFDict, GlyphWidths>();

const numberOf = (doc: PDFDocument, object: PDFObject | undefined): number | undefined => {
  const resolved = object === undefined ? undefined : doc.context.lookup(object);
  return resolved instanceof PDFNumber ? resolved.asNumber() : undefined;
};

/** The widths of a Type0 font's glyphs; a font of another kind gives none, and every glyph the default of 1000. */
export function glyphWidthsOf(doc: PDFDocument, font: PDFDict | undefined): GlyphWidths {
  if (!font) return { get: () => undefined, fallback: 1000 };
  const known = read.get(font);
  if (known) return known;
  const descendant = dictOf(doc, arrayOf(doc, font.get(PDFName.of("DescendantFonts")))?.get(0));
  const widths = new Map<number, number>();
  const list = arrayOf(doc, descendant?.get(PDFName.of("W")))?.asArray() ?? [];
  for (let at = 0; at < list.length; ) {
    const first = numberOf(doc, list[at]);
    const next = list[at + 1] && doc.context.lookup(list[at + 1]);
    if (first === undefined) break;
    if (next instanceof PDFArray) {
      // c [w1 w2 …]: consecutive codes from c.
      next.asArray().forEach((width, offset) => {
        const value = numberOf(doc, width);
        if (value !== undefined) widths.set(first + offset, value);
      });
      at += 2;
    } else {
      // c_first c_last w: one width for a range.
      const last = numberOf(doc, list[at + 1]);
      const width = numberOf(doc, list[at + 2]);
      if (last === undefined || width === undefined) break;
      for (let code = first; code <= last; code++) widths.set(code, width);
      at += 3;
    }
  }
  const result: GlyphWidths = { get: (code) => widths.get(code), fallback: numberOf(doc, descendant?.get(PDFName.of("DW"))) ?? 1000 };
  read.set(font, result);
  return result;
}
