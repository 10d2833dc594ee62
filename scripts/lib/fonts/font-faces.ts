/**
 * The faces every edition uses, taken from npm packages (never a CDN), and the one font stack
 * that orders them: Source Serif 4 for text (true italics and bold, Latin with accents, Greek,
 * Cyrillic, Vietnamese), Vazirmatn for Arabic-script names, the Noto Serif CJK
 * families, serif like the text face, for Chinese (SC, TC), Japanese (JP) and Korean (KR), and a
 * Noto face for each other script a note may quote (Hebrew, the Indic scripts, Thai, Tibetan…).
 * Behind the text face come the fallbacks for what it lacks: Noto Serif (extended Latin and IPA,
 * polytonic Greek, superscripts and subscripts, letterlike symbols); Noto Sans Math, Noto Sans
 * Symbols and Noto Sans Symbols 2 (arrows, mathematical operators, the U+2010 hyphen, enclosed
 * numbers, dingbats, geometric shapes); DejaVu Serif (fractions such as ⅓, the interrobang,
 * rarer punctuation and combining marks); and, last, Noto Emoji (monochrome outlines, which
 * print as glyphs with their text in the PDF).
 *
 * Fontsource ships one file per script subset, or per numbered slice for the CJK families,
 * with its unicode-range in the package CSS; we read those ranges from the package rather than
 * copying them. A page declares only the faces its text needs (faces-for-text.ts).
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { readFontsourceSubsets } from "./fontsource-css.ts";
import { cmapOf } from "./font-cmap.ts";
import { flatHolds, formatUnicodeRange, intersectRanges, parseUnicodeRange, type CodePointRange } from "./unicode-range.ts";

export interface FontFace {
  /** The CSS family name the face is declared under (a script family's own name, see below). */
  family: string;
  weight: number;
  style: "normal" | "italic";
  unicodeRange: string;
  /** Absolute path of the woff2 file inside node_modules. */
  path: string;
  /** File name, unique across files, used when the file is copied or served. */
  fileName: string;
}

interface FaceFamily {
  family: string;
  packageName: string;
  variants: Array<{ weight: number; style: "normal" | "italic" }>;
  /** Named script subsets to use, or the numbered CJK slices (not the package's Latin copies). */
  subsets: string[] | "numbered";
  /**
   * Each face's unicode-range is the package CSS's, unless this is given: then it is what the
   * file's own cmap holds within these blocks. Noto Sans Math ships one "latin" file, declared
   * for the Latin range, that is the whole font: three thousand characters, arrows and
   * operators among them, and the Latin, Greek, Cyrillic and Arabic letters of formulas, which
   * must not take the place of the text and script faces.
   */
  cmapWithin?: readonly CodePointRange[];
}

export const textFamily = "Source Serif 4";
/**
 * Vazirmatn draws each letter, dots and all, as one glyph: a PDF's text layer then maps every
 * shaped glyph back to its letter. Noto Naskh Arabic drew dotted letters as a dotless form plus
 * dot glyphs shared by several letters, which no ToUnicode map can turn back into letters for
 * an extractor that ignores /ActualText (MuPDF 1.21's command line read U+FFFD).
 */
export const arabicFamily = "Vazirmatn";
/** The serif face for the letters, marks and signs the text face lacks. */
export const fallbackSerifFamily = "Noto Serif";
/** Faces for the scripts Source Serif and Noto Serif lack, each one script's Noto Serif. */
const hebrewFamily = "Noto Serif Hebrew";
const devanagariFamily = "Noto Serif Devanagari";
const thaiFamily = "Noto Serif Thai";
const armenianFamily = "Noto Serif Armenian";
const georgianFamily = "Noto Serif Georgian";
/**
 * The other scripts of South and Southeast Asia, Tibetan, Ethiopic, Syriac and Thaana: Noto
 * Serif where Fontsource has it, Noto Sans where it has only that (Gurmukhi, Kannada, Oriya,
 * Ethiopic, Syriac, Thaana).
 */
