/**
 * The e-book's stylesheet and font files: the same faces as print (fontFaces()), embedded in
 * OEBPS/fonts/, declared with @font-face rules ahead of styles/epub.css.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { fontFaceCss, fontFaces } from "../../fonts/font-faces.ts";
import { stylesDir } from "../../project-paths.ts";

/** Folder of the font files, relative to the stylesheet (both inside OEBPS/). */
export const fontFolder = "fonts";

export interface EmbeddedFont {
  fileName: string;
  /** file:// URL epub-gen-memory reads the font from. */
  url: string;
}

export function embeddedFonts(): EmbeddedFont[] {
  return fontFaces().map((face) => ({ fileName: face.fileName, url: pathToFileURL(face.path).href }));
}

export async function epubStylesheet(): Promise<string> {
  const own = await readFile(join(stylesDir, "epub.css"), "utf8");
  return `${fontFaceCss(fontFolder)}\n\n${own}`;
}
