/**
 * The subsets a Fontsource package declares for one weight and style, read from the
 * package's own CSS (`400.css`, `700-italic.css`) rather than copied, so that an update of
 * the package brings its ranges along.
 *
 * Each @font-face rule follows a comment naming its file: `source-serif-4-latin-400-normal`
 * for a named script subset, `noto-serif-sc-[42]-400-normal` for one of the numbered slices
 * Google Fonts cuts large CJK fonts into (a hundred or so per weight, by character frequency).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface FontsourceSubset {
  /** `latin`, `cyrillic-ext`, or the number of a slice as written: `[42]`. */
  subset: string;
  numbered: boolean;
  /** woff2 file name inside the package's files/ folder. */
  file: string;
  unicodeRange: string;
}

/** The subsets of `@fontsource/<id>` (installed in `packageDir`) for one weight and style. */
export function readFontsourceSubsets(packageDir: string, id: string, weight: number, style: "normal" | "italic"): FontsourceSubset[] {
  const css = readFileSync(join(packageDir, `${weight}${style === "italic" ? "-italic" : ""}.css`), "utf8");
  return parseFontsourceCss(css, `${id}-`, `-${weight}-${style}`);
}

/** The rules of one Fontsource CSS file whose comments read `<prefix><subset><suffix>`. */
export function parseFontsourceCss(css: string, prefix: string, suffix: string): FontsourceSubset[] {
  return [...css.matchAll(/\/\*\s*([\w[\]-]+)\s*\*\/\s*@font-face\s*{([^}]*)}/g)].flatMap((match): FontsourceSubset[] => {
    const name = match[1] ?? "";
    const block = match[2] ?? "";
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    // A face with no unicode-range (a font Fontsource does not cut into subsets, like DejaVu
    // Serif) is asked for every character, as CSS has it.
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1] ?? "U+0-10FFFF";
    if (!file || !name.startsWith(prefix) || !name.endsWith(suffix)) return [];
    const subset = name.slice(prefix.length, -suffix.length);
    if (!subset) return [];
    return [{ subset, numbered: /^\[\d+\]$/.test(subset), file, unicodeRange: range.replace(/\s+/g, "") }];
  });
}