const otherScriptFaces: ReadonlyArray<{ family: string; packageName: string; subset: string }> = [
  { family: "Noto Serif Bengali", packageName: "@fontsource/noto-serif-bengali", subset: "bengali" },
  { family: "Noto Serif Tamil", packageName: "@fontsource/noto-serif-tamil", subset: "tamil" },
  { family: "Noto Serif Telugu", packageName: "@fontsource/noto-serif-telugu", subset: "telugu" },
  { family: "Noto Serif Gujarati", packageName: "@fontsource/noto-serif-gujarati", subset: "gujarati" },
  { family: "Noto Sans Gurmukhi", packageName: "@fontsource/noto-sans-gurmukhi", subset: "gurmukhi" },
  { family: "Noto Sans Kannada", packageName: "@fontsource/noto-sans-kannada", subset: "kannada" },
  { family: "Noto Serif Malayalam", packageName: "@fontsource/noto-serif-malayalam", subset: "malayalam" },
  { family: "Noto Sans Oriya", packageName: "@fontsource/noto-sans-oriya", subset: "oriya" },
  { family: "Noto Serif Sinhala", packageName: "@fontsource/noto-serif-sinhala", subset: "sinhala" },
  { family: "Noto Serif Tibetan", packageName: "@fontsource/noto-serif-tibetan", subset: "tibetan" },
  { family: "Noto Serif Khmer", packageName: "@fontsource/noto-serif-khmer", subset: "khmer" },
  { family: "Noto Serif Lao", packageName: "@fontsource/noto-serif-lao", subset: "lao" },
  { family: "Noto Serif Myanmar", packageName: "@fontsource/noto-serif-myanmar", subset: "myanmar" },
  { family: "Noto Sans Ethiopic", packageName: "@fontsource/noto-sans-ethiopic", subset: "ethiopic" },
  { family: "Noto Sans Syriac", packageName: "@fontsource/noto-sans-syriac", subset: "syriac" },
  { family: "Noto Sans Thaana", packageName: "@fontsource/noto-sans-thaana", subset: "thaana" },
];
export const emojiFamily = "Noto Emoji";
const mathFamily = "Noto Sans Math";
const symbolsFamily = "Noto Sans Symbols";
const symbols2Family = "Noto Sans Symbols 2";
/** The last fallback for text: a serif with the punctuation and number forms the faces before it lack. */
const lastSerifFamily = "DejaVu Serif";
const scFamily = "Noto Serif SC";
const tcFamily = "Noto Serif TC";
const jpFamily = "Noto Serif JP";
const krFamily = "Noto Serif KR";

/** Regular and bold: the CJK families have no italic, and the browser slants the regular. */
const uprightVariants: FaceFamily["variants"] = [
  { weight: 400, style: "normal" },
  { weight: 700, style: "normal" },
];

/** Regular, italic, bold and bold italic, as the text face has them. */
const textVariants: FaceFamily["variants"] = [
  { weight: 400, style: "normal" },
  { weight: 400, style: "italic" },
  { weight: 700, style: "normal" },
  { weight: 700, style: "italic" },
];

/**
 * Characters shown as emoji by default (Emoji_Presentation: 😀, ⭐, ⚽, the regional indicators
 * of flags, the skin tones) are taken from the emoji face only: no other family declares them.
 * The symbol and CJK faces hold two hundred of them as text glyphs (Noto Sans Symbols 2's ⭐ and
 * ☕, the CJK faces' ⚽), which would set some emoji of a text in one design and the rest in
 * another. Characters that are text by default (❤, ✈, ♀, ↔) stay with the faces that have
 * them, the emoji face being the last fallback; it declares everything it holds, so that an
 * emoji sequence (🤷‍♀️, ❤️‍🔥, #️⃣) is shaped whole in it: a face asked for only part of a
 * sequence draws missing-glyph boxes.
 */
const emojiPresentation = /\p{Emoji_Presentation}/u;

export function isEmojiPresentation(point: number): boolean {
  return emojiPresentation.test(String.fromCodePoint(point));
}

/** The blocks every Emoji_Presentation character is in (a test checks the whole code space). */
export const emojiBlocks: readonly CodePointRange[] = [
  [0x2300, 0x2bff],
  [0x3000, 0x33ff],
  [0x1f000, 0x1ffff],
];

let emojiPresentationRanges: CodePointRange[] | undefined;

