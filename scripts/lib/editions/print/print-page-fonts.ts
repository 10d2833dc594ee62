/**
 * The source passed the font check when it was parsed; what the print page adds to it, dates
 * in the article's language and labels, is checked here, so that no missing-glyph box is ever
 * printed.
 */
import { ContentError } from "../../errors.ts";
import { describeCharacter, uncoveredCharacters } from "../../fonts/font-coverage.ts";
import { printPageCharacters } from "./print-assets.ts";

export function checkPrintPageFonts(printHtml: string, lang: string, file: string): void {
  const [point] = uncoveredCharacters(printPageCharacters(printHtml), lang);
  if (point === undefined) return;
  throw new ContentError(`no font covers ${describeCharacter(point)}, which the print edition adds (a date or a label in "${lang}")`, {
    code: "font-coverage",
    location: { file },
  });
}
