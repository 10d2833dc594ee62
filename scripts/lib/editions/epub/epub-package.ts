/**
 * The one place epub-gen-memory is used, through its public options only.
 *
 * What the library does: the container, the `mimetype` entry, the stylesheet, each chapter
 * file from our chapter template, the cover from the File we pass, and the package and
 * navigation documents from the templates we pass (ours, complete: they only go through its
 * template engine, which leaves text without `<%` as it is).
 *
 * What it cannot do, and this adapter does on its output, reading and writing the zip with
 * JSZip's public API:
 * - chapter bodies: its clean-up drops every attribute outside its list (`<ol start>`,
 *   `<time datetime>`, `<th scope>`) and rewrites image sources to random names. It is given a
 *   marker per chapter, which the clean-up keeps as text, and the marker is replaced by our
 *   well-formed XHTML (made by toXhtml) in the file it rendered;
 * - fonts: it can only fetch them by URL, and ours are decoded from WOFF2 in memory;
 * - images: it names them by random UUIDs, and the chapters link them by their content hash;
 * - the NCX: it always writes one, which EPUB 3 does not need and our package does not list;
 * - dates and compression: it stamps every entry with the current time and deflates all at
 *   level 9. Every entry gets the book's date (the same book, the same bytes); pictures and
 *   fonts already compressed are stored, the rest deflated at zlib's default level.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { EPub, type Options } from "epub-gen-memory";
import JSZip from "jszip";

export interface ChapterFile {
  title: string;
  fileName: string;
  /** Body content, well-formed XHTML. */
  xhtml: string;
}

export interface EmbeddedImage {
  /** file:// URL of the image. */
  url: string;
  /** File name stem inside OEBPS/images/. */
  id: string;
  extension: string;
  mediaType: string;
}

export interface PackageParts {
  /** Stamped on every zip entry. */
  entryDate: Date;
  packageDocument: string;
  navigationDocument: string;
  images: EmbeddedImage[];
  /** Font files with their path in the zip. */
  fonts: Array<{ path: string; data: Uint8Array }>;
}

type LibraryOptions = Omit<Options, "contentOPF" | "tocXHTML" | "tocNCX" | "fonts">;

const alreadyCompressed = /\.(woff2|png|jpe?g|gif|webp)$/i;

export async function packageEpub(options: LibraryOptions, chapters: readonly ChapterFile[], parts: PackageParts): Promise<Uint8Array> {
  const markers = chapters.map((_, index) => `footnote-press-chapter-body-${index}`);
  const library = new EPub(
    {
      ...options,
      contentOPF: templateText(parts.packageDocument),
      tocXHTML: templateText(parts.navigationDocument),
      tocNCX: "",
      fonts: [],
    },
    chapters.map((chapter, index) => ({ title: chapter.title, filename: chapter.fileName, content: markers[index]! })),
  );
  await library.render();
  // Stored, not deflated: the entries are read back at once and deflated once, below.
  const made = await JSZip.loadAsync(await library.generateAsync({ type: "uint8array", compression: "STORE" }));

  const bodies = new Map(chapters.map((chapter, index) => [`OEBPS/${chapter.fileName}`, { marker: markers[index]!, xhtml: chapter.xhtml }]));
  const entries: Array<{ path: string; data: string | Uint8Array }> = [];
  for (const entry of Object.values(made.files)) {
    if (entry.dir || entry.name === "mimetype" || entry.name === "OEBPS/toc.ncx") continue;
    const body = bodies.get(entry.name);
    if (body) {
      const rendered = await entry.async("string");
      if (!rendered.includes(body.marker)) throw new Error(`epub-gen-memory's ${entry.name} lost the chapter's body marker`);
      entries.push({ path: entry.name, data: rendered.replace(body.marker, () => body.xhtml) });
    } else {
      entries.push({ path: entry.name, data: await entry.async("uint8array") });
    }
  }
  for (const font of parts.fonts) entries.push({ path: font.path, data: font.data });
  for (const image of parts.images) entries.push({ path: `OEBPS/images/${image.id}.${image.extension}`, data: await readFile(fileURLToPath(image.url)) });

  const zip = new JSZip();
  // First and stored, as the EPUB container requires.
  // No folder entries: JSZip would stamp them with the current time.
  const fixed = { date: parts.entryDate, createFolders: false };
  zip.file("mimetype", "application/epub+zip", { ...fixed, compression: "STORE" });
  for (const { path, data } of entries) {
    zip.file(path, data, alreadyCompressed.test(path) ? { ...fixed, compression: "STORE" } : { ...fixed, compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
  return zip.generateAsync({ type: "uint8array", mimeType: "application/epub+zip" });
}

/** The library renders these as EJS templates: `<%%` is how EJS prints a literal `<%`. */
function templateText(text: string): string {
  return text.replaceAll("<%", "<%%");
}
