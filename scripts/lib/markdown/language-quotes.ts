/**
 * Typographic quotation marks in the document's language: `"Zitat"` is „Zitat“ in a German
 * article, « citation » in a French one (with the narrow no-break spaces French sets inside
 * them), «цитата» in a Russian one. markdown-it's typographer takes its marks from its options;
 * the engine is shared by every article, so each parse sets them from its env's language
 * (English marks when it has none of its own). The apostrophe (geht’s, l’État) is always ’.
 *
 * Marks per language as CLDR gives them (primary pair, then the pair for quotes within quotes);
 * languages not listed keep English marks.
 */
import markdownIt from "markdown-it";
import type { MarkdownIt, StateCore, Token } from "./markdown-types.ts";
import { canonicalLanguageTag, scriptOfLanguage } from "./script-runs.ts";

type Marks = readonly [string, string, string, string];

const nnbsp = "\u202F";
const english: Marks = ["“", "”", "‘", "’"];
/** Low-high marks („…“, ‚…‘), as German, Czech, Slovak and Slovenian set them. */
const lowHigh: Marks = ["„", "“", "‚", "‘"];
/** Guillemets, then low-high marks within them, as Russian and Ukrainian set them. */
const guillemetsThenLowHigh: Marks = ["«", "»", "„", "“"];
/** Guillemets, then English marks within them (Spanish, Italian, Persian, Greek). */
const guillemetsThenEnglish: Marks = ["«", "»", "“", "”"];
/** The same closing mark at both ends (”…”), as Swedish and Finnish set them. */
const rightOnly: Marks = ["”", "”", "’", "’"];
/** Guillemets, then single English marks (Norwegian). */
const norwegian: Marks = ["«", "»", "‘", "’"];
/** Corner brackets (Japanese, Traditional Chinese). */
const cornerBrackets: Marks = ["「", "」", "『", "』"];
const marksByLanguage: Readonly<Record<string, Marks>> = {
  en: english,
  de: lowHigh,
  cs: lowHigh,
  fr: [`«${nnbsp}`, `${nnbsp}»`, "“", "”"],
  sk: lowHigh,
  sl: lowHigh,
  bg: ["„", "“", "„", "“"],
  lt: ["„", "“", "„", "“"],
  hu: ["„", "”", "»", "«"],
  ro: ["„", "”", "«", "»"],
  es: guillemetsThenEnglish,
  it: guillemetsThenEnglish,
  fa: guillemetsThenEnglish,
  el: guillemetsThenEnglish,
  ru: guillemetsThenLowHigh,
  uk: guillemetsThenLowHigh,
  pl: ["„", "”", "«", "»"],
  sv: rightOnly,
  fi: rightOnly,
  nb: norwegian,
  nn: norwegian,
  no: norwegian,
  ja: cornerBrackets,
};

/** The marks for a language tag (`de-CH` takes German's, `zh-Hant` its own), if the language has its own. */
export function quotationMarks(lang: string): Marks | undefined {
  const tag = canonicalLanguageTag(lang);
  if (!tag) return undefined;
  const language = tag.split("-")[0] ?? "";
  // Chinese written in Traditional characters uses corner brackets, in Simplified English-like marks.
  if (language === "zh") return scriptOfLanguage(tag) === "Hant" ? cornerBrackets : undefined;
  return marksByLanguage[language];
}

/** The marks a document in `lang` sets, English ones where the language has none of its own. */
export function documentQuotationMarks(lang: string): Marks {
  return quotationMarks(lang) ?? english;
}

interface QuotesEnv {
  languages?: { document: string };
}

export function languageQuotesPlugin(md: MarkdownIt): void {
  // Set on every parse, so no parse finds another article's marks.
  md.core.ruler.before("smartquotes", "language_quotes", (state: StateCore) => {
    state.md.options.quotes = [...(quotationMarks((state.env as QuotesEnv).languages?.document ?? "en") ?? english)];
  });
  md.core.ruler.after("smartquotes", "leading_apostrophes", (state: StateCore) => {
    const quotes = state.md.options.quotes;
    const shortenedAnd = Array.isArray(quotes) ? shortenedAndRule(quotes[2], quotes[3]) : (text: string) => text;
    for (const token of state.tokens) {
      if (token.type !== "inline") continue;
      if (Array.isArray(quotes)) pairQuotesBesideCjk(token.children ?? [], quotes as unknown as Marks);
      for (const child of token.children ?? []) if (child.type === "text") child.content = shortenedAnd(withLeadingApostrophes(child.content));
    }
  });
}

