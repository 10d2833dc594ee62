/**
 * Reads the EPUB edition back as a reading system does: META-INF/container.xml names the
 * package document, whose spine gives the content documents in reading order. Calls and
 * notes are read from each, and every link between them is followed, across documents: each
 * call's to its note, each backlink to its call.
 */
import { posix } from "node:path";
import JSZip from "jszip";
import { VerifyError } from "../errors.ts";
import type { ExtractedEdition } from "./edition-types.ts";
import { NoteMarkupReader } from "./html-notes.ts";
import { descendants, parseHtml, type HtmlElement } from "./html-tree.ts";
import { bodyText } from "./html-body-text.ts";

export async function extractEpubEdition(bytes: Uint8Array, file = "book.epub"): Promise<ExtractedEdition> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new VerifyError(`${file} is not a readable EPUB (zip): ${(error as Error).message}`, { code: "epub-unreadable", location: { file }, cause: error });
  }
  const spine = await spineDocuments(zip, file);
  const reader = new NoteMarkupReader();
  const texts: string[] = [];
  for (const path of spine) {
    const entry = zip.file(path);
    if (!entry) throw new VerifyError(`${file}: the spine lists ${path}, which is not in the EPUB`, { code: "epub-spine", location: { file } });
    const root = parseHtml(await entry.async("string"));
    reader.read(root, path);
    texts.push(bodyText(root));
  }
  return { kind: "epub", calls: reader.resolvedCalls(), notes: reader.resolvedNotes(), parts: spine.length, bodyText: texts.join(" ") };
}

/** Zip paths of the spine's content documents, in reading order. */
export async function spineDocuments(zip: JSZip, file: string): Promise<string[]> {
  const container = await readEntry(zip, "META-INF/container.xml", file);
  const rootfile = findAll(parseHtml(container), "rootfile")[0]?.attrs["full-path"];
  if (!rootfile) throw new VerifyError(`${file}: META-INF/container.xml names no package document`, { code: "epub-container", location: { file } });
  const opf = parseHtml(await readEntry(zip, rootfile, file));
  const base = posix.dirname(rootfile);
  const hrefs = new Map<string, string>();
  for (const item of findAll(opf, "item")) {
    if (item.attrs.id && item.attrs.href) hrefs.set(item.attrs.id, item.attrs.href);
  }
  return findAll(opf, "itemref").flatMap((itemref) => {
    const href = hrefs.get(itemref.attrs.idref ?? "");
    if (href === undefined) return [];
    return [posix.normalize(posix.join(base, decodeURIComponent(href)))];
  });
}

async function readEntry(zip: JSZip, path: string, file: string): Promise<string> {
  const entry = zip.file(path);
  if (!entry) throw new VerifyError(`${file}: ${path} is missing from the EPUB`, { code: "epub-structure", location: { file } });
  return entry.async("string");
}

/** Elements by local name, whatever namespace prefix the package uses (`opf:item`). */
function findAll(root: HtmlElement, localName: string): HtmlElement[] {
  return [...descendants(root)].filter((element) => element.name === localName || element.name.endsWith(`:${localName}`));
}
