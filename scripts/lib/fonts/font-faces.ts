/**
 * The faces every edition uses, taken from npm packages (never a CDN), and the one font stack
 * that orders them: Source Serif 4 for text (true italics and bold, Latin with accents, Greek,
 * Cyrillic, Vietnamese), Noto Naskh Arabic for Arabic-script names, and the Noto Serif CJK
 * families, serif like the text face, for Chinese (SC, TC), Japanese (JP) and Korean (KR).
 *
 * Fontsource ships one file per script subset, or per numbered slice for the CJK families,
 * with its unicode-range in the package CSS; we read those ranges from the package rather than
 * copying them. A page declares only the faces its text needs (faces-for-text.ts).
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { readFontsourceSubsets } from "./fontsource-css.ts";
import { formatUnicodeRange, intersectRanges, type CodePointRange } from "./unicode-range.ts";

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
}

export const textFamily = "Source Serif 4";
export const arabicFamily = "Noto Naskh Arabic";
const scFamily = "Noto Serif SC";
const tcFamily = "Noto Serif TC";
const jpFamily = "Noto Serif JP";
const krFamily = "Noto Serif KR";

/** Regular and bold: the CJK families have no italic, and the browser slants the regular. */
const uprightVariants: FaceFamily["variants"] = [
  { weight: 400, style: "normal" },
  { weight: 700, style: "normal" },
];

const families: FaceFamily[] = [
  {
    family: textFamily,
    packageName: "@fontsource/source-serif-4",
    variants: [
      { weight: 400, style: "normal" },
      { weight: 400, style: "italic" },
      { weight: 700, style: "normal" },
      { weight: 700, style: "italic" },
    ],
    subsets: ["latin", "latin-ext", "greek", "cyrillic", "cyrillic-ext", "vietnamese"],
  },
  { family: arabicFamily, packageName: "@fontsource/noto-naskh-arabic", variants: uprightVariants, subsets: ["arabic"] },
  { family: scFamily, packageName: "@fontsource/noto-serif-sc", variants: uprightVariants, subsets: "numbered" },
  { family: jpFamily, packageName: "@fontsource/noto-serif-jp", variants: uprightVariants, subsets: "numbered" },
  { family: krFamily, packageName: "@fontsource/noto-serif-kr", variants: uprightVariants, subsets: "numbered" },
  { family: tcFamily, packageName: "@fontsource/noto-serif-tc", variants: uprightVariants, subsets: "numbered" },
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

const scriptFamilies: ScriptFamily[] = [
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
 * them for each character. The text face comes first (Latin letters and punctuation in CJK text
 * stay in Source Serif); a language may put its own face ahead of the others.
 */
const defaultStack = [textFamily, arabicFamily, hangulFamily, kanaFamily, scFamily, tcFamily, jpFamily, krFamily];

interface LanguageStack {
  /** Language ranges as CSS :lang() matches them: the tag itself or a longer one (`zh` matches `zh-CN`). */
  langs: string[];
  stack: string[];
}

/** Later entries win over earlier ones, as later CSS rules do: `zh-TW` is Traditional, other `zh` Simplified. */
const languageStacks: LanguageStack[] = [
  { langs: ["ar", "fa", "ur", "ps", "ckb", "sd", "ug"], stack: [arabicFamily, textFamily, hangulFamily, kanaFamily, scFamily, tcFamily, jpFamily, krFamily] },
  { langs: ["zh"], stack: [textFamily, arabicFamily, scFamily, hangulFamily, kanaFamily, tcFamily, jpFamily, krFamily] },
  { langs: ["zh-Hant", "zh-TW", "zh-HK", "zh-MO"], stack: [textFamily, arabicFamily, tcFamily, hangulFamily, kanaFamily, scFamily, jpFamily, krFamily] },
  { langs: ["ja"], stack: [textFamily, arabicFamily, jpFamily, hangulFamily, scFamily, tcFamily, krFamily] },
  { langs: ["ko"], stack: [textFamily, arabicFamily, krFamily, kanaFamily, scFamily, tcFamily, jpFamily] },
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
      .map((subset) => ({ family: family.family, ...variant, unicodeRange: subset.unicodeRange, path: join(packageDir, "files", subset.file), fileName: subset.file })),
  );
}

function scriptFaces(script: ScriptFamily, faces: FontFace[]): FontFace[] {
  return faces.flatMap((face) => {
    const ranges = intersectRanges(face.unicodeRange, script.ranges);
    return ranges.length ? [{ ...face, family: script.family, unicodeRange: formatUnicodeRange(ranges) }] : [];
  });
}

/** @font-face rules pointing at `${urlPrefix}/${fileName}`, for every face or the ones given. */
export function fontFaceCss(urlPrefix: string, faces: FontFace[] = fontFaces()): string {
  return faces
    .map(
      (face) => `@font-face {
  font-family: "${face.family}";
  font-style: ${face.style};
  font-weight: ${face.weight};
  font-display: swap;
  src: url("${urlPrefix}/${face.fileName}") format("woff2");
  unicode-range: ${face.unicodeRange};
}`,
    )
    .join("\n");
}
