/**
 * The e-book's words around the author's text (navigation titles, the notes region's name,
 * backlink labels) come from the editions' one table (edition-words.ts).
 */
import { editionWords, type EditionWords } from "../../language/edition-words.ts";

export type EpubLabels = EditionWords;

/** Labels for a BCP 47 language tag (only the primary subtag matters here). */
export const epubLabels = editionWords;

