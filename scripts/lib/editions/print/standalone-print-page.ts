/**
 * The print page as one file, `<slug>/print.html` (`npm run build -- … --print-html`), for
 * pagedjs-cli or any browser: the same page the build lays out, with everything it loads from
 * the build's virtual site written into it instead. Stylesheets become <style> elements in the
 * same order, the faces its text needs become data: URLs, and the print runtime (our Paged.js
 * handlers and configuration) an inline script. Only the article's pictures stay files, in
 * `images/` beside it, where the edition publishes them.
 *
 * pagedjs-cli injects its own Paged.js into the page and calls PagedConfig.before, where the
 * runtime registers its handlers with Paged.registerHandlers. A person opening the file gets
 * the project's Paged.js, patched, started by standalone-start.js.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { printPage } from "../../../../layouts/print-page.ts";
import type { ArticleView } from "../article-view.ts";
import { ToolError } from "../../errors.ts";
import { facesFor } from "../../fonts/faces-for-text.ts";
import { escapeHtml } from "../../markdown/html.ts";
import { stylesDir } from "../../project-paths.ts";
import { printRuntimePath, standaloneStartPath } from "./browser-scripts.ts";
import { patchedPolyfill } from "./paged-polyfill.ts";
import { pageSizeSheet, printFontsCss, printPageCharacters } from "./print-assets.ts";

/**
 * Nothing is fetched: no script or sheet from anywhere, faces only from the page itself,
 * pictures from beside it. Inline scripts and styles are the page's own.
 */
const contentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; font-src data:; img-src 'self' data:";

/** `linkedPage` is the page the build lays out (layouts/print-page.ts): the faces are chosen from its text. */
export async function standalonePrintPage(article: ArticleView, linkedPage: string): Promise<string> {
  const sheetFiles = [pageSizeSheet(article.pageSize), "print.css", "print-notes.css"];
  const [sheets, runtime, start, polyfill, faces] = await Promise.all([
    Promise.all(sheetFiles.map((name) => readFile(join(stylesDir, name), "utf8"))),
    readFile(printRuntimePath, "utf8"),
    readFile(standaloneStartPath, "utf8"),
    patchedPolyfill(),
    facesAsDataUrls(linkedPage, article.lang),
  ]);
  const styles = [faces, ...sheets].map((css, index) => inlineElement("style", css, index === 0 ? "the faces" : `styles/${sheetFiles[index - 1]}`));
  const headExtra = [
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy)}">`,
    ...styles,
    inlineElement("script", runtime, "print-runtime.js"),
    `<script type="text/plain" id="press-paged-polyfill">\n${Buffer.from(polyfill).toString("base64")}\n</script>`,
    inlineElement("script", start, "standalone-start.js"),
  ].join("\n");
  return printPage(article, { stylesheets: [], headExtra });
}

/** The @font-face rules of the faces the page needs, each file written into the rule as a data: URL. */
async function facesAsDataUrls(linkedPage: string, lang: string): Promise<string> {
  const text = printPageCharacters(linkedPage);
  const paths = [...new Set(facesFor(text, lang).map((face) => face.path))];
  const contents = await Promise.all(paths.map((path) => readFile(path)));
  const urls = new Map(paths.map((path, index) => [path, `data:font/woff2;base64,${contents[index]!.toString("base64")}`]));
  return printFontsCss(text, lang, (face) => urls.get(face.path) ?? "");
}

/**
 * `<style>` or `<script>` holding `text` as it is. The HTML parser ends such an element at the
 * first `</style` or `</script`, and treats `<!--` in a script specially: text holding one is
 * refused rather than written broken.
 */
function inlineElement(tag: "style" | "script", text: string, name: string): string {
  if (new RegExp(`</${tag}|<!--`, "i").test(text)) {
    throw new ToolError(`${name} cannot be written into the standalone print page: it holds </${tag} or <!--`, { code: "standalone-print" });
  }
  return `<${tag}>\n${text.trim()}\n</${tag}>`;
}
