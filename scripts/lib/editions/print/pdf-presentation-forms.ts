/**
 * Arabic presentation forms out of the fonts' ToUnicode maps. Chromium maps the contextual
 * forms of an Arabic-script font (initial, medial, final, ligatures) to the Unicode
 * presentation-form characters (U+FB50–FDFF, U+FE70–FEFF), which a search for the letters as
 * written does not match. pdftotext and MuPDF's library fold them; MuPDF 1.21's command line
 * does not. Each such entry is rewritten to the letters the form shows (its NFKC form: ﻣ →
 * م, ﻻ → لا), and the font gets the rewritten map.
 *
 * Other entries are put in the form the source is read in (NFC). A font may draw a consonant
 * with its nukta as one glyph, which Chromium maps to the precomposed letter that Unicode
 * keeps out of composition (Gurmukhi ਸ਼ U+0A36, Devanagari क़ U+0958): a search for the
 * letters as written (ਸ + ਼) missed it, and MuPDF's library, finding the cluster's
 * /ActualText ("ਸ਼ਾ") unlike its glyphs' text, read the vowel sign after it twice.
 *
 * A text face draws the right single quote (’) and the modifier letter apostrophe (ʼ) with one
 * glyph, and the left single quote (‘) and the turned comma (ʻ) with another, which Chromium
 * maps to the modifier letters: MuPDF then read "L’État" as "LʼÉtat" and ‘the dear year’ as
 * ʻthe dear year’, which a search for the words as written misses. Unless the source writes the
 * modifier letter itself, its glyph is mapped to the quotation mark.
 */
import type { PDFDict, PDFDocument } from "pdf-lib";
import { pageFonts, setToUnicode, toUnicodeOf } from "./pdf-to-unicode.ts";

const presentationForm = /[\uFB50-\uFDFF\uFE70-\uFEFE]/u;

/** The modifier letters a face draws with a quotation mark's glyph, and that mark. */
export const quoteModifiers: Readonly<Record<string, string>> = { "\u02BC": "\u2019", "\u02BB": "\u2018" };

function asWrittenIn(writtenModifiers: string): (text: string) => string {
  return (text) => {
    if (presentationForm.test(text)) return text.normalize("NFKC");
    const quote = quoteModifiers[text];
    if (quote !== undefined && !writtenModifiers.includes(text)) return quote;
    return text.normalize("NFC");
  };
}

/** `writtenModifiers`: those of quoteModifiers the source holds itself (ʼ, ʻ), whose glyphs then keep them. */
export function foldPresentationForms(doc: PDFDocument, writtenModifiers = ""): number {
  const asWritten = asWrittenIn(writtenModifiers);
  const done = new Set<PDFDict>();
  let fonts = 0;
  for (const page of doc.getPages()) {
    for (const font of pageFonts(doc, page.node.Resources()).values()) {
      if (done.has(font)) continue;
      done.add(font);
      const map = toUnicodeOf(doc, font);
      if ([...map.values()].every((text) => asWritten(text) === text)) continue;
      const folded = new Map([...map].map(([code, text]) => [code, asWritten(text)]));
      setToUnicode(doc, font, folded);
      fonts++;
    }
  }
  return fonts;
}
