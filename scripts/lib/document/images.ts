/**
 * Images referenced by an article. Each must be a file inside the article's own folder:
 * remote URLs are refused at once (a build never fetches from the network, so it can
 * neither hang on a dead host nor change with what a server returns), and so are absolute
 * paths and paths that climb out of the folder.
 *
 * The file is read through readContainedFile (contained-path.ts): symbolic links are
 * resolved and the real file must lie inside the real folder, folders, FIFOs, sockets and
 * devices are refused without being opened, and so are hard-linked files. Its content is
 * then checked, not its extension: PNG, JPEG and GIF are decoded in full, WebP's container
 * is walked (raster-images.ts), and SVG is sanitised (svg-sanitiser.ts).
 *
 * What the editions publish is the vetted copy (vetted-files.ts), never the file as written:
 * `path` names it, and the web folder, the print page and the EPUB all read from there.
 */
import { dirname, extname, isAbsolute, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../errors.ts";
import type { Token } from "../markdown/markdown-types.ts";
import type { Note } from "../markdown/footnote-types.ts";
import { readContainedFile } from "../files/contained-path.ts";
import { checkRaster, formatOfExtension, InvalidImage, type ImageFormat } from "./raster-images.ts";
import { sanitiseSvg } from "./svg-sanitiser.ts";
import { storeVetted } from "./vetted-files.ts";
import { shownAddress, unshownPicture } from "./refused-addresses.ts";

export interface ArticleImage {
  /** The src as written in the Markdown. */
  src: string;
  /** Absolute path of the vetted copy every edition publishes (checked, SVG sanitised). */
  path: string;
  /** Real path of the file the article names (every symbolic link resolved). */
  sourcePath?: string;
  /** Name it is published under: hash of the published bytes plus extension, so names never clash. */
  fileName: string;
  line: number;
  format?: ImageFormat;
}

/** Larger image files are refused. */
const maxImageBytes = 64 * 1024 * 1024;

/** Finds, checks and names every image; problems become diagnostics with the image's line. */
/**
 * `root` is the folder images must stay inside: the article's own, or a book's folder for a
 * chapter kept in a subfolder (`chapters/01.md` showing `../images/map.png`). A src is read
 * relative to the file that shows it.
 */
export function collectImages(tokens: Token[], file: string, lineOffset: number, root: string = dirname(resolve(file)), notes: readonly Note[] = []): { images: ArticleImage[]; diagnostics: Diagnostic[] } {
  const base = dirname(resolve(file));
  const folder = resolve(root);
  const images = new Map<string, ArticleImage>();
  const refused = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  // An inline note's tokens have no lines of their own: its line is its call's.
  const inlineNoteLines = new Map(notes.filter((note) => note.inline).map((note) => [note.pluginId, note.line]));
  let line = 1;
  for (const token of tokens) {
    if (token.map) line = token.map[0] + 1 + lineOffset;
    if (token.type === "footnote_open") line = inlineNoteLines.get((token.meta as { id?: number } | null)?.id ?? -1) ?? line;
    for (const child of token.children ?? []) {
      if (child.type !== "image") continue;
      const src = String(child.attrGet("src") ?? "");
      if (images.has(src)) continue;
      const location = { file, line };
      // Each file is read and checked once; a refused one is reported at every line that shows it.
      const known = refused.get(src);
      if (known !== undefined) {
        diagnostics.push({ severity: "error", code: "image", message: known, location });
        continue;
      }
      const checked = checkImage(src, base, folder);
      for (const warning of checked.warnings) diagnostics.push({ severity: "warning", code: "image-sanitised", message: warning, location });
      if ("problem" in checked) {
        refused.set(src, checked.problem);
        diagnostics.push({ severity: "error", code: "image", message: checked.problem, location });
        continue;
      }
      images.set(src, { ...checked.image, line });
    }
  }
  return { images: [...images.values()], diagnostics };
}

type Checked = { image: Omit<ArticleImage, "line">; warnings: string[] } | { problem: string; warnings: string[] };

/** The image, vetted and stored, or a message saying why it cannot be used. */
function checkImage(src: string, base: string, folder: string): Checked {
  const refuse = (problem: string, warnings: string[] = []): Checked => ({ problem, warnings });
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src)?.[1]?.toLowerCase();
  if (scheme === "data") return refuse(`image "${shownAddress(src)}" is written into the text as a data: URL, which no edition takes; save the picture as a file next to the article and link it by its file name`);
  if (scheme === "file") return refuse(unshownPicture(src));
  if (scheme !== undefined || src.startsWith("//")) {
    return refuse(`image "${shownAddress(src)}" is a remote URL: the build never fetches from the network; save the image next to the article and link it by its file name`);
  }
  let decoded: string;
  try {
    decoded = decodeURI(src.split(/[?#]/)[0] ?? "");
  } catch {
    return refuse(`image "${src}" is not a valid path`);
  }
  if (isAbsolute(decoded)) return refuse(`image "${src}" is an absolute path; images must be inside the article's folder`);
  const inside = relative(folder, resolve(base, decoded));
  if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return refuse(`image "${src}" is outside the article's folder; images must be inside it`);
  const format = formatOfExtension(extname(decoded));
  if (!format) return refuse(`image "${src}" is not a PNG, JPEG, GIF, SVG or WebP file`);
  const read = readContainedFile(folder, base === folder ? decoded : inside, { what: "image", name: src, maxBytes: maxImageBytes });
  if (!read.ok) return refuse(read.message);
  let published: Buffer;
  const warnings: string[] = [];
  try {
    if (format === "SVG") {
      const sanitised = sanitiseSvg(read.bytes);
      published = sanitised.svg;
      if (sanitised.removed.length > 0) {
        warnings.push(`image "${src}": removed from the published SVG, which must not run, fetch or read anything: ${sanitised.removed.slice(0, 8).join(", ")}${sanitised.removed.length > 8 ? `, and ${sanitised.removed.length - 8} more` : ""}`);
      }
    } else {
      published = checkRaster(read.bytes, format);
    }
  } catch (error) {
    if (error instanceof InvalidImage) return refuse(`image "${src}" is not a valid ${format} (${error.message})`, warnings);
    throw error;
  }
  const extension = extname(decoded).toLowerCase();
  const stored = storeVetted(published, extension);
  return { image: { src, path: stored.path, sourcePath: read.realPath, fileName: `${stored.hash.slice(0, 16)}${extension}`, format }, warnings };
}
