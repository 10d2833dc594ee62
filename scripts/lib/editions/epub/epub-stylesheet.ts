/**
 * The e-book's stylesheet and font files: the faces print uses, as many as the book's text
 * needs (facesFor), embedded in OEBPS/fonts/ and declared with @font-face rules ahead of
 * styles/epub.css, then the font stack of every edition as font-family rules (not a custom
 * property, which older reading systems ignore). A Latin-only article carries four files
 * instead of every script's; a CJK one, the slices of the CJK faces its characters are in.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { fontFaceCss, fontStackCss } from "../../fonts/font-faces.ts";
import { facesFor } from "../../fonts/faces-for-text.ts";
import { stylesDir } from "../../project-paths.ts";

/** Folder of the font files, relative to the stylesheet (both inside OEBPS/). */
export const fontFolder = "fonts";

export interface EmbeddedFont {
  fileName: string;
  /** file:// URL epub-gen-memory reads the font from. */
  url: string;
}

export interface EpubStyling {
  css: string;
  fonts: EmbeddedFont[];
}

/** The stylesheet and the fonts for a book in `lang` whose documents hold `bookText`. */
export async function epubStyling(bookText: string, lang: string): Promise<EpubStyling> {
  const own = await readFile(join(stylesDir, "epub.css"), "utf8");
  const faces = facesFor(bookText + own.replace(/\/\*[\s\S]*?\*\//g, ""), lang);
  // A script family's faces (Hangul, kana) are declared apart but share their family's files.
  const files = new Map(faces.map((face) => [face.fileName, face.path]));
  return {
    css: `${fontFaceCss(fontFolder, faces)}\n\n${fontStackCss("body", "font-family")}\n\n${own}`,
    fonts: [...files].map(([fileName, path]) => ({ fileName, url: pathToFileURL(path).href })),
  };
}
