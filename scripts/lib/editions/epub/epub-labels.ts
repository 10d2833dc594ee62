/**
 * The e-book's words around the author's text (navigation titles, the notes region's name,
 * backlink labels) come from the editions' one table (edition-words.ts); the base direction
 * of a language's script is the e-book's own concern.
 */
import { editionWords, type EditionWords } from "../../language/edition-words.ts";

export type EpubLabels = EditionWords;

/** Labels for a BCP 47 language tag (only the primary subtag matters here). */
export const epubLabels = editionWords;

const rightToLeft = new Set(["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ku", "ckb"]);

/** Base direction of a language's script, for the `dir` of every content document. */
export function languageDirection(lang: string): "ltr" | "rtl" {
  return rightToLeft.has(lang.split("-")[0]?.toLowerCase() ?? "") ? "rtl" : "ltr";
}
