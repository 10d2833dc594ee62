/**
 * Build-time hyphenation for the print body: soft hyphens (U+00AD) inserted with the TeX
 * patterns of the npm `hyphen` package, because `hyphens: auto` does nothing in headless
 * Chromium here (its dictionaries come from an updater that cannot be reached).
 *
 * The input is markdown-it's rendered text, already HTML-escaped: entities (`&amp;`) are
 * copied untouched, and so is any whitespace-free run that looks like a URL, an e-mail
 * address or a domain, so a link never gains a hyphen a reader might copy.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { TextPlace } from "../../engine/markdown-engine.ts";

export const softHyphen = "\u00AD";

/** Hyphenates one word (letters only); returns it with soft hyphens at the allowed breaks. */
type WordHyphenator = (word: string) => string;
type HyphenatorFactory = (patterns: unknown, options: { html: boolean; minWordLength: number }) => WordHyphenator;

const require = createRequire(import.meta.url);
const patternsDir = join(dirname(require.resolve("hyphen/package.json")), "patterns");

/** Languages whose pattern file is not named after the bare language subtag. */
const patternAliases: Record<string, string> = {
  en: "en-us",
  "en-us": "en-us",
  "en-gb": "en-gb",
  "en-au": "en-gb",
  "en-nz": "en-gb",
  "en-ie": "en-gb",
  "en-in": "en-gb",
  de: "de-1996",
  "de-ch": "de-ch-1901",
  el: "el-monoton",
  no: "nb",
  mn: "mn-cyrl",
  sr: "sr-cyrl",
};

/** Fewest letters kept before and after a break, and shortest word broken: a book setting, stricter than TeX's 2/3, so fewer lines end in a hyphen. */
const minBefore = 3;
const minAfter = 3;
const minWordLength = 6;
/**
 * A table cell's lines are ragged and often narrow: a word that fits its column whole goes to
 * the next line whole (a column of "convoy", "minutes" broke them con-voy, min-utes on A5).
 * Only a word too long for a narrow column is broken.
 */
const minCellWordLength = 10;
/**
 * Longer runs of letters are no words of a language (the longest German law's name has 63
 * letters) but strings of code or data. The patterns' time grows with the square of a run's
 * length (a run of 50,000 letters took 12 s): such a run may break every few letters instead,
 * as Paged.js needs to carry it over pages (it splits text only where a line may break).
 */
const maxWordLength = 100;
const longRunPiece = /[\p{L}\p{M}]{20}(?=\p{L})/gu;

/*
 * Scripts whose lines break between words or syllables with no hyphen: Thai, Lao, Khmer and
 * Burmese (Chromium finds the breaks by dictionary), Chinese and Japanese (between any two
 * characters), Korean and Tibetan. A soft hyphen in such a run printed a hyphen where none is
 * written (สิงค-โปร์ for Singapore): their runs get none, whatever the article's language.
 */
const unhyphenatedScripts = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Tibetan}]/u;

const cache = new Map<string, WordHyphenator | undefined>();

/** The pattern file name for a language tag, or undefined when the package has none. */
export function patternNameFor(lang: string): string | undefined {
  const full = lang.toLowerCase();
  const primary = full.split("-")[0] ?? full;
  for (const candidate of [patternAliases[full], full, patternAliases[primary], primary]) {
    if (candidate && existsSync(join(patternsDir, `${candidate}.js`))) return candidate;
  }
  return undefined;
}

function wordHyphenatorFor(lang: string): WordHyphenator | undefined {
  const name = patternNameFor(lang);
  if (!name) return undefined;
  if (!cache.has(name)) {
    const createPatternHyphenator = require("hyphen") as HyphenatorFactory;
    const patterns = require(join(patternsDir, `${name}.js`)) as unknown;
    cache.set(name, createPatternHyphenator(patterns, { html: false, minWordLength }));
  }
  return cache.get(name);
}

/** Entities, and runs of letters (with combining marks and inner apostrophes). */
const piece = /(&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)/giu;
const urlLike = /:\/\/|^www\.|@|[\p{L}\d]\.[\p{L}\d]|\//iu;

/**
 * A text transform for RenderEnv.transformText, or undefined when no patterns exist for the
 * language (Persian, Arabic, Chinese... are left alone).
 */
export function hyphenatorFor(lang: string): ((escapedHtmlText: string, where?: TextPlace) => string) | undefined {
  const hyphenateWord = wordHyphenatorFor(lang);
  if (!hyphenateWord) return undefined;
  const word = (text: string, shortest: number): string => {
    if (unhyphenatedScripts.test(text)) return text;
    // Acronyms and words with capitals inside (MKO, iPhone) are names: never broken.
    if (text.length > maxWordLength) return text.replace(longRunPiece, (run) => run + softHyphen);
    if (text.length < shortest || /\p{Lu}/u.test(text.slice(1))) return text;
    return trimBreaks(hyphenateWord(text));
  };
  return (escaped, where) => {
    const shortest = where?.tableCell ? minCellWordLength : minWordLength;
    return escaped
      .split(/(\s+)/)
      .map((chunk) => (urlLike.test(chunk) ? chunk : chunk.replace(piece, (match, entity: string | undefined) => (entity ? match : word(match, shortest)))))
      .join("");
  };
}

/** Drops breaks that would leave fewer than minBefore/minAfter letters on a line. */
function trimBreaks(hyphenated: string): string {
  const parts = hyphenated.split(softHyphen);
  if (parts.length === 1) return hyphenated;
  let out = "";
  let seen = 0;
  const total = parts.join("").length;
  parts.forEach((part, i) => {
    if (i > 0) out += seen >= minBefore && total - seen >= minAfter ? softHyphen : "";
    out += part;
    seen += part.length;
  });
  return out;
}
