/**
 * Runs of text in a script foreign to the language around them, read from the Unicode script
 * of each character, and the language and direction each such run is marked with.
 *
 * Each letter belongs to one writing system, keyed by its ISO 15924 code. Chinese characters
 * are shared by Chinese, Japanese and Korean: in text of another language a Han character
 * joins the kana (Jpan) or Hangul (Kore) next to it, and is Chinese (Hani) only among neither;
 * in Chinese, Japanese or Korean text it always belongs to the text around it, since nothing
 * tells a Japanese word's kanji from the Chinese words beside it. Characters of no script (spaces,
 * punctuation, digits, combining marks) belong to a run only when they stand between two
 * letters of that run: "محمد رضا" is one run, the parentheses around it are not.
 *
 * A run is foreign when its script is not one the surrounding language is written in (from
 * the likely script of the language tag, as Unicode's CLDR gives it: fa is Arab, ja is Jpan).
 * Its language is the one the article maps that script to (`scriptLanguages:` in the front
 * matter), or else the most widely read language of the script: a script says which letters
 * are used, never for sure which language, and an author who knows better says so. Arabic
 * script alone is told further by its letters (see arabic-script-language.ts).
 */

import { arabicRunLanguage } from "./arabic-script-language.ts";

export interface ScriptRun {
  /** UTF-16 offsets of the run in the text. */
  start: number;
  end: number;
  /** ISO 15924 key: Latn, Arab, Jpan (kana with their Han), Kore (Hangul with its Han), Hani... */
  script: string;
}

export interface MarkedRun extends ScriptRun {
  lang: string;
  /**
   * `rtl` for a right-to-left run in left-to-right text. A left-to-right run in right-to-left
   * text gets none: the bidirectional algorithm already sets its letters left to right, and an
   * isolating `dir="ltr"` moved the neutral characters around it (a Persian article's
   * "Abrahamian, The Coup (2013)." came out of the PDF's text layer in another order).
   */
  dir?: "rtl";
}

interface ScriptInfo {
  key: string;
  pattern: RegExp;
  /** The language a run of this script is taken to be in when the article names none. */
  language: string;
  rtl?: boolean;
}

/** The scripts told apart, with the language assumed for each (see the README's "Languages"). */
const scripts: ScriptInfo[] = [
  { key: "Latn", pattern: /\p{Script=Latin}/u, language: "en" },
  { key: "Grek", pattern: /\p{Script=Greek}/u, language: "el" },
  { key: "Cyrl", pattern: /\p{Script=Cyrillic}/u, language: "ru" },
  { key: "Arab", pattern: /\p{Script=Arabic}/u, language: "ar", rtl: true },
  { key: "Hebr", pattern: /\p{Script=Hebrew}/u, language: "he", rtl: true },
  { key: "Syrc", pattern: /\p{Script=Syriac}/u, language: "syr", rtl: true },
  { key: "Thaa", pattern: /\p{Script=Thaana}/u, language: "dv", rtl: true },
  { key: "Armn", pattern: /\p{Script=Armenian}/u, language: "hy" },
  { key: "Geor", pattern: /\p{Script=Georgian}/u, language: "ka" },
  { key: "Deva", pattern: /\p{Script=Devanagari}/u, language: "hi" },
  { key: "Thai", pattern: /\p{Script=Thai}/u, language: "th" },
  { key: "Beng", pattern: /\p{Script=Bengali}/u, language: "bn" },
  { key: "Guru", pattern: /\p{Script=Gurmukhi}/u, language: "pa" },
  { key: "Gujr", pattern: /\p{Script=Gujarati}/u, language: "gu" },
  { key: "Orya", pattern: /\p{Script=Oriya}/u, language: "or" },
  { key: "Taml", pattern: /\p{Script=Tamil}/u, language: "ta" },
  { key: "Telu", pattern: /\p{Script=Telugu}/u, language: "te" },
  { key: "Knda", pattern: /\p{Script=Kannada}/u, language: "kn" },
  { key: "Mlym", pattern: /\p{Script=Malayalam}/u, language: "ml" },
  { key: "Sinh", pattern: /\p{Script=Sinhala}/u, language: "si" },
  { key: "Tibt", pattern: /\p{Script=Tibetan}/u, language: "bo" },
  { key: "Khmr", pattern: /\p{Script=Khmer}/u, language: "km" },
  { key: "Laoo", pattern: /\p{Script=Lao}/u, language: "lo" },
  { key: "Mymr", pattern: /\p{Script=Myanmar}/u, language: "my" },
  { key: "Ethi", pattern: /\p{Script=Ethiopic}/u, language: "am" },
  { key: "Jpan", pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, language: "ja" },
  { key: "Kore", pattern: /\p{Script=Hangul}/u, language: "ko" },
  { key: "Hani", pattern: /\p{Script=Han}/u, language: "zh" },
];

