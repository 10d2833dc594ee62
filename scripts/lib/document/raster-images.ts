/**
 * Raster images checked by their content, not their extension. Each file is walked chunk by
 * chunk (PNG chunks with their checksums, JPEG segments to the end-of-image marker, GIF blocks
 * to the trailer, WebP's RIFF chunks), which names what is wrong in words ("the file ends
 * inside the IDAT chunk"), and PNG, JPEG and GIF are then decoded in full by pure-JavaScript
 * decoders (pngjs, jpeg-js in strict mode, omggif), so a file whose pixel data is corrupt or
 * cut short fails too. What is published is the file up to the end of its image: bytes after
 * a PNG's IEND, a JPEG's end-of-image marker or a GIF's trailer (a second file appended to a
 * photo, say) are left out.
 *
 * WebP is checked by its container only: no maintained decoder runs in plain JavaScript, and
 * the e-book refuses WebP anyway (EPUB readers need not show it).
 *
 * Sizes are bounded before decoding (maxPixels), so a small file cannot claim a picture that
 * takes gigabytes to decode.
 */
import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";
import type { PNG as PngType } from "pngjs";

export type RasterFormat = "PNG" | "JPEG" | "GIF" | "WebP";
export type ImageFormat = RasterFormat | "SVG";

/** Why a file is not a valid image of its kind; the message goes inside the parentheses of `is not a valid PNG (…)`. */
export class InvalidImage extends Error {
  override name = "InvalidImage";
}

/** At most this many pixels per frame (a 8000 × 6000 photo is 48 million). */
export const maxPixels = 50_000_000;
/** At most this many pixels decoded over all frames of an animated GIF. */
const maxGifPixels = 400_000_000;

const extensionFormats: Record<string, ImageFormat> = { ".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".gif": "GIF", ".webp": "WebP", ".svg": "SVG" };
const formatExtensions: Record<ImageFormat, string> = { PNG: ".png", JPEG: ".jpg", GIF: ".gif", WebP: ".webp", SVG: ".svg" };

export function formatOfExtension(extension: string): ImageFormat | undefined {
  return extensionFormats[extension.toLowerCase()];
}

/** The format the first bytes announce, if any. */
export function sniffFormat(bytes: Uint8Array): ImageFormat | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 8 && b.subarray(0, 8).equals(pngSignature)) return "PNG";
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "JPEG";
  if (b.length >= 6 && /^GIF8[79]a$/.test(b.toString("latin1", 0, 6))) return "GIF";
  if (b.length >= 12 && b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP") return "WebP";
  const head = b.toString("utf8", 0, Math.min(b.length, 512)).replace(/^\uFEFF/, "").trimStart();
  if (/^<(\?xml|svg[\s>/]|!--|!doctype\s+svg)/i.test(head)) return "SVG";
  return undefined;
}

/**
 * The bytes to publish for a raster image of `format`: the same file, cut at the end of its
 * image. Throws InvalidImage when it is not a complete, decodable image of that format.
 */
export function checkRaster(bytes: Buffer, format: RasterFormat): Buffer {
  const actual = sniffFormat(bytes);
  if (actual !== format) {
    if (actual) throw new InvalidImage(`it holds ${actual} data; give it the extension ${formatExtensions[actual]}`);
    if (bytes.length === 0) throw new InvalidImage("the file is empty");
    throw new InvalidImage(`it does not start with the ${format} signature`);
  }
  switch (format) {
    case "PNG":
      return checkPng(bytes);
    case "JPEG":
      return checkJpeg(bytes);
    case "GIF":
      return checkGif(bytes);
    case "WebP":
      return checkWebp(bytes);
  }
}

// ---------------------------------------------------------------- PNG

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function checkPng(bytes: Buffer): Buffer {
  let offset = 8;
  let first = true;
  let sawData = false;
  let header: PngHeader | undefined;
  const data: Buffer[] = [];
  for (;;) {
    if (offset + 8 > bytes.length) throw new InvalidImage(offset === bytes.length ? "truncated: the file ends before the IEND chunk" : "truncated: the file ends inside a chunk header");
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    if (!/^[A-Za-z]{4}$/.test(type)) throw new InvalidImage(`a chunk at byte ${offset} has no valid type`);
    if (length > 0x7fffffff || offset + 12 + length > bytes.length) throw new InvalidImage(`truncated: the file ends inside the ${type} chunk`);
    const expected = bytes.readUInt32BE(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== expected) throw new InvalidImage(`the ${type} chunk at byte ${offset} is damaged (its checksum does not match)`);
    if (first) {
      if (type !== "IHDR" || length !== 13) throw new InvalidImage("it does not begin with an IHDR chunk");
      const width = bytes.readUInt32BE(offset + 8);
      const height = bytes.readUInt32BE(offset + 12);
      checkDimensions(width, height);
      header = { width, height, bitDepth: bytes[offset + 16]!, colourType: bytes[offset + 17]!, interlaced: bytes[offset + 20] === 1 };
      first = false;
    }
    if (type === "IDAT") {
      sawData = true;
      data.push(bytes.subarray(offset + 8, offset + 8 + length));
    }
    offset += 12 + length;
    if (type === "IEND") break;
  }
  if (!sawData || !header) throw new InvalidImage("it has no image data (no IDAT chunk)");
  checkPngData(Buffer.concat(data), header);
  const image = bytes.subarray(0, offset);
  try {
    const { PNG } = lazyRequire<{ PNG: typeof PngType }>("pngjs");
    PNG.sync.read(image, { checkCRC: true });
  } catch (error) {
    throw new InvalidImage(`its image data cannot be decoded: ${decoderMessage(error)}`);
  }
  return image;
}

interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlaced: boolean;
}

/**
 * The image data inflated whole, its checksum checked, and of exactly the size the header
 * gives. pngjs alone stops inflating once it has the bytes it needs, so damaged data that
 * inflates short was filled from uninitialised memory: the same corrupt file passed or failed
 * from one run to the next.
 */
function checkPngData(compressed: Buffer, header: PngHeader): void {
  let inflated: Buffer;
  try {
    inflated = inflateSync(compressed);
  } catch (error) {
    throw new InvalidImage(`its image data cannot be decoded: ${decoderMessage(error)}`);
  }
  const wanted = pngDataLength(header);
  if (wanted !== undefined && inflated.length !== wanted) throw new InvalidImage(`its image data cannot be decoded: ${inflated.length} bytes where the header calls for ${wanted}`);
}

const channelsByColourType: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7's seven passes: first column and row, and the steps between them. */
const adam7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** Bytes of filtered scanlines a header calls for; undefined for a colour type PNG does not define (the decoder names it). */
export function pngDataLength({ width, height, bitDepth, colourType, interlaced }: PngHeader): number | undefined {
  const channels = channelsByColourType[colourType];
  if (channels === undefined) return undefined;
  const scanlines = (columns: number, rows: number): number => (columns === 0 || rows === 0 ? 0 : rows * (1 + Math.ceil((columns * channels * bitDepth) / 8)));
  if (!interlaced) return scanlines(width, height);
  return adam7.reduce((sum, [x, y, dx, dy]) => sum + scanlines(Math.ceil((width - x) / dx), Math.ceil((height - y) / dy)), 0);
}

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// ---------------------------------------------------------------- JPEG

function checkJpeg(bytes: Buffer): Buffer {
  let offset = 2;
  let frame = false;
  let end = -1;
  while (end < 0) {
    if (offset >= bytes.length) throw new InvalidImage("truncated: the file ends before its end-of-image marker");
    if (bytes[offset] !== 0xff) throw new InvalidImage(`no segment marker at byte ${offset}`);
    while (bytes[offset] === 0xff) offset++; // fill bytes
    if (offset >= bytes.length) throw new InvalidImage("truncated: the file ends before its end-of-image marker");
    const marker = bytes[offset]!;
    offset++;
    if (marker === 0xd9) {
      end = offset;
      break;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue;
    if (marker === 0xd8 || marker === 0x00) throw new InvalidImage(`unexpected marker 0x${marker.toString(16)} at byte ${offset - 1}`);
    if (offset + 2 > bytes.length) throw new InvalidImage("truncated: the file ends inside a segment");
    const length = bytes.readUInt16BE(offset);
    if (length < 2 || offset + length > bytes.length) throw new InvalidImage(`truncated: the file ends inside a segment (marker 0x${marker.toString(16)})`);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (length < 8) throw new InvalidImage("its frame header is too short");
      checkDimensions(bytes.readUInt16BE(offset + 5), bytes.readUInt16BE(offset + 3));
      frame = true;
    }
    offset += length;
    if (marker === 0xda) {
      if (!frame) throw new InvalidImage("its image data comes before any frame header");
      // Entropy-coded data runs to the next marker that is not a stuffed byte or a restart marker.
      for (;;) {
        const next = bytes.indexOf(0xff, offset);
        if (next < 0 || next + 1 >= bytes.length) throw new InvalidImage("truncated: the file ends inside the image data, before its end-of-image marker");
        const following = bytes[next + 1]!;
        if (following === 0x00 || following === 0xff || (following >= 0xd0 && following <= 0xd7)) {
          offset = following === 0xff ? next + 1 : next + 2;
          continue;
        }
        offset = next;
        break;
      }
    }
  }
  if (!frame) throw new InvalidImage("it has no frame header");
  const image = bytes.subarray(0, end);
  try {
    const jpeg = lazyRequire<typeof import("jpeg-js")>("jpeg-js");
    jpeg.decode(image, { useTArray: true, tolerantDecoding: false, maxResolutionInMP: maxPixels / 1e6, maxMemoryUsageInMB: 1024 });
  } catch (error) {
    throw new InvalidImage(`its image data cannot be decoded: ${decoderMessage(error)}`);
  }
  return image;
}

// ---------------------------------------------------------------- GIF

