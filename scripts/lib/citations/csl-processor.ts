/**
 * The citation processor: citeproc-js (the CSL reference processor, Zotero's), chosen over
 * citation-js's own CSL output because it is what citation-js calls underneath and it takes
 * each cite's position from the caller (`makeCitationCluster`), so positions are decided by
 * citation-positions.ts, once, and never recomputed by the processor.
 *
 * Loaded only when an article has a bibliography: most articles never pay for it.
 */
import { createRequire } from "node:module";
import type { CslItem } from "./csl-item.ts";
import { CitePosition } from "./citation-types.ts";
import { markedFormat } from "./marked-text.ts";

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
  opt: { xclass: string };
  setOutputFormat(format: string): void;
  updateItems(ids: string[]): void;
  makeCitationCluster(cites: CiteRequest[]): string;
  makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
}

interface CslModule {
  Engine: new (sys: object, style: string, lang?: string, forceLang?: boolean) => CslEngine;
  Output: { Formats: Record<string, unknown> };
}

let loaded: CslModule | undefined;

function citeproc(): CslModule {
  if (!loaded) {
    loaded = createRequire(import.meta.url)("citeproc") as CslModule;
    loaded.Output.Formats.press = markedFormat;
  }
  return loaded;
}

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
    retrieveItem: (id: string) => input.items.get(id),
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

/** Whether the style puts citations in notes (Chicago notes) or in the text (author-date). */
export function isNoteStyle(engine: CslEngine): boolean {
  return engine.opt.xclass === "note";
}
