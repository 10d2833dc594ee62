/**
 * The faces a page needs: those whose unicode-range holds at least one of its characters.
 *
 * A page that declares only these renders exactly as one that declares every face: the
 * browser picks a face per character among those whose range holds it, and every face that
 * holds one of the page's characters is kept. What it saves is the print layout's wait:
 * Paged.js loads every declared face before it lays out the first page, so a Latin-only
 * article used to fetch and decode the Greek, Cyrillic, Vietnamese and Arabic files too.
 */
import { fontFaces, type FontFace } from "./font-faces.ts";

type CodePointRange = readonly [first: number, last: number];

const rangesOfFace = new WeakMap<FontFace, CodePointRange[]>();

/** `U+0000-00FF,U+0131` as [first, last] pairs. */
export function parseUnicodeRange(unicodeRange: string): CodePointRange[] {
  return unicodeRange.split(",").map((part) => {
    const match = /^\s*U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?\s*$/i.exec(part);
    if (!match) throw new Error(`not a unicode-range part: "${part}"`);
    const [, start = "", end] = match;
    // "U+4??" is the range U+400-4FF.
    if (start.includes("?")) return [parseInt(start.replace(/\?/g, "0"), 16), parseInt(start.replace(/\?/g, "F"), 16)];
    return [parseInt(start, 16), parseInt(end ?? start, 16)];
  });
}

function rangesOf(face: FontFace): CodePointRange[] {
  let ranges = rangesOfFace.get(face);
  if (!ranges) rangesOfFace.set(face, (ranges = parseUnicodeRange(face.unicodeRange)));
  return ranges;
}

/** The distinct code points of a text. */
export function codePointsOf(text: string): Set<number> {
  const points = new Set<number>();
  for (const char of text) points.add(char.codePointAt(0) as number);
  return points;
}

/** The faces, in their declared order, that hold at least one of the text's characters. */
export function facesFor(text: string, faces: FontFace[] = fontFaces()): FontFace[] {
  const points = [...codePointsOf(text)];
  return faces.filter((face) => {
    const ranges = rangesOf(face);
    return points.some((point) => ranges.some(([first, last]) => point >= first && point <= last));
  });
}
