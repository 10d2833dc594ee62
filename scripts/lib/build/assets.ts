/** Shared files of the web edition under <out>/assets: the stylesheet, the CJK families' sheets and the font files they name. */
import { copyFile, mkdir, readFile, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { familyFaces, fontStackCss, type FontFace } from "../fonts/font-faces.ts";
import { facesFor } from "../fonts/faces-for-text.ts";
import { familySheets, sharedFamilies, sharedFontCss } from "../fonts/web-font-sheets.ts";
import { stylesDir } from "../project-paths.ts";
import { temporarySuffix, writeFileAtomic } from "./atomic-write.ts";
import { asOutputError } from "./output-error.ts";

/**
 * web.css declares the text and Arabic faces and sets --font-text, the font stack, per
 * language; a page that needs a CJK family links that family's sheet too (web-font-sheets.ts).
 * Each rule has its range: a browser fetches only the files holding characters of its page.
 * The text and Arabic files are all published; of the CJK families' nine hundred files, those
 * the published pages use (publishFontsFor).
 */
export async function publishAssets(outDir: string): Promise<void> {
  const assets = join(outDir, "assets");
  const css = `${sharedFontCss()}\n\n${fontStackCss(":root", "--font-text")}\n\n${await readFile(join(stylesDir, "web.css"), "utf8")}`;
  await writeFileAtomic(join(assets, "web.css"), css);
  await mkdir(join(assets, "fonts"), { recursive: true });
  await Promise.all([
    ...familySheets().map(async (sheet) => writeFileAtomic(join(assets, "fonts", sheet.fileName), sheet.css)),
    publishFaces(outDir, sharedFamilies.flatMap(familyFaces)),
  ]);
}

export interface PublishedPage {
  html: string;
  lang: string;
}

/**
 * The font files web pages need: those a browser will fetch for their text. A page published
 * by an earlier build into the same folder had its files published then.
 */
export async function publishFontsFor(outDir: string, pages: PublishedPage[]): Promise<void> {
  await publishFaces(outDir, pages.flatMap((page) => facesFor(page.html, page.lang)));
}

async function publishFaces(outDir: string, faces: FontFace[]): Promise<void> {
  const files = new Map(faces.map((face) => [face.fileName, face.path]));
  await mkdir(join(outDir, "assets", "fonts"), { recursive: true });
  await Promise.all([...files].map(async ([fileName, path]) => publishFontFile(path, join(outDir, "assets", "fonts", fileName))));
}

/**
 * Copies a font file unless one of the same size is there: reading both to find them equal, on
 * every build, is not worth it. A file's name carries its family, subset, weight and style; an
 * update of a package that kept every size of every file is not a case worth a read.
 */
async function publishFontFile(source: string, target: string): Promise<void> {
  const [from, to] = await Promise.all([stat(source), stat(target).catch(() => undefined)]);
  if (to?.size === from.size) return;
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}${temporarySuffix}`);
  try {
    await copyFile(source, temporary);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw asOutputError(error, target);
  }
}
