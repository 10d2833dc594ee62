/**
 * Arabic presentation forms out of the fonts' ToUnicode maps. Chromium maps the contextual
 * forms of an Arabic-script font (initial, medial, final, ligatures) to the Unicode
 * presentation-form characters (U+FB50–FDFF, U+FE70–FEFF), which a search for the letters as
 * written does not match. pdftotext and MuPDF's library fold them; MuPDF 1.21's command line
 * does not. Each such entry is rewritten to the letters the form shows (its NFKC form: ﻣ →
 * م, ﻻ → لا), and the font gets the rewritten map.
 */
import { PDFName, type PDFDict, type PDFDocument } from "pdf-lib";
import { pageFonts, toUnicodeOf, writeToUnicode } from "./pdf-to-unicode.ts";

const presentationForm = /[\uFB50-\uFDFF\uFE70-\uFEFE]/u;

export function foldPresentationForms(doc: PDFDocument): number {
  const done = new Set<PDFDict>();
  let fonts = 0;
  for (const page of doc.getPages()) {
    for (const font of pageFonts(doc, page.node.Resources()).values()) {
      if (done.has(font)) continue;
      done.add(font);
      const map = toUnicodeOf(doc, font);
      if (![...map.values()].some((text) => presentationForm.test(text))) continue;
      const folded = new Map([...map].map(([code, text]) => [code, presentationForm.test(text) ? text.normalize("NFKC") : text]));
      font.set(PDFName.of("ToUnicode"), doc.context.register(doc.context.flateStream(writeToUnicode(folded))));
      fonts++;
    }
  }
  return fonts;
}
