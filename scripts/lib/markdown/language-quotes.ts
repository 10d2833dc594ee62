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
import type { MarkdownIt, StateCore } from "./markdown-types.ts";

type Marks = readonly [string, string, string, string];

const nnbsp = "\u202F";
const english: Marks = ["“", "”", "‘", "’"];
const marksByLanguage: Readonly<Record<string, Marks>> = {
  en: english,
  de: ["„", "“", "‚", "‘"],
  cs: ["„", "“", "‚", "‘"],
  fr: [`«${nnbsp}`, `${nnbsp}»`, "“", "”"],
  es: ["«", "»", "“", "”"],
  it: ["«", "»", "“", "”"],
  ru: ["«", "»", "„", "“"],
  uk: ["«", "»", "„", "“"],
  pl: ["„", "”", "«", "»"],
  sv: ["”", "”", "’", "’"],
  fi: ["”", "”", "’", "’"],
  nb: ["«", "»", "‘", "’"],
  nn: ["«", "»", "‘", "’"],
  no: ["«", "»", "‘", "’"],
  fa: ["«", "»", "“", "”"],
  ja: ["「", "」", "『", "』"],
};
const traditionalChinese: Marks = ["「", "」", "『", "』"];

/** The marks for a language tag (`de-CH` takes German's, `zh-Hant` its own), if the language has its own. */
export function quotationMarks(lang: string): Marks | undefined {
  const locale = (() => {
    try {
      return new Intl.Locale(lang);
    } catch {
      return undefined;
    }
  })();
  if (!locale) return undefined;
  if (locale.language === "zh") return locale.maximize().script === "Hant" ? traditionalChinese : undefined;
  return marksByLanguage[locale.language];
}

interface QuotesEnv {
  languages?: { document: string };
}

export function languageQuotesPlugin(md: MarkdownIt): void {
  // Set on every parse, so no parse finds another article's marks.
  md.core.ruler.before("smartquotes", "language_quotes", (state: StateCore) => {
    state.md.options.quotes = [...(quotationMarks((state.env as QuotesEnv).languages?.document ?? "en") ?? english)];
  });
}
