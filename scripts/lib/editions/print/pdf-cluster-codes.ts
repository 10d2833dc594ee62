/**
 * Glyphs that a font's ToUnicode map leaves without text, given theirs from the clusters they
 * are drawn in. Chromium maps a glyph the font's cmap does not name (a contextual variant: the
 * Devanagari vowel sign i of हि, drawn before its consonant) to U+0000, and draws the cluster
 * in `/Span <</ActualText (हि)>> BDC … EMC`. Extractors that read /ActualText read the
 * cluster right; those that read glyphs only (MuPDF 1.21's command line) printed U+FFFD.
 *
 * In a cluster where every glyph but one has its text, the one left gets what of the cluster's
 * text the others do not account for (हि less ह is ि; সো, decomposed সো, less স and া is ে). A glyph gets a text only when every
 * cluster it is drawn in agrees: a map entry holds for every place the glyph is drawn.
 */
import { PDFArray, PDFName, PDFStream, type PDFDict, type PDFDocument } from "pdf-lib";
import { contentOperations, decodeTextString, glyphCodes } from "./pdf-content-tokens.ts";
import { streamBytes } from "./pdf-stream-bytes.ts";
import { pageFonts, setToUnicode, toUnicodeOf } from "./pdf-to-unicode.ts";

/** A map entry that gives no text: Chromium's U+0000, or none at all. */
const textless = (text: string | undefined): boolean => text === undefined || /^[\u0000\uFFFD]+$/u.test(text);

interface Cluster {
  text: string;
  glyphs: Array<{ font: PDFDict | undefined; code: number }>;
}

function pageStreams(doc: PDFDocument, contents: unknown): PDFStream[] {
  const resolved = contents instanceof PDFArray || contents instanceof PDFStream ? contents : doc.context.lookup(contents as never);
  if (resolved instanceof PDFStream) return [resolved];
  if (resolved instanceof PDFArray) return resolved.asArray().map((item) => doc.context.lookup(item)).filter((item): item is PDFStream => item instanceof PDFStream);
  return [];
}

/** The text the one textless glyph of a cluster stands for, or undefined when the cluster does not tell. */
function residue(doc: PDFDocument, cluster: Cluster): { font: PDFDict; code: number; text: string } | undefined {
  const unknown = cluster.glyphs.filter((glyph) => textless(toUnicodeOf(doc, glyph.font).get(glyph.code)));
  const only = unknown[0];
  if (unknown.length !== 1 || !only?.font) return undefined;
  // Compared as canonical decompositions: a two-part vowel sign (Bengali ো, Tamil ொ) is drawn
  // as its two parts, one of them textless, and only its decomposition holds each part.
  let rest = cluster.text.normalize("NFD");
  for (const glyph of cluster.glyphs) {
    if (glyph === only) continue;
    const text = (toUnicodeOf(doc, glyph.font).get(glyph.code) ?? "").normalize("NFD");
    const at = rest.indexOf(text);
    if (at < 0) return undefined;
    rest = rest.slice(0, at) + rest.slice(at + text.length);
  }
  return rest.trim() ? { font: only.font, code: only.code, text: rest } : undefined;
}

/** Fills the textless entries the clusters tell; returns how many glyphs got a text. */
export function repairClusterCodes(doc: PDFDocument): number {
  const found = new Map<PDFDict, Map<number, Set<string>>>();
  const pages = doc.getPages();
  // Most documents have no textless glyph at all (a Latin book): their pages are not read again.
  const fontsOfPages = pages.map((page) => pageFonts(doc, page.node.Resources()));
  const lacking = new Set([...new Set(fontsOfPages.flatMap((fonts) => [...fonts.values()]))].filter((font) => [...toUnicodeOf(doc, font).values()].some(textless)));
  if (!lacking.size) return 0;
  for (const [index, page] of pages.entries()) {
    const fonts = fontsOfPages[index] ?? new Map<string, PDFDict>();
    if (![...fonts.values()].some((font) => lacking.has(font))) continue;
    for (const stream of pageStreams(doc, page.node.get(PDFName.of("Contents")))) {
      let font: PDFDict | undefined;
      let depth = 0;
      let cluster: (Cluster & { depth: number }) | undefined;
      for (const operation of contentOperations(streamBytes(stream))) {
        const operator = operation.operator;
        if (operator === "Tf") {
          const name = operation.operands[0];
          font = name?.kind === "name" ? fonts.get(name.value) : undefined;
        } else if (operator === "BDC" || operator === "BMC") {
          const properties = operation.operands[1];
          const actual = properties?.kind === "dict" ? properties.entries.get("ActualText") : undefined;
          if (!cluster && actual?.kind === "string") cluster = { text: decodeTextString(actual.bytes), glyphs: [], depth };
          depth++;
        } else if (operator === "EMC") {
          depth--;
          if (cluster && depth === cluster.depth) {
            const told = residue(doc, cluster);
            if (told) {
              const codes = found.get(told.font) ?? found.set(told.font, new Map()).get(told.font)!;
              (codes.get(told.code) ?? codes.set(told.code, new Set()).get(told.code)!).add(told.text);
            }
            cluster = undefined;
          }
        } else if (cluster && (operator === "Tj" || operator === "TJ")) {
          for (const code of glyphCodes(operation.operands)) cluster.glyphs.push({ font, code });
        }
      }
    }
  }
  let repaired = 0;
  for (const [font, codes] of found) {
    const map = new Map(toUnicodeOf(doc, font));
    let told = 0;
    for (const [code, texts] of codes) {
      const [text] = texts;
      if (texts.size !== 1 || text === undefined) continue;
      map.set(code, text);
      told++;
    }
    if (told) setToUnicode(doc, font, map);
    repaired += told;
  }
  return repaired;
}
