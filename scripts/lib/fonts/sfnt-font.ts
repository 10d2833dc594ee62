/**
 * A face's file as a plain OpenType font (TrueType or CFF outlines), decoded from the WOFF2
 * that Fontsource ships. E-book readers and converters that do not decode WOFF2 (calibre's
 * font check and its Kindle conversion among them) see a WOFF2 file as a font with no name,
 * OS/2 or post table, and drop it; the decoded font has every table of the original.
 */
import { readFile } from "node:fs/promises";
import decompress from "wawoff2/decompress.js";

export interface SfntFont {
  /** The WOFF2 file's name with the extension of its outlines: `.ttf` or `.otf`. */
  fileName: string;
  /**
   * EPUB 3.0's core media type for OpenType fonts, TrueType outlines included (the package says
   * version 3.0; calibre's check holds a 3.0 book to it, and EPUBCheck accepts it).
   */
  mediaType: "application/vnd.ms-opentype";
  /** What @font-face's format() calls it. */
  cssFormat: "truetype" | "opentype";
  data: Uint8Array;
}

const decoded = new Map<string, Promise<Uint8Array>>();

/**
 * The decoder hands back a view of its own memory, which the next decoding overwrites. Between
 * its return and the copy another decoding could run (each waits for the decoder to start,
 * then runs when the event loop reaches it), and a face came out as another's bytes. One
 * decoding at a time, each copied before the next starts.
 */
let lastDecoding: Promise<unknown> = Promise.resolve();

export function decodeInTurn(bytes: Uint8Array): Promise<Uint8Array> {
  const decoding = lastDecoding.then(async () => new Uint8Array(await decompress(bytes)));
  lastDecoding = decoding.catch(() => undefined);
  return decoding;
}

/** The decoded font of a WOFF2 file, read and decoded once per process. */
export async function sfntFont(woff2Path: string, woff2FileName: string): Promise<SfntFont> {
  let data = decoded.get(woff2Path);
  if (!data) {
    data = readFile(woff2Path).then((bytes) => decodeInTurn(bytes));
    decoded.set(woff2Path, data);
  }
  const bytes = await data;
  const cff = String.fromCharCode(...bytes.subarray(0, 4)) === "OTTO";
  return {
    fileName: sfntFileName(woff2FileName, cff),
    mediaType: "application/vnd.ms-opentype",
    cssFormat: cff ? "opentype" : "truetype",
    data: bytes,
  };
}

export function sfntFileName(woff2FileName: string, cff: boolean): string {
  return woff2FileName.replace(/\.woff2$/i, "") + (cff ? ".otf" : ".ttf");
}
