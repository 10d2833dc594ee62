/**
 * The e-book's stylesheet and font files: the faces print uses, as many as the book's text
 * needs (facesFor), embedded in OEBPS/fonts/ and declared with @font-face rules ahead of
 * styles/epub.css. A Latin-only article carries four files instead of every script's.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { fontFaceCss } from "../../fonts/font-faces.ts";
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

/** The stylesheet and the fonts for a book whose documents hold `bookText`. */
export async function epubStyling(bookText: string): Promise<EpubStyling> {
  const own = await readFile(join(stylesDir, "epub.css"), "utf8");
  const faces = facesFor(bookText + own);
  return {
    css: `${fontFaceCss(fontFolder, faces)}\n\n${own}`,
    fonts: faces.map((face) => ({ fileName: face.fileName, url: pathToFileURL(face.path).href })),
  };
}
