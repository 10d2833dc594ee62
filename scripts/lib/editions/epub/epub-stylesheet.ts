/**
 * The e-book's stylesheet and font files: the faces print uses, as many as the book's text
 * needs (facesFor), embedded in OEBPS/fonts/ as OpenType and declared with @font-face rules
 * ahead of styles/epub.css, then the font stack of every edition as font-family rules on the
 * root element (not a custom property, which older reading systems ignore). A Latin-only
 * article carries four files instead of every script's; a CJK one, the slices of the CJK faces
 * its characters are in.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fontFaceCss, fontStackCss } from "../../fonts/font-faces.ts";
import { facesFor } from "../../fonts/faces-for-text.ts";
import { sfntFont, type SfntFont } from "../../fonts/sfnt-font.ts";
import { stylesDir } from "../../project-paths.ts";

/** Folder of the font files, relative to the stylesheet (both inside OEBPS/). */
export const fontFolder = "fonts";

export type EmbeddedFont = SfntFont;

export interface EpubStyling {
  css: string;
  fonts: EmbeddedFont[];
}

/**
 * The stylesheet and the fonts for a book in `lang` whose documents hold `bookText`. The fonts
 * are embedded as OpenType, decoded from the WOFF2 files (sfnt-font.ts): every reading system
 * and converter reads OpenType, and not all of them WOFF2.
 */
export async function epubStyling(bookText: string, lang: string): Promise<EpubStyling> {
  const own = await readFile(join(stylesDir, "epub.css"), "utf8");
  const faces = facesFor(bookText + own.replace(/\/\*[\s\S]*?\*\//g, ""), lang);
  // A script family's faces (Hangul, kana) are declared apart but share their family's files.
  const paths = new Map(faces.map((face) => [face.fileName, face.path]));
  const fonts = await Promise.all([...paths].map(([fileName, path]) => sfntFont(path, fileName)));
  const byShippedName = new Map([...paths.keys()].map((fileName, i) => [fileName, fonts[i] as SfntFont]));
  const css = fontFaceCss(fontFolder, faces, (face) => {
    const font = byShippedName.get(face.fileName) as SfntFont;
    return { fileName: font.fileName, format: font.cssFormat };
  });
  // The stack is set on html and inherited: epub.css has rules of its own on body, which a
  // second body rule would duplicate (calibre's style check reports both).
  return { css: `${css}\n\n${fontStackCss("html", "font-family")}\n\n${own}`, fonts };
}
