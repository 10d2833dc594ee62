/**
 * The faces every edition uses, taken from npm packages (never a CDN): Source Serif 4 for
 * text (true italics and bold, Latin with accents, Greek, Cyrillic, Vietnamese) and Noto
 * Naskh Arabic as the fallback for Arabic-script names (Arabic and Persian letters).
 *
 * Fontsource ships one file per script subset with its unicode-range in the package CSS;
 * we read those ranges from the package rather than copying them.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface FontFace {
  family: string;
  weight: number;
  style: "normal" | "italic";
  unicodeRange: string;
  /** Absolute path of the woff2 file inside node_modules. */
  path: string;
  /** File name, unique across faces, used when the file is copied or served. */
  fileName: string;
}

interface FaceFamily {
  family: string;
  packageName: string;
  variants: Array<{ weight: number; style: "normal" | "italic" }>;
  subsets: string[];
}

export const textFamily = "Source Serif 4";
export const arabicFamily = "Noto Naskh Arabic";
/** The CSS font stack of all editions: text face first, Arabic-script fallback next. */
export const fontStack = `"${textFamily}", "${arabicFamily}", serif`;

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
  {
    family: arabicFamily,
    packageName: "@fontsource/noto-naskh-arabic",
    variants: [
      { weight: 400, style: "normal" },
      { weight: 700, style: "normal" },
    ],
    subsets: ["arabic"],
  },
];

const require = createRequire(import.meta.url);
let cached: FontFace[] | undefined;

/** Every face file with its range, read once per process. */
export function fontFaces(): FontFace[] {
  cached ??= families.flatMap(readFamily);
  return cached;
}

function readFamily(family: FaceFamily): FontFace[] {
  const packageDir = dirname(require.resolve(`${family.packageName}/package.json`));
  return family.variants.flatMap((variant) => {
    const cssName = `${variant.weight}${variant.style === "italic" ? "-italic" : ""}.css`;
    const css = readFileSync(join(packageDir, cssName), "utf8");
    return [...css.matchAll(/\/\* ([\w-]+) \*\/\s*@font-face\s*{([^}]*)}/g)].flatMap((match): FontFace[] => {
      const block = match[2] ?? "";
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      const subset = family.subsets.find((name) => file?.includes(`-${name}-${variant.weight}-`));
      if (!file || !range || !subset) return [];
      return [{ family: family.family, ...variant, unicodeRange: range.trim(), path: join(packageDir, "files", file), fileName: file }];
    });
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