/** The Emoji_Presentation characters as sorted ranges, computed once (a few thousand code points to test). */
function emojiRanges(): CodePointRange[] {
  if (!emojiPresentationRanges) {
    const ranges: Array<[number, number]> = [];
    for (const [first, last] of emojiBlocks) {
      for (let point = first; point <= last; point++) {
        if (!isEmojiPresentation(point)) continue;
        const previous = ranges[ranges.length - 1];
        if (previous && previous[1] === point - 1) previous[1] = point;
        else ranges.push([point, point]);
      }
    }
    emojiPresentationRanges = ranges;
  }
  return emojiPresentationRanges;
}

const families: FaceFamily[] = [
  {
    family: textFamily,
    packageName: "@fontsource/source-serif-4",
    variants: textVariants,
    subsets: ["latin", "latin-ext", "greek", "cyrillic", "cyrillic-ext", "vietnamese"],
  },
  {
    family: fallbackSerifFamily,
    packageName: "@fontsource/noto-serif",
    variants: textVariants,
    // greek-ext is polytonic Greek; math, superscripts and subscripts and letterlike symbols.
    subsets: ["latin", "latin-ext", "greek", "greek-ext", "cyrillic", "cyrillic-ext", "vietnamese", "math"],
  },
  {
    family: mathFamily,
    packageName: "@fontsource/noto-sans-math",
    variants: [{ weight: 400, style: "normal" }],
    subsets: ["latin"],
    // Punctuation, super- and subscripts, letterlike symbols, arrows, operators, technical and
    // geometric signs (U+2000-2BFF), mathematical alphanumerics, Arabic mathematical letters,
    // geometric shapes extended.
    cmapWithin: [
      [0x2000, 0x2bff],
      [0x1d400, 0x1d7ff],
      [0x1ee00, 0x1eeff],
      [0x1f780, 0x1f7ff],
    ],
  },
  { family: symbolsFamily, packageName: "@fontsource/noto-sans-symbols", variants: uprightVariants, subsets: ["symbols"] },
  { family: symbols2Family, packageName: "@fontsource/noto-sans-symbols-2", variants: [{ weight: 400, style: "normal" }], subsets: ["symbols"] },
  {
    family: lastSerifFamily,
    packageName: "@fontsource/dejavu-serif",
    variants: textVariants,
    subsets: ["latin"],
    // What no face before it has, of what writers use: fractions (⅓ ⅔ ⅛), the interrobang ‽,
    // reversed quotation marks (‛ ‟), the triangular bullet ‣, per ten thousand ‱, the
    // reversed question mark ⸮, combining marks and modifier letters a linguist writes.
    cmapWithin: [
      [0x02b0, 0x036f],
      [0x1dc0, 0x1dff],
      [0x2000, 0x206f],
      [0x2150, 0x218f],
      [0x2e00, 0x2e7f],
      [0xa700, 0xa71f],
    ],
  },
  { family: arabicFamily, packageName: "@fontsource/vazirmatn", variants: uprightVariants, subsets: ["arabic"] },
  { family: hebrewFamily, packageName: "@fontsource/noto-serif-hebrew", variants: uprightVariants, subsets: ["hebrew"] },
  { family: devanagariFamily, packageName: "@fontsource/noto-serif-devanagari", variants: uprightVariants, subsets: ["devanagari"] },
  { family: thaiFamily, packageName: "@fontsource/noto-serif-thai", variants: uprightVariants, subsets: ["thai"] },
  { family: armenianFamily, packageName: "@fontsource/noto-serif-armenian", variants: uprightVariants, subsets: ["armenian"] },
  { family: georgianFamily, packageName: "@fontsource/noto-serif-georgian", variants: uprightVariants, subsets: ["georgian"] },
  ...otherScriptFaces.map(({ family, packageName, subset }): FaceFamily => ({ family, packageName, variants: uprightVariants, subsets: [subset] })),
  { family: scFamily, packageName: "@fontsource/noto-serif-sc", variants: uprightVariants, subsets: "numbered" },
  { family: jpFamily, packageName: "@fontsource/noto-serif-jp", variants: uprightVariants, subsets: "numbered" },
  { family: krFamily, packageName: "@fontsource/noto-serif-kr", variants: uprightVariants, subsets: "numbered" },
  { family: tcFamily, packageName: "@fontsource/noto-serif-tc", variants: uprightVariants, subsets: "numbered" },
  { family: emojiFamily, packageName: "@fontsource/noto-emoji", variants: uprightVariants, subsets: "numbered" },
];