function checkGif(bytes: Buffer): Buffer {
  const need = (offset: number, what: string): void => {
    if (offset > bytes.length) throw new InvalidImage(`truncated: the file ends inside ${what}`);
  };
  need(13, "its header");
  const width = bytes.readUInt16LE(6);
  const height = bytes.readUInt16LE(8);
  checkDimensions(width, height);
  let offset = 13;
  const packed = bytes[10]!;
  if (packed & 0x80) offset += 3 * 2 ** ((packed & 7) + 1);
  need(offset, "its colour table");
  const subBlocks = (what: string): void => {
    for (;;) {
      need(offset + 1, what);
      const size = bytes[offset]!;
      offset += 1 + size;
      need(offset, what);
      if (size === 0) return;
    }
  };
  let frames = 0;
  for (;;) {
    if (offset >= bytes.length) throw new InvalidImage("truncated: the file ends before its trailer");
    const introducer = bytes[offset]!;
    if (introducer === 0x3b) {
      offset++;
      break;
    }
    if (introducer === 0x21) {
      offset += 2;
      subBlocks("an extension block");
    } else if (introducer === 0x2c) {
      need(offset + 10, "an image descriptor");
      const local = bytes[offset + 9]!;
      offset += 10;
      if (local & 0x80) offset += 3 * 2 ** ((local & 7) + 1);
      offset += 1; // LZW minimum code size
      need(offset, "an image descriptor");
      subBlocks("the image data");
      frames++;
    } else {
      throw new InvalidImage(`unexpected byte 0x${introducer.toString(16)} at byte ${offset}`);
    }
  }
  if (frames === 0) throw new InvalidImage("it has no image");
  if (frames * width * height > maxGifPixels) throw new InvalidImage(`its ${frames} frames of ${width} × ${height} pixels are too many to check`);
  const image = bytes.subarray(0, offset);
  try {
    const { GifReader } = lazyRequire<typeof import("omggif")>("omggif");
    const reader = new GifReader(image);
    const pixels = new Uint8Array(reader.width * reader.height * 4);
    for (let i = 0; i < reader.numFrames(); i++) {
      const info = reader.frameInfo(i);
      if (info.x + info.width > reader.width || info.y + info.height > reader.height) throw new Error(`frame ${i + 1} lies outside the picture`);
      reader.decodeAndBlitFrameRGBA(i, pixels);
    }
  } catch (error) {
    throw new InvalidImage(`its image data cannot be decoded: ${decoderMessage(error)}`);
  }
  return image;
}

// ---------------------------------------------------------------- WebP

function checkWebp(bytes: Buffer): Buffer {
  const riffSize = bytes.readUInt32LE(4);
  const end = 8 + riffSize;
  if (riffSize < 4 || end > bytes.length) throw new InvalidImage("truncated: the file is shorter than its RIFF header says");
  let offset = 12;
  let first: string | undefined;
  while (offset < end) {
    if (offset + 8 > end) throw new InvalidImage("truncated: the file ends inside a chunk header");
    const type = bytes.toString("latin1", offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    if (offset + 8 + size > end) throw new InvalidImage(`truncated: the file ends inside the ${type.trim()} chunk`);
    if (first === undefined) {
      first = type;
      if (type === "VP8 ") {
        if (size < 10 || bytes[offset + 11] !== 0x9d || bytes[offset + 12] !== 0x01 || bytes[offset + 13] !== 0x2a) throw new InvalidImage("its VP8 frame has no start code");
        checkDimensions(bytes.readUInt16LE(offset + 14) & 0x3fff, bytes.readUInt16LE(offset + 16) & 0x3fff);
      } else if (type === "VP8L") {
        if (size < 5 || bytes[offset + 8] !== 0x2f) throw new InvalidImage("its VP8L image has no signature");
        const bits = bytes.readUInt32LE(offset + 9);
        checkDimensions((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
      } else if (type === "VP8X") {
        if (size < 10) throw new InvalidImage("its VP8X header is too short");
        checkDimensions(bytes.readUIntLE(offset + 12, 3) + 1, bytes.readUIntLE(offset + 15, 3) + 1);
      } else {
        throw new InvalidImage(`it begins with a ${type} chunk, not an image`);
      }
    }
    offset += 8 + size + (size & 1);
  }
  if (first === undefined) throw new InvalidImage("it has no image");
  return bytes.subarray(0, Math.min(end + (riffSize & 1), bytes.length));
}

// ---------------------------------------------------------------- shared

function checkDimensions(width: number, height: number): void {
  if (width === 0 || height === 0) throw new InvalidImage(`it claims a size of ${width} × ${height} pixels`);
  if (width * height > maxPixels) throw new InvalidImage(`it is ${width} × ${height} pixels, more than the ${maxPixels / 1e6} million an image may have`);
}

function decoderMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // pngjs reports a cut zlib stream in its own words.
  if (/read requests waitng on finished stream|unexpected end/i.test(message)) return "the image data is cut short";
  return message.replace(/\s+/g, " ").replace(/\.$/, "");
}

const requirePackage = createRequire(import.meta.url);
const loaded = new Map<string, unknown>();

/** The decoders are loaded on first use: a build without images never pays for them. */
function lazyRequire<T>(name: string): T {
  let module = loaded.get(name);
  if (module === undefined) loaded.set(name, (module = requirePackage(name)));
  return module as T;
}
