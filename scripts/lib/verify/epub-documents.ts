/**
 * The EPUB's content documents in spine order, and its navigation document (the one the
 * package marks `properties="nav"`), parsed as the verifier reads HTML: what the
 * cross-reference check follows links across.
 */
import { posix } from "node:path";
import JSZip from "jszip";
import { spineDocuments } from "./epub-edition.ts";
import { descendants, parseHtml, type HtmlElement } from "./html-tree.ts";

export interface EpubDocuments {
  documents: Array<{ path: string; root: HtmlElement }>;
  /** Zip path of the navigation document. */
  navPath?: string;
}

export async function readEpubDocuments(bytes: Uint8Array, file: string): Promise<EpubDocuments> {
  const zip = await JSZip.loadAsync(bytes);
  const spine = await spineDocuments(zip, file);
  const rootfile = [...descendants(parseHtml((await zip.file("META-INF/container.xml")?.async("string")) ?? ""))].find((element) => element.name === "rootfile")?.attrs["full-path"] ?? "";
  const opf = parseHtml((await zip.file(rootfile)?.async("string")) ?? "");
  const navHref = [...descendants(opf)].find((element) => element.name.endsWith("item") && (element.attrs.properties ?? "").split(/\s+/).includes("nav"))?.attrs.href;
  const navPath = navHref === undefined ? undefined : posix.normalize(posix.join(posix.dirname(rootfile), decodeURIComponent(navHref)));
  const paths = navPath && !spine.includes(navPath) ? [...spine, navPath] : spine;
  const documents: EpubDocuments["documents"] = [];
  for (const path of paths) {
    const text = await zip.file(path)?.async("string");
    if (text !== undefined) documents.push({ path, root: parseHtml(text) });
  }
  return { documents, navPath };
}