/** The npm packages the faces come from (their versions are part of a build's inputs). */
export const fontPackages: string[] = families.map((family) => family.packageName);

/**
 * A family's faces declared again under a name of their own, cut to one script. In text whose
 * language does not say otherwise, Hangul is set in the Korean face and kana in the Japanese
 * one, while Han characters, shared by the three languages, go to the Simplified Chinese face:
 * the Chinese and Japanese faces hold a few Hangul syllables and kana too, and a Korean word
 * would otherwise come out of two fonts.
 */
interface ScriptFamily {
  family: string;
  of: string;
  ranges: CodePointRange[];
}

const hangulFamily = "Noto Serif KR Hangul";
const kanaFamily = "Noto Serif JP Kana";
/**
 * The text face's accented Latin letters (ā, ō, ř, ẓ), tried before the text face itself. Its
 * Latin subset lacks ō but has o and the combining macron, and the shaper, finding ō missing,
 * builds it from those two glyphs: the page looks right, but a PDF's text layer then reads
 * "o" and a mark, and extractors split the word ("Tō kyō"), so a search for it fails. Tried
 * first, the subsets that hold the letter whole set it as one glyph; letters and marks it
 * lacks (x̄, a mark typed apart) fall through to the text face as before.
 */
export const accentedFamily = "Source Serif 4 Accented";

const scriptFamilies: ScriptFamily[] = [
  {
    family: accentedFamily,
    of: textFamily,
    // Latin Extended-A and -B, Latin Extended Additional.
    ranges: [[0x0100, 0x024f], [0x1e00, 0x1eff]],
  },
  {
    family: hangulFamily,
    of: krFamily,
    // Jamo, compatibility jamo, jamo extended A and B, syllables, halfwidth jamo.
    ranges: [[0x1100, 0x11ff], [0x3130, 0x318f], [0xa960, 0xa97f], [0xac00, 0xd7ff], [0xffa0, 0xffdc]],
  },
  {
    family: kanaFamily,
    of: jpFamily,
    // Hiragana, katakana, phonetic extensions, halfwidth katakana, kana supplements.
    ranges: [[0x3040, 0x30ff], [0x31f0, 0x31ff], [0xff65, 0xff9f], [0x1b000, 0x1b16f]],
  },
];

/**
 * The font stack, decided here for every edition: families in the order the browser tries
 * them for each character, the first whose face has a glyph for it setting it (the build asks
 * the same, of the same files: faces-for-text.ts). The text face comes first (Latin letters
 * and punctuation in CJK text stay in Source Serif); Arabic-script languages put the Arabic
 * face ahead of it. The emoji face comes last in every stack.
 *
 * Then the fallbacks for what the text face lacks. In text of a language that is not Chinese,
 * Japanese or Korean: Noto Serif (ʽ, ₀₁₂, ⁷, ὺ ῶ), then the symbol faces (→, ≤, ✓, ①, and
 * the hyphen U+2010, whose glyph the shaper also sets the non-breaking hyphen U+2011 with), all
 * ahead of the script faces, whose few Latin signs are not meant for Latin text (the Arabic
 * face's U+2010 sits on the baseline, the CJK faces' is a full em wide). What only a CJK face
 * has (⁂) comes from it. Behind every face but the emoji one, DejaVu Serif gives what none of
 * them has (⅓, ‽, ‣).
 *
 * In Chinese, Japanese or Korean text the language's CJK faces come right after the text face,
 * ahead of Noto Serif and the symbol faces: ℃, →, ○, ※ and U+2010 are set as that language
 * sets them. The Arabic face comes after them there.
 */
const symbolFamilies = [mathFamily, symbolsFamily, symbols2Family];
const cjkFamilies = [hangulFamily, kanaFamily, scFamily, tcFamily, jpFamily, krFamily];
/** The faces of one script each, after the Arabic face: none holds a character another needs. */
const otherScriptFamilies = [hebrewFamily, devanagariFamily, thaiFamily, armenianFamily, georgianFamily, ...otherScriptFaces.map((face) => face.family)];
const defaultStack = [accentedFamily, textFamily, fallbackSerifFamily, ...symbolFamilies, arabicFamily, ...otherScriptFamilies, ...cjkFamilies, lastSerifFamily, emojiFamily];

