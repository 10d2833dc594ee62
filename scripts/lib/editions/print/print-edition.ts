/**
 * The print edition's one entry point: everything the build, the Eleventy plugin and the live
 * preview use of it. Its print page (layouts/print-page.ts), stylesheets, browser code and
 * layout checks stay behind this module.
 */
import type { Article } from "../../document/article.ts";
import type { BrowserSession } from "../../browser/browser-session.ts";
import { printPage } from "../../../../layouts/print-page.ts";
import { addPrintPage, registerPrintAssets } from "./print-assets.ts";
import { renderPrintBody } from "./print-body.ts";
import { checkPrintPageFonts } from "./print-page-fonts.ts";
import type { RenderPdfOptions } from "./render-pdf.ts";
import type { PrintResult } from "./print-result.ts";

export type { PrintResult } from "./print-result.ts";
export type { RenderPdfOptions } from "./render-pdf.ts";
export { standalonePrintPage } from "./standalone-print-page.ts";
/** For a measurement that lays out a print page as the build does (bench/chapter-layout.ts). */
export { layoutEnvironmentScript } from "./layout-environment.ts";
/** `renderPrintBody`: the body the print page lays out, notes at their calls (for the view, web/web-edition.ts). */
export { addPrintPage, registerPrintAssets, printPage, checkPrintPageFonts, renderPrintBody };

/**
 * Lays out the print page in the browser and writes the PDF. Loaded on first use: pdf-lib and
 * the layout code are needed only when there is something to print.
 */
export async function renderPdf(session: BrowserSession, article: Article, printHtml: string, options: RenderPdfOptions = {}): Promise<PrintResult> {
  const { renderPdf: render } = await import("./render-pdf.ts");
  return render(session, article, printHtml, options);
}
