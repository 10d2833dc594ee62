/**
 * The citation processor: citeproc-js (the CSL reference processor, Zotero's), chosen over
 * citation-js's own CSL output because it is what citation-js calls underneath and it takes
 * each cite's position from the caller (`makeCitationCluster`), so positions are decided by
 * citation-positions.ts, once, and never recomputed by the processor.
 *
 * Loaded only when an article has a bibliography: most articles never pay for it.
 */
import type { CslItem } from "./csl-item.ts";
import { CitePosition } from "./citation-types.ts";
import { markedFormat, unwrapWorks, wrapCitedWork } from "./marked-text.ts";
import { requireWithCodeCache, type CodeCachedModule } from "./code-cached-require.ts";

export interface CiteRequest {
  id: string;
  position: CitePosition;
  locator?: string;
  label?: string;
  prefix?: string;
  suffix?: string;
  "suppress-author"?: boolean;
  "author-only"?: boolean;
  "near-note"?: boolean;
  "first-reference-note-number"?: number;
}

export interface CslEngine {
  opt: { xclass: string; development_extensions: Record<string, boolean> };
  setOutputFormat(format: string): void;
  updateItems(ids: string[]): void;
  makeCitationCluster(cites: CiteRequest[]): string;
  makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
}

type CaseChange = (this: { tmp: { lang_array?: string[] } }, text: string) => string;

interface CslModule {
  Engine: new (sys: object, style: string, lang?: string, forceLang?: boolean) => CslEngine;
  Output: { Formats: Record<string, unknown> };
  toLocaleLowerCase: CaseChange;
  toLocaleUpperCase: CaseChange;
}

/** citeproc, loaded with V8's code kept between builds (code-cached-require.ts). */
let loaded: CodeCachedModule<CslModule> | undefined;

/** Keeps V8's code for the processor as the citations just formatted have it compiled, for the next build. */
export function keepProcessorCode(): void {
  loaded?.keepCode();
}

/** The processor's module, loaded once (the bench's clock wraps its methods through this). */
export function citeproc(): CslModule {
  if (!loaded) {
    loaded = requireWithCodeCache<CslModule>("citeproc");
    const module = loaded.exports;
    module.Output.Formats.press = markedFormat;
    // citeproc-js changes case with the whole list of the style's locales (`"x".toLocaleLowerCase(["en-US", "en"])`),
    // which V8 resolves anew at every call, for nearly every word of every citation (see the
    // bench's citation line). The list's first locale is the one used either way.
    module.toLocaleLowerCase = function (text) {
      return changeCase(text, this.tmp.lang_array?.[0], "lower");
    };
    module.toLocaleUpperCase = function (text) {
      return changeCase(text, this.tmp.lang_array?.[0], "upper");
    };
  }
  return loaded.exports;
}

export function changeCase(text: string, locale: string | undefined, to: "lower" | "upper"): string {
  if (!locale || !caseFollowsLocale(locale)) return to === "lower" ? text.toLowerCase() : text.toUpperCase();
  try {
    return to === "lower" ? text.toLocaleLowerCase(locale) : text.toLocaleUpperCase(locale);
  } catch {
    return to === "lower" ? text.toLowerCase() : text.toUpperCase();
  }
}

/**
 * Case changes differ by language only for Azeri, Greek, Lithuanian and Turkish (Unicode's
 * SpecialCasing.txt): V8 maps a string for any other locale exactly as `toLowerCase` does,
 * deciding by the language of the canonical tag. The same decision is made here once per tag
 * rather than once per word. A tag that is no locale at all ends in the plain mapping either way.
 */
function caseFollowsLocale(locale: string): boolean {
  let follows = localeSensitive.get(locale);
  if (follows === undefined) {
    try {
      follows = ["az", "el", "lt", "tr"].includes(Intl.getCanonicalLocales(locale)[0]?.split("-")[0] ?? "");
    } catch {
      follows = false;
    }
    localeSensitive.set(locale, follows);
  }
  return follows;
}

const localeSensitive = new Map<string, boolean>();

export interface ProcessorInput {
  styleXml: string;
  /** Locale XML by language tag (`en-US`); the style's default locale must be among them. */
  locales: ReadonlyMap<string, string>;
  items: ReadonlyMap<string, CslItem>;
  lang: string;
}

/** A processor for one article: its style, its locale and its works, marked output. */
export function createProcessor(input: ProcessorInput): CslEngine {
  const fallback = input.locales.get("en-US") ?? "";
  const sys = {
    retrieveLocale: (lang: string) => input.locales.get(lang) ?? input.locales.get(lang.split("-")[0] ?? "") ?? fallback,
    // system_id is how citeproc-js names the work it wraps (wrapCitationEntry): the key.
    retrieveItem: (id: string) => {
      const item = input.items.get(id);
      return item && { ...item, system_id: id };
    },
    wrapCitationEntry: (text: string, key: string) => wrapCitedWork(text, key),
  };
  const engine = new (citeproc().Engine)(sys, input.styleXml, localeTag(input.lang, input.locales), false);
  engine.setOutputFormat("press");
  return engine;
}

/** The shipped locale for the article's `lang`; English (en-US) when none is shipped for it. */
function localeTag(lang: string, locales: ReadonlyMap<string, string>): string {
  const exact = [...locales.keys()].find((tag) => tag.toLowerCase() === lang.toLowerCase());
  const sameLanguage = [...locales.keys()].find((tag) => tag.split("-")[0]?.toLowerCase() === lang.split("-")[0]?.toLowerCase());
  return exact ?? sameLanguage ?? "en-US";
}

/**
 * A citation's words, each cited work's marked (marked-text.ts) so it can link to its entry.
 *
 * citeproc-js marks works only in its "citation wrapper" mode, and in that mode its
 * `makeCitationCluster` leaves out the layout's affixes (Chicago's closing period, the
 * parentheses of author-date). So the citation is made twice: plainly, which gives the words
 * as the style prints them, and wrapped, whose marked works are then set into those words.
 * When the two do not line up, the words are kept without links: never different words.
 */
export function formatCitation(engine: CslEngine, cites: CiteRequest[]): string {
  // The same citation in the same position prints the same words: made once per article.
  const made = (formatted.get(engine) ?? formatted.set(engine, new Map()).get(engine)) as Map<string, string>;
  const key = JSON.stringify(cites);
  let text = made.get(key);
  if (text === undefined) made.set(key, (text = markWorks(engine, cites)));
  return text;
}

const formatted = new WeakMap<CslEngine, Map<string, string>>();

function markWorks(engine: CslEngine, cites: CiteRequest[]): string {
  const extensions = engine.opt.development_extensions;
  const words = engine.makeCitationCluster(cites);
  // One work: all the words are its own, no second making needed.
  const only = cites.length === 1 ? cites[0] : undefined;
  if (only) return wrapCitedWork(words, only.id);
  extensions.apply_citation_wrapper = true;
  let wrapped: string;
  try {
    wrapped = engine.makeCitationCluster(cites);
  } finally {
    extensions.apply_citation_wrapper = false;
  }
  const inner = unwrapWorks(wrapped);
  const at = inner ? words.indexOf(inner) : -1;
  return at < 0 ? words : words.slice(0, at) + wrapped + words.slice(at + inner.length);
}