/** A CJK language's stack: its CJK faces (`cjk`, in order) right behind the text face. */
const cjkStack = (cjk: string[]): string[] => [accentedFamily, textFamily, ...cjk, fallbackSerifFamily, ...symbolFamilies, arabicFamily, ...otherScriptFamilies, lastSerifFamily, emojiFamily];

interface LanguageStack {
  /** Language ranges as CSS :lang() matches them: the tag itself or a longer one (`zh` matches `zh-CN`). */
  langs: string[];
  stack: string[];
}

/** Later entries win over earlier ones, as later CSS rules do: `zh-TW` is Traditional, other `zh` Simplified. */
const languageStacks: LanguageStack[] = [
  { langs: ["ar", "fa", "ur", "ps", "ckb", "sd", "ug"], stack: [arabicFamily, accentedFamily, textFamily, fallbackSerifFamily, ...symbolFamilies, ...otherScriptFamilies, ...cjkFamilies, lastSerifFamily, emojiFamily] },
  { langs: ["zh"], stack: cjkStack([scFamily, hangulFamily, kanaFamily, tcFamily, jpFamily, krFamily]) },
  { langs: ["zh-Hant", "zh-TW", "zh-HK", "zh-MO"], stack: cjkStack([tcFamily, hangulFamily, kanaFamily, scFamily, jpFamily, krFamily]) },
  { langs: ["ja"], stack: cjkStack([jpFamily, hangulFamily, scFamily, tcFamily, krFamily]) },
  { langs: ["ko"], stack: cjkStack([krFamily, kanaFamily, scFamily, tcFamily, jpFamily]) },
];

/** Whether a language tag is matched by a :lang() range (case-insensitive, whole subtags). */
export function languageMatches(lang: string, range: string): boolean {
  const tag = lang.toLowerCase();
  const wanted = range.toLowerCase();
  return tag === wanted || tag.startsWith(`${wanted}-`);
}

/** The families of the font stack for text in `lang`, first tried first. */
export function stackFamilies(lang = "en"): readonly string[] {
  return languageStacks.findLast((entry) => entry.langs.some((range) => languageMatches(lang, range)))?.stack ?? defaultStack;
}

const stackValue = (stack: readonly string[]): string => `${stack.map((family) => `"${family}"`).join(", ")}, serif`;

/** The CSS font stack for text in `lang` (the last resort, `serif`, is never reached: the build checks coverage). */
export function fontStack(lang = "en"): string {
  return stackValue(stackFamilies(lang));
}

/**
 * Rules setting `property` (font-family, or a custom property a stylesheet reads) to the font
 * stack on `selector`, with one rule per language that has a stack of its own.
 */
export function fontStackCss(selector: string, property: string): string {
  const rules = [`${selector} { ${property}: ${stackValue(defaultStack)}; }`];
  for (const entry of languageStacks) {
    rules.push(`${entry.langs.map((lang) => `${selector}:lang(${lang})`).join(", ")} { ${property}: ${stackValue(entry.stack)}; }`);
  }
  return rules.join("\n");
}

const require = createRequire(import.meta.url);
const byFamily = new Map<string, FontFace[]>();

/**
 * The faces declared under one family name, read (or, for a script family, cut) the first time
 * they are asked for: a Latin article never reads the CJK packages' hundreds of ranges.
 */
export function familyFaces(name: string): FontFace[] {
  let faces = byFamily.get(name);
  if (!faces) {
    const family = families.find((candidate) => candidate.family === name);
    const script = scriptFamilies.find((candidate) => candidate.family === name);
    faces = family ? readFamily(family) : script ? scriptFaces(script, familyFaces(script.of)) : [];
    byFamily.set(name, faces);
  }
  return faces;
}

/** Every family name, in the order their faces are declared. */
export const familyNames: readonly string[] = [...families.map((family) => family.family), ...scriptFamilies.map((script) => script.family)];

/** Every face with its range, script families' faces included. */
export function fontFaces(): FontFace[] {
  return familyNames.flatMap(familyFaces);
}

/** Every font file, once (a script family's faces share their files with their family's). */
export function fontFiles(): FontFace[] {
  return families.flatMap((family) => familyFaces(family.family));
}

