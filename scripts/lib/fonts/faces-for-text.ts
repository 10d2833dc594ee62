/**
 * The faces a page needs: for each of its characters, the faces of the first family of the
 * font stack that has it, which is where the browser takes it from: among those whose
 * unicode-range holds it, the first whose file really has a glyph for it (its cmap). A range
 * can promise more than the file holds (the Chinese face's slices list 한 and ↩, and have
 * neither); declared, such a face would be fetched for nothing, and the next family, where the
 * browser then looks, would be missing.
 *
 * A page that declares only these renders exactly as one that declares every face. What it
 * saves is the print layout's wait: Paged.js loads every declared face before it lays out the
 * first page, so a Latin-only article would fetch and decode the Greek, Arabic and CJK files too
 * (the CJK slices hold Latin letters and punctuation, but the text face comes before them).
 */
import { emojiFamily, familyFaces, familyNames, stackFamilies, type FontFace } from "./font-faces.ts";
import { cmapOf } from "./font-cmap.ts";
import { RangeIndex } from "./range-index.ts";
import { flatHolds, flatRanges, type FlatRanges } from "./unicode-range.ts";

const indexes = new Map<string, RangeIndex<FontFace[]>>();

/** The index of one family's faces by code point, built the first time a text reaches that family. */
function familyIndex(family: string): RangeIndex<FontFace[]> {
  let index = indexes.get(family);
  if (!index) {
    // The weights and styles of one subset share its range: each range is indexed once.
    const byRange = new Map<string, FontFace[]>();
    for (const face of familyFaces(family)) byRange.set(face.unicodeRange, [...(byRange.get(face.unicodeRange) ?? []), face]);
    index = new RangeIndex([...byRange].map(([range, faces]) => [flatRanges(range), faces] as const));
    indexes.set(family, index);
  }
  return index;
}

/** The distinct code points of a text. */
export function codePointsOf(text: string): Set<number> {
  const points = new Set<number>();
  for (const char of text) points.add(char.codePointAt(0) as number);
  return points;
}

export interface FacesHolding {
  family: string;
  /** The family's faces whose range holds the character: its weights and styles. */
  faces: readonly FontFace[];
}

/**
 * Where the browser finds a glyph for `point` in text in `lang`: none when no embedded face has
 * one. Faces of one family whose ranges overlap are all tried (Latin and Latin Extended both
 * list U+0131); the weights and styles of a subset share its characters, so one file per range
 * is read.
 */
export function facesHolding(point: number, lang = "en"): FacesHolding | undefined {
  for (const family of stackFamilies(lang)) {
    const faces = familyFacesHolding(family, point);
    if (faces.length) return { family, faces };
  }
  return undefined;
}

/** The faces of one family whose range holds `point` and whose file has a glyph for it. */
function familyFacesHolding(family: string, point: number): FontFace[] {
  return familyIndex(family)
    .at(point)
    .filter((faces) => faces[0] !== undefined && hasGlyph(cmapOf(faces[0].path), point))
    .flat();
}

/**
 * Whether a font's cmap gives `point` a glyph as the browser's shaper sees it: HarfBuzz sets a
 * non-breaking hyphen (U+2011) the font lacks with the font's hyphen (U+2010), so a face with
 * only the hyphen sets both, and the browser takes U+2011 from it (Noto Sans Math, in English).
 */
export function hasGlyph(cmap: FlatRanges, point: number): boolean {
  return flatHolds(cmap, point) || (point === 0x2011 && flatHolds(cmap, 0x2010));
}

/**
 * Emoji sequences: a pictograph or keycap base followed by VS16, a skin tone, tags, the keycap
 * mark, or a zero width joiner and more (❤️, 👍🏽, #️⃣, 🤷‍♀️, 🏳️‍🌈). The browser shapes such a
 * cluster whole in one face: when the face of its first character cannot (Noto Sans Symbols 2
 * has 🏳 and not 🌈, the text face has # and not the keycap mark), in the emoji face, whose
 * slice holding the whole sequence must then be declared too.
 */
const emojiSequence = /[#*0-9\p{Extended_Pictographic}\p{Regional_Indicator}](?:[\uFE0F\u20E3\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]|\u200D[\p{Extended_Pictographic}\p{Emoji_Component}])+/gu;

/** The emoji face's faces each emoji sequence of `text` may be shaped in, besides the faces of its characters. */
function emojiSequenceFaces(text: string): FontFace[] {
  if (!/[\uFE0F\u20E3\u200D\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/u.test(text)) return [];
  const points = new Set<number>();
  for (const [sequence] of text.matchAll(emojiSequence)) for (const char of sequence) points.add(char.codePointAt(0) as number);
  return [...points].flatMap((point) => familyFacesHolding(emojiFamily, point));
}

/**
 * Characters that print nothing and need no glyph: spaces, controls, format characters
 * (joiners, direction marks, soft hyphens) and variation selectors, which take the face of the
 * character they follow. The Arabic number signs and the few other format characters that do
 * print a mark are not among them.
 */
const nothingPrinted = /^(?:\p{White_Space}|\p{Cc}|\p{Default_Ignorable_Code_Point}|(?![\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}])\p{Cf})$/u;

export function printsNothing(point: number): boolean {
  return nothingPrinted.test(String.fromCodePoint(point));
}

/**
 * The faces, in their declared order, that a text in `lang` is set in. Characters that print
 * nothing are passed over: a line break no face has a glyph for would otherwise send the
 * search through every family of the stack.
 */
export function facesFor(text: string, lang = "en"): FontFace[] {
  const needed = new Set<FontFace>(emojiSequenceFaces(text));
  for (const point of codePointsOf(text)) {
    if (printsNothing(point)) continue;
    for (const face of facesHolding(point, lang)?.faces ?? []) needed.add(face);
  }
  const families = new Set([...needed].map((face) => face.family));
  return familyNames.filter((family) => families.has(family)).flatMap((family) => familyFaces(family).filter((face) => needed.has(face)));
}
