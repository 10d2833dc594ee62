/**
 * The web edition's @font-face rules, split by family. The text and Arabic faces are declared
 * in assets/web.css, which every page links; each CJK family (and script family) has a sheet
 * of its own in assets/fonts/, linked only by the pages whose text reaches it. Declaring the
 * CJK families' thousand-odd slices in web.css would make every page, Latin ones included,
 * fetch some 850 KB of rules.
 */
import { accentedFamily, arabicFamily, familyFaces, familyNames, fontFaceCss, textFamily } from "./font-faces.ts";
import { facesFor } from "./faces-for-text.ts";

/** Families every page declares, in web.css. */
export const sharedFamilies: readonly string[] = [accentedFamily, textFamily, arabicFamily];

/** `Noto Serif KR Hangul` → `noto-serif-kr-hangul.css`. */
export function familySheetName(family: string): string {
  return `${family.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.css`;
}

/** The @font-face rules of the shared families, with URLs relative to assets/. */
export function sharedFontCss(): string {
  return fontFaceCss("fonts", sharedFamilies.flatMap(familyFaces));
}

/** Each family sheet, its URLs relative to assets/fonts/ where it is published. */
export function familySheets(): Array<{ fileName: string; css: string }> {
  return familyNames.filter((family) => !sharedFamilies.includes(family)).map((family) => ({ fileName: familySheetName(family), css: fontFaceCss(".", familyFaces(family)) }));
}

/** The family sheets a page with `text` in `lang` needs (file names under assets/fonts/). */
export function fontSheetsFor(text: string, lang: string): string[] {
  const families = new Set(facesFor(text, lang).map((face) => face.family));
  return familyNames.filter((family) => families.has(family) && !sharedFamilies.includes(family)).map(familySheetName);
}
