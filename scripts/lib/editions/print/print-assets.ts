/**
 * Everything the print page loads besides itself, and where the virtual site serves it:
 * stylesheets, the faces, the Paged.js polyfill and its configuration script. The layout
 * (layouts/print-page.ts) links these URLs; the renderer registers them.
 */
import { join } from "node:path";
import type { VirtualSite } from "../../browser/virtual-site.ts";
import { fontFaceCss, fontFaces, fontStack } from "../../fonts/font-faces.ts";
import type { PageSize } from "../../document/front-matter.ts";
import { stylesDir } from "../../project-paths.ts";
import { printRuntimePath } from "./browser-scripts.ts";
import { patchedPolyfill } from "./paged-polyfill.ts";

export const printAssetUrls = {
  fontsCss: "/fonts.css",
  fontsDir: "/fonts",
  printCss: "/styles/print.css",
  notesCss: "/styles/print-notes.css",
  pageSizeCss: (size: PageSize | string): string => `/styles/print-${size.toLowerCase()}.css`,
  runtimeScript: "/vendor/print-runtime.js",
  polyfillScript: "/vendor/paged.polyfill.js",
};

const pageSizes: PageSize[] = ["A5", "A4", "Letter"];

/** The faces as @font-face rules, plus --font-text: the font stack every edition shares. */
export function printFontsCss(): string {
  return `${fontFaceCss(printAssetUrls.fontsDir)}\n:root { --font-text: ${fontStack}; }\n`;
}

const registered = new WeakSet<VirtualSite>();

/** Serves the print assets from the session's site; once per site, shared by all articles. */
export function registerPrintAssets(site: VirtualSite): void {
  if (registered.has(site)) return;
  site.add(printAssetUrls.fontsCss, printFontsCss());
  for (const face of fontFaces()) site.addFile(`${printAssetUrls.fontsDir}/${face.fileName}`, face.path);
  site.addFile(printAssetUrls.printCss, join(stylesDir, "print.css"));
  site.addFile(printAssetUrls.notesCss, join(stylesDir, "print-notes.css"));
  for (const size of pageSizes) site.addFile(printAssetUrls.pageSizeCss(size), join(stylesDir, `print-${size.toLowerCase()}.css`));
  site.addFile(printAssetUrls.runtimeScript, printRuntimePath);
  site.add(printAssetUrls.polyfillScript, patchedPolyfill);
  registered.add(site);
}