function readFamily(family: FaceFamily): FontFace[] {
  const packageDir = dirname(require.resolve(`${family.packageName}/package.json`));
  const id = family.packageName.replace(/^@fontsource\//, "");
  return family.variants.flatMap((variant) =>
    readFontsourceSubsets(packageDir, id, variant.weight, variant.style)
      .filter((subset) => (family.subsets === "numbered" ? subset.numbered : family.subsets.includes(subset.subset)))
      .flatMap((subset): FontFace[] => {
        const path = join(packageDir, "files", subset.file);
        let unicodeRange = family.cmapWithin ? formatUnicodeRange(intersectRanges(formatUnicodeRange(cmapCharacters(path)), family.cmapWithin)) : subset.unicodeRange;
        if (family.family !== emojiFamily && intersectRanges(unicodeRange, emojiBlocks).length) {
          const ranges = parseUnicodeRange(unicodeRange);
          const kept = subtractRanges(ranges, emojiRanges());
          if (!kept.length) return [];
          if (size(kept) !== size(ranges)) unicodeRange = formatUnicodeRange(kept);
        }
        return [{ family: family.family, ...variant, unicodeRange, path, fileName: subset.file }];
      }),
  );
}

const size = (ranges: readonly CodePointRange[]): number => ranges.reduce((sum, [first, last]) => sum + last - first + 1, 0);

/**
 * The characters a file sets, read from its cmap, with U+2011 when it has only U+2010: the
 * shaper sets the one with the other's glyph (faces-for-text.ts, hasGlyph), and the face must
 * be declared for it.
 */
function cmapCharacters(path: string): CodePointRange[] {
  const cmap = cmapOf(path);
  const pairs = flatPairs(cmap);
  return flatHolds(cmap, 0x2010) && !flatHolds(cmap, 0x2011) ? [...pairs, [0x2011, 0x2011] as const].sort((x, y) => x[0] - y[0]) : pairs;
}

function flatPairs(flat: ArrayLike<number>): CodePointRange[] {
  return Array.from({ length: flat.length / 2 }, (_, index) => [flat[2 * index] as number, flat[2 * index + 1] as number] as const);
}

/** The code points of `ranges` not in `minus` (sorted, disjoint), as ranges sorted by their first code point. */
export function subtractRanges(ranges: readonly CodePointRange[], minus: readonly CodePointRange[]): CodePointRange[] {
  const kept: CodePointRange[] = [];
  for (const [first, last] of [...ranges].sort((a, b) => a[0] - b[0])) {
    let from = first;
    // The first range of `minus` that ends at or after `from` (binary search), then those that overlap.
    let low = 0;
    let high = minus.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((minus[middle] as CodePointRange)[1] < from) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < minus.length && from <= last; index++) {
      const [cutFirst, cutLast] = minus[index] as CodePointRange;
      if (cutFirst > last) break;
      if (cutFirst > from) kept.push([from, cutFirst - 1]);
      from = Math.max(from, cutLast + 1);
    }
    if (from <= last) kept.push([from, last]);
  }
  return kept;
}

function scriptFaces(script: ScriptFamily, faces: FontFace[]): FontFace[] {
  return faces.flatMap((face) => {
    const ranges = intersectRanges(face.unicodeRange, script.ranges);
    return ranges.length ? [{ ...face, family: script.family, unicodeRange: formatUnicodeRange(ranges) }] : [];
  });
}

/** Where a face's file is published, when not under its own name as WOFF2 (the e-book's decoded fonts). */
export type FaceSource = (face: FontFace) => { fileName: string; format: string };

const asShipped: FaceSource = (face) => ({ fileName: face.fileName, format: "woff2" });

/**
 * @font-face rules pointing at `${urlPrefix}/${fileName}` (or at the URL a function gives, such
 * as a data: URL), for every face or the ones given.
 */
export function fontFaceCss(urlPrefix: string | ((face: FontFace) => string), faces: FontFace[] = fontFaces(), source: FaceSource = asShipped): string {
  const urlOf = typeof urlPrefix === "string" ? (face: FontFace) => `${urlPrefix}/${source(face).fileName}` : urlPrefix;
  return faces
    .map((face) => {
      const { format } = source(face);
      return `@font-face {
  font-family: "${face.family}";
  font-style: ${face.style};
  font-weight: ${face.weight};
  font-display: swap;
  src: url("${urlOf(face)}") format("${format}");
  unicode-range: ${face.unicodeRange};
}`;
    })
    .join("\n");
}
