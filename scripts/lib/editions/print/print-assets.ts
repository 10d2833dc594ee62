/**
 * Everything the print page loads besides itself, and where the virtual site serves it:
 * stylesheets, the faces, the Paged.js polyfill and its configuration script. The layout
 * (layouts/print-page.ts) links these URLs; the renderer registers them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { VirtualSite } from "../../browser/virtual-site.ts";
import { fontFaceCss, fontFiles, fontStackCss, type FontFace } from "../../fonts/font-faces.ts";
import { facesFor } from "../../fonts/faces-for-text.ts";
import type { PageSize } from "../../document/front-matter.ts";
import { stylesDir } from "../../project-paths.ts";
import { printRuntimePath } from "./browser-scripts.ts";
import { patchedPolyfill } from "./paged-polyfill.ts";

export const printAssetUrls = {
  /** Each print page has its own sheet of faces, holding only those its text needs. */
  fontsCss: (slug: string): string => `/${slug}/fonts.css`,
  fontsDir: "/fonts",
  printCss: "/styles/print.css",
  notesCss: "/styles/print-notes.css",
  pageSizeCss: (size: PageSize | string): string => `/styles/print-${size.toLowerCase()}.css`,
  runtimeScript: "/vendor/print-runtime.js",
  polyfillScript: "/vendor/paged.polyfill.js",
};

const pageSizes: PageSize[] = ["A5", "A4", "Letter"];
const printSheets = ["print.css", "print-notes.css", ...pageSizes.map((size) => `print-${size.toLowerCase()}.css`)];

/** The file in styles/ of a page size's sheet. */
export const pageSizeSheet = (size: PageSize | string): string => `print-${size.toLowerCase()}.css`;

/**
 * The faces `text` in `lang` needs as @font-face rules, plus --font-text: the font stack every
 * edition shares. Each face's file is under the fonts folder of the virtual site, or at the URL
 * `urlOf` gives (the standalone page's data: URLs).
 */
export function printFontsCss(text: string, lang: string, urlOf?: (face: FontFace) => string): string {
  return `${fontFaceCss(urlOf ?? printAssetUrls.fontsDir, facesFor(text, lang))}\n${fontStackCss(":root", "--font-text")}\n`;
}

/**
 * Every character a print page can show: its HTML and the text the stylesheets generate
 * (`content: "*\2002*"`, escapes decoded). Markup adds only ASCII, which the Latin faces
 * hold anyway.
 */
export function printPageCharacters(printHtml: string): string {
  const sheets = printSheets.map((name) => readFileSync(join(stylesDir, name), "utf8")).join("\n");
  // Comments print nothing (and hold "×" and "→", which no face needs to be loaded for).
  const unescaped = sheets.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)));
  return printHtml + unescaped;
}

/** Renders under way per site and slug: the same article may be laid out in several pages at once. */
const pagesInUse = new WeakMap<VirtualSite, Map<string, number>>();

/**
 * Serves one article's print page and its sheet of faces; returns what removes them. They are
 * removed when the last render of that article that added them is done: Paged.js fetches the
 * sheet again while it lays out, so a render finishing first must not take it from another.
 */
export function addPrintPage(site: VirtualSite, slug: string, printHtml: string, lang: string): { path: string; remove(): void } {
  const path = `/${slug}/print.html`;
  site.add(path, printHtml);
  site.add(printAssetUrls.fontsCss(slug), printFontsCss(printPageCharacters(printHtml), lang));
  const inUse = pagesInUse.get(site) ?? new Map<string, number>();
  pagesInUse.set(site, inUse);
  inUse.set(slug, (inUse.get(slug) ?? 0) + 1);
  let removed = false;
  return {
    path,
    remove: () => {
      if (removed) return;
      removed = true;
      const left = (inUse.get(slug) ?? 1) - 1;
      if (left > 0) {
        inUse.set(slug, left);
        return;
      }
      inUse.delete(slug);
      site.remove(path);
      site.remove(printAssetUrls.fontsCss(slug));
    },
  };
}

const registered = new WeakSet<VirtualSite>();

/** Serves the print assets from the session's site; once per site, shared by all articles. */
export function registerPrintAssets(site: VirtualSite): void {
  if (registered.has(site)) return;
  for (const face of fontFiles()) site.addFile(`${printAssetUrls.fontsDir}/${face.fileName}`, face.path);
  site.addFile(printAssetUrls.printCss, join(stylesDir, "print.css"));
  site.addFile(printAssetUrls.notesCss, join(stylesDir, "print-notes.css"));
  for (const size of pageSizes) site.addFile(printAssetUrls.pageSizeCss(size), join(stylesDir, `print-${size.toLowerCase()}.css`));
  site.addFile(printAssetUrls.runtimeScript, printRuntimePath);
  site.add(printAssetUrls.polyfillScript, patchedPolyfill);
  registered.add(site);
}