const byKey = new Map(scripts.map((script) => [script.key, script]));

/** Letters read to tell a text's script: enough for any article, few enough for a book. */
const sampledLetters = 20_000;

export interface ScriptLanguageGuess {
  lang?: string;
  /**
   * Where no script holds two thirds of the letters but one other than Latin holds a third
   * or more: its language and share, for a warning that the text's language was not told.
   */
  unclear?: { lang: string; percent: number };
}

/**
 * The language an article is most likely written in when its front matter names none, from
 * the script two thirds of its letters or more are in (addresses left out): Japanese where
 * kana stand among the Chinese characters, Korean for Hangul, Chinese for Chinese characters
 * alone, and each other script's language as above (Arabic script as its letters tell).
 * No `lang` for Latin letters, which do not tell one language from another, and for a text
 * of mixed scripts: an English article quoting Persian at length is not Persian, and a slim
 * majority would turn its pages right to left.
 */
export function scriptLanguageGuess(text: string): ScriptLanguageGuess {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of text.replace(/\bhttps?:\/\/\S+/g, " ")) {
    if (!/\p{L}/u.test(char)) continue;
    const key = scripts.find((script) => script.pattern.test(char))?.key ?? "other";
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (++letters >= sampledLetters) break;
  }
  const count = (key: string): number => counts.get(key) ?? 0;
  const clear = (share: number): boolean => share * 3 >= letters * 2;
  // Japanese and Korean beside each other (a text quoting all three) is no one language.
  const few = (key: string): boolean => count(key) * 10 < letters;
  const candidates: Array<{ lang: string; share: number }> = [];
  if (count("Jpan") > 0 && few("Kore")) candidates.push({ lang: "ja", share: count("Jpan") + count("Hani") });
  else if (count("Kore") > 0 && few("Jpan")) candidates.push({ lang: "ko", share: count("Kore") + count("Hani") });
  else if (few("Jpan") && few("Kore")) candidates.push({ lang: "zh", share: count("Hani") });
  // The other script with the most letters; Latin letters do not tell a language.
  const [key, share] = [...counts].filter(([script]) => !["Jpan", "Kore", "Hani", "Latn", "other"].includes(script)).sort((a, b) => b[1] - a[1])[0] ?? ["Latn", 0];
  const lang = key === "Arab" ? arabicRunLanguage(text, "ar") : byKey.get(key)?.language;
  if (lang) candidates.push({ lang, share });
  const best = candidates.filter((candidate) => candidate.share > 0).sort((a, b) => b.share - a.share)[0];
  if (!best) return {};
  if (clear(best.share)) return { lang: best.lang };
  return best.share * 3 >= letters ? { unclear: { lang: best.lang, percent: Math.round((best.share / letters) * 100) } } : {};
}

/** The keys a script-language map may name: those above. */
export const scriptKeys: readonly string[] = scripts.map((script) => script.key);

/** Scripts that have letters of their own in a language written in `script`. */
function nativeScripts(script: string | undefined): Set<string> {
  if (script === "Jpan") return new Set(["Jpan", "Hani"]);
  if (script === "Kore") return new Set(["Kore", "Hani"]);
  if (script === "Hans" || script === "Hant" || script === "Hani") return new Set(["Hani"]);
  // A tag whose script CLDR does not know is taken to be written in Latin letters.
  return new Set([script ?? "Latn"]);
}

const scriptByLanguage = new Map<string, string | undefined>();

/** The script a language tag is written in: its own script subtag, else CLDR's likely one. */
export function scriptOfLanguage(lang: string): string | undefined {
  // Asked for every text token, with the few tags an article uses: ICU is asked once per tag.
  if (scriptByLanguage.has(lang)) return scriptByLanguage.get(lang);
  let script: string | undefined;
  try {
    script = new Intl.Locale(lang).maximize().script;
  } catch {
    script = undefined;
  }
  scriptByLanguage.set(lang, script);
  return script;
}

