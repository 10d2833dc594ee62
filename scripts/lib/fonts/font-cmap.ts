/**
 * The characters a WOFF2 file really has glyphs for, read from its cmap table.
 *
 * A face's unicode-range says which characters the browser may ask it for, not that it has
 * them: Source Serif's Latin file declares U+2000-206F whole and has no ⁂ (U+2042), and the
 * browser would take that character from a system font. Reading the cmap needs only the
 * WOFF2 table directory and the Brotli stream (node:zlib's); no font library is needed, and
 * none of the glyph tables is parsed. It is read synchronously, once per file and process,
 * so that choosing a page's faces stays a plain function (the web template calls it).
 */
import { readFileSync } from "node:fs";
import { brotliDecompressSync } from "node:zlib";
import type { FlatRanges } from "./unicode-range.ts";

/** The tags a WOFF2 table directory names by index (WOFF2 specification, 5.1). */
const knownTags = (
  "cmap head hhea hmtx maxp name OS/2 post cvt_ fpgm glyf loca prep CFF_ VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx " +
  "BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG_ sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty " +
  "just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill"
)
  .split(" ")
  .map((tag) => tag.replace("_", " "));

const cmaps = new Map<string, FlatRanges>();

/** The code points `path` (a WOFF2 file) maps to a glyph, as sorted, disjoint flat pairs; read once per process. */
export function cmapOf(path: string): FlatRanges {
  let cmap = cmaps.get(path);
  if (!cmap) cmaps.set(path, (cmap = readWoff2Cmap(readFileSync(path), path)));
  return cmap;
}

export function readWoff2Cmap(bytes: Buffer, name: string): FlatRanges {
  const fail = (why: string): never => {
    throw new Error(`${name}: ${why}`);
  };
  if (bytes.length < 48 || bytes.readUInt32BE(0) !== 0x774f4632) fail("not a WOFF2 file");
  if (bytes.readUInt32BE(4) === 0x74746366) fail("a font collection, not a font");
  const tableCount = bytes.readUInt16BE(12);
  const compressedSize = bytes.readUInt32BE(20);
  let at = 48;
  const base128 = (): number => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = bytes[at++] ?? fail("table directory cut short");
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    return fail("bad UIntBase128");
  };
  // Tables follow one another in the decompressed stream in directory order, unpadded.
  let offset = 0;
  let cmap: { offset: number; length: number } | undefined;
  for (let table = 0; table < tableCount; table++) {
    const flags = bytes[at++] ?? fail("table directory cut short");
    let tag = knownTags[flags & 0x3f];
    if ((flags & 0x3f) === 0x3f) {
      tag = bytes.toString("latin1", at, at + 4);
      at += 4;
    }
    let length = base128();
    const version = flags >> 6;
    // glyf and loca are transformed unless their version is 3; other tables unless it is 0.
    const transformed = tag === "glyf" || tag === "loca" ? version !== 3 : version !== 0;
    if (transformed) length = base128();
    if (tag === "cmap") cmap = { offset, length };
    offset += length;
  }
  if (!cmap) return fail("no cmap table");
  const tables = brotliDecompressSync(bytes.subarray(at, at + compressedSize));
  return readCmapTable(tables.subarray(cmap.offset, cmap.offset + cmap.length), fail);
}

/** The mapped code points of a cmap table, from its Unicode subtable (format 12, else format 4). */
function readCmapTable(table: Buffer, fail: (why: string) => never): FlatRanges {
  const subtables = table.readUInt16BE(2);
  let format4: number | undefined;
  for (let index = 0; index < subtables; index++) {
    const platform = table.readUInt16BE(4 + index * 8);
    const encoding = table.readUInt16BE(6 + index * 8);
    const offset = table.readUInt32BE(8 + index * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = table.readUInt16BE(offset);
    if (format === 12) return readFormat12(table, offset);
    if (format === 4) format4 ??= offset;
  }
  return format4 === undefined ? fail("no Unicode cmap subtable") : readFormat4(table, format4);
}

function readFormat12(table: Buffer, offset: number): FlatRanges {
  const groups = table.readUInt32BE(offset + 12);
  const ranges = new Uint32Array(groups * 2);
  for (let group = 0; group < groups; group++) {
    ranges[2 * group] = table.readUInt32BE(offset + 16 + group * 12);
    ranges[2 * group + 1] = table.readUInt32BE(offset + 20 + group * 12);
  }
  return ranges;
}

function readFormat4(table: Buffer, offset: number): FlatRanges {
  const segments = table.readUInt16BE(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const mapped: number[] = [];
  for (let segment = 0; segment < segments; segment++) {
    const start = table.readUInt16BE(starts + segment * 2);
    const end = table.readUInt16BE(ends + segment * 2);
    const delta = table.readUInt16BE(deltas + segment * 2);
    const rangeOffset = table.readUInt16BE(rangeOffsets + segment * 2);
    for (let point = start; point <= end && point !== 0xffff; point++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (point + delta) & 0xffff;
      else {
        glyph = table.readUInt16BE(rangeOffsets + segment * 2 + rangeOffset + (point - start) * 2);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph === 0) continue;
      const last = mapped.length - 1;
      if (last > 0 && mapped[last] === point - 1) mapped[last] = point;
      else mapped.push(point, point);
    }
  }
  return Uint32Array.from(mapped);
}