/** Chinese, Japanese and Korean letters and punctuation, which stand next to a quote with no space. */
const cjk = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;

/**
 * Quotes beside Chinese, Japanese or Korean text: `그는 "좋다"고`, `記者說："我們會努力。"記者`. The
 * typographer pairs a quote by the spaces and punctuation around it, and these languages put a
 * letter right after a closing quote (a Korean particle, the next Chinese sentence): it left
 * such quotes straight, or took a single one for an apostrophe. A straight quote with such a
 * character beside it opens when no quotation of its kind is open in the paragraph, else closes
 * it; single quotes only in pairs, since ' is also an apostrophe elsewhere.
 */
function pairQuotesBesideCjk(children: Token[], marks: Marks): void {
  const texts = children.filter((child) => child.type === "text");
  const whole = texts.map((child) => child.content).join("");
  if (!cjk.test(whole) || !/['"]/.test(whole)) return;
  const besideCjk = (at: number): boolean => cjk.test(whole[at - 1] ?? "") || cjk.test(whole[at + 1] ?? "");
  // The typographer's apostrophe between two such characters is a closing quote: these languages have no apostrophe.
  const betweenCjk = (at: number): boolean => cjk.test(whole[at - 1] ?? "") && cjk.test(whole[at + 1] ?? "");
  const singles = [...whole.matchAll(/['\u2019]/g)].map((match) => match.index ?? 0).filter((at) => (whole[at] === "'" ? besideCjk(at) : betweenCjk(at)));
  const replaced = new Map<number, string>();
  if (singles.length % 2 === 0) singles.forEach((at, index) => replaced.set(at, marks[index % 2 === 0 ? 2 : 3]));
  let open = false;
  for (let at = 0; at < whole.length; at++) {
    const char = whole[at];
    if (char === marks[0] && marks[0] !== marks[1]) open = true;
    else if (char === marks[1]) open = false;
    else if (char === '"' && besideCjk(at)) {
      replaced.set(at, marks[open ? 1 : 0]);
      open = !open;
    }
  }
  if (!replaced.size) return;
  let offset = 0;
  for (const child of texts) {
    const length = child.content.length;
    // By UTF-16 unit, as the positions were found: the marks replaced are all one unit long.
    child.content = child.content.split("").map((char, index) => replaced.get(offset + index) ?? char).join("");
    offset += length;
  }
}

/**
 * A straight single quote the typographer could not pair, at the start of a word, is an
 * apostrophe standing for letters left out: ’Tis, the ’70s, ’em. It is ’ like every other
 * apostrophe; left straight, it was the one ' of the page.
 */
function withLeadingApostrophes(text: string): string {
  return text.includes("'") ? text.replace(/(^|[\s(\[\u2014\u2013/-])'(?=[\p{L}\p{N}])/gu, "$1\u2019") : text;
}

/**
 * rock 'n' roll, fish 'n' chips: the typographer pairs the two quotes around the n as a
 * quotation (‘n’), where both are apostrophes, letters left out on either side of it. Only
 * between two words, and not after one that names a letter ("the letter 'n'"), which is quoted.
 */
function shortenedAndRule(open: string | undefined, close: string | undefined): (text: string) => string {
  if (!open || !close) return (text) => text;
  // Made once per parse, for the document's marks: the rule then runs on every text token.
  const quotedN = new RegExp(`(\\p{L}+)(\\s)${escapeRegExp(open)}([nN])${escapeRegExp(close)}(?=\\s\\p{L})`, "gu");
  return (text) =>
    text.includes(open) ? text.replace(quotedN, (whole, before: string, space: string, n: string) => (namesALetter.test(before) ? whole : `${before}${space}\u2019${n}\u2019`)) : text;
}

const namesALetter = /^(?:the|a|an|letters?|symbols?|characters?|sounds?|variable)$/iu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const quoter = markdownIt("zero", { typographer: true }).enable(["smartquotes"]);
quoter.use(languageQuotesPlugin);

/**
 * Quotation marks and apostrophes in a line of plain text, as in the body (the front matter's
 * title, subtitle and abstract): `Notes on "The Moose"` is Notes on “The Moose”. Nothing else of
 * the text changes: every other rule of markdown-it is off.
 */
export function typographicQuotes(text: string, lang: string): string {
  if (!/['"]/.test(text)) return text;
  const [inline] = quoter.parseInline(text, { languages: { document: lang } });
  return (inline?.children ?? []).map((child) => child.content).join("");
}