/** A BCP 47 tag in its canonical spelling (`FR-ca` → `fr-CA`), or undefined if it is none. */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Whether text in `lang` runs right to left. */
export function isRightToLeft(lang: string): boolean {
  const script = scriptOfLanguage(lang);
  return script !== undefined && byKey.get(script)?.rtl === true;
}

/** The base direction of a document or passage in `lang`, for its `dir`. */
export function languageDirection(lang: string): "ltr" | "rtl" {
  return isRightToLeft(lang) ? "rtl" : "ltr";
}

function keyOf(char: string): string | undefined {
  // Every character of every text is asked about, from an alphabet of few characters: each
  // distinct one is tested against the scripts' patterns once.
  if (keyByCharacter.has(char)) return keyByCharacter.get(char);
  const key = scripts.find((script) => script.pattern.test(char))?.key;
  keyByCharacter.set(char, key);
  return key;
}

const keyByCharacter = new Map<string, string | undefined>();

const mark = /^\p{M}$/u;

/**
 * Every run of letters of one script, neutral characters inside a run included. With
 * `hanStays`, Han characters are left as Hani instead of joining the kana or Hangul beside them.
 *
 * A mark standing alone (the virama of "क + ् + ष", after a space) opens a run of its own. Left
 * inside the run, it made one character with the space before it, which the browser set in the
 * text face: a face without the mark, so the page showed an empty box. Opening an element, it
 * is set in its script's face, on the dotted circle that face draws for a mark alone.
 */
export function scriptRuns(text: string, hanStays = false): ScriptRun[] {
  const letters: Array<{ start: number; end: number; key: string; loneMark?: boolean }> = [];
  let offset = 0;
  let previousEnd = -1;
  for (const char of text) {
    const key = keyOf(char);
    if (key) {
      letters.push({ start: offset, end: offset + char.length, key, ...(previousEnd !== offset && mark.test(char) ? { loneMark: true } : {}) });
      previousEnd = offset + char.length;
    }
    offset += char.length;
  }
  if (!hanStays) resolveHan(letters);
  const runs: ScriptRun[] = [];
  for (const letter of letters) {
    const last = runs[runs.length - 1];
    if (last && last.script === letter.key && !letter.loneMark) last.end = letter.end;
    else runs.push({ start: letter.start, end: letter.end, script: letter.key });
  }
  return runs;
}

/** A Han character joins the kana or Hangul before it, else after it, else stays Chinese. */
function resolveHan(letters: Array<{ key: string }>): void {
  const isCjk = (key: string | undefined): boolean => key === "Jpan" || key === "Kore" || key === "Hani";
  for (let i = 0; i < letters.length; i++) {
    if (letters[i]?.key !== "Hani") continue;
    let j = i;
    while (letters[j]?.key === "Hani") j++;
    const before = letters[i - 1]?.key;
    const after = letters[j]?.key;
    const joined = before && before !== "Hani" && isCjk(before) ? before : after && after !== "Hani" && isCjk(after) ? after : "Hani";
    for (let k = i; k < j; k++) (letters[k] as { key: string }).key = joined;
    i = j - 1;
  }
}

/** The article's language for the run's script, or the default; Arabic script as its letters tell. */
function runLanguage(run: ScriptRun, text: string, scriptLanguages: Readonly<Record<string, string>>): string {
  const lang = scriptLanguages[run.script] ?? byKey.get(run.script)?.language ?? "und";
  return run.script === "Arab" ? arabicRunLanguage(text.slice(run.start, run.end), lang) : lang;
}

/**
 * The runs of `text` foreign to `contextLang`, with their language and, for a right-to-left run
 * in left-to-right text, their direction. `scriptLanguages` maps script keys to the article's choice.
 */
export function foreignRuns(text: string, contextLang: string, scriptLanguages: Readonly<Record<string, string>> = {}): MarkedRun[] {
  const contextScript = scriptOfLanguage(contextLang);
  const native = nativeScripts(contextScript);
  const contextRtl = isRightToLeft(contextLang);
  const marked: MarkedRun[] = [];
  for (const run of scriptRuns(text, native.has("Hani"))) {
    if (native.has(run.script)) continue;
    const info = byKey.get(run.script);
    if (!info) continue;
    const rtl = info.rtl === true;
    marked.push({ ...run, lang: runLanguage(run, text, scriptLanguages), ...(rtl && !contextRtl ? { dir: "rtl" as const } : {}) });
  }
  return marked;
}
