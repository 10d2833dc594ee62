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
 * glyph, which Chromium maps to the latter: MuPDF then read "L’État" as "LʼÉtat", which a search
 * for the word as written misses. Unless the source writes ʼ itself, the glyph is mapped to ’.
 */
import type { PDFDict, PDFDocument } from "pdf-lib";
import { pageFonts, setToUnicode, toUnicodeOf } from "./pdf-to-unicode.ts";

const presentationForm = /[\uFB50-\uFDFF\uFE70-\uFEFE]/u;

function asWrittenIn(writesModifierApostrophe: boolean): (text: string) => string {
  return (text) => {
    if (presentationForm.test(text)) return text.normalize("NFKC");
    if (text === "\u02BC" && !writesModifierApostrophe) return "\u2019";
    return text.normalize("NFC");
  };
}

/** `writesModifierApostrophe`: the source holds ʼ (U+02BC) itself, which its glyph then keeps. */
export function foldPresentationForms(doc: PDFDocument, writesModifierApostrophe = false): number {
  const asWritten = asWrittenIn(writesModifierApostrophe);
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
