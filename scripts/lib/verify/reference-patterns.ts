/**
 * How the read-back recognises the words the editions print around cross-references and
 * captions ("figure 4", "Abbildung 4 auf Seite 12", "Tableau 2."), built from the same table
 * the editions write them from (edition-words.ts), for the document's language. A PDF's text
 * layer may drop or add spaces, so every space of those words matches any run of spaces,
 * none included.
 */
import { captionWord, editionWords } from "../language/edition-words.ts";
import type { TargetKind } from "../crossref/crossref-types.ts";

export interface ReferencePatterns {
  /** A link's whole words in print: kind, number and page ("figure 4 on page 12"). */
  printed: RegExp;
  /** The word a reference opens with ("figure", "note"): a link reading otherwise (a note's call) is no reference's first piece. */
  opening: RegExp;
  /** The same words without their page number: a line a contents entry must not be taken for. */
  printedWithoutPage: RegExp;
  /** A link's whole words on the web and in the EPUB: kind and number ("figure 4"). */
  said: RegExp;
  /** The words opening a caption, with its number ("Figure 4."). */
  caption: RegExp;
  /** Every " on page N" after a reference in a text, for reading a note's text without it. */
  pageReferences: RegExp;
  /** The kind a printed word names ("Abbildung" → figure), or a caption's word. */
  kindOf(word: string): TargetKind | undefined;
  /** "Figure 4.": a caption label as the editions print it. */
  captionLabel(kind: "figure" | "table", number: string): string;
}

const number = String.raw`\d+(?:\.\d+)*`;
const page = String.raw`\d+|[ivxlcdm]+`;

/** A word or words as a pattern: letters as written, any spaces (or none) between words. */
function wordsPattern(words: string): string {
  return words
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(String.raw`\s*`);
}

export function referencePatterns(lang: string): ReferencePatterns {
  const known = patternsByLanguage.get(lang);
  if (known) return known;
  const words = editionWords(lang).crossrefs;
  const kinds = `(${[words.section, words.figure, words.table, words.note].map(wordsPattern).join("|")})`;
  const captions = `(${[words.figureCaption, words.tableCaption].map(wordsPattern).join("|")})`;
  const onPage = wordsPattern(words.onPage);
  const byWord = new Map<string, TargetKind>([
    [comparable(words.section), "section"],
    [comparable(words.figure), "figure"],
    [comparable(words.table), "table"],
    [comparable(words.note), "note"],
  ]);
  const byCaption = new Map<string, TargetKind>([
    [comparable(words.figureCaption), "figure"],
    [comparable(words.tableCaption), "table"],
  ]);
  const patterns: ReferencePatterns = {
    printed: new RegExp(String.raw`^${kinds}\s*(${number})\s*${onPage}\s*(${page})$`, "iu"),
    opening: new RegExp(String.raw`^${kinds}`, "iu"),
    printedWithoutPage: new RegExp(String.raw`^${kinds}\s*${number}\s*${onPage}$`, "iu"),
    said: new RegExp(String.raw`^${kinds}\s+(${number})$`, "iu"),
    caption: new RegExp(String.raw`^${captions}\s*(${number})\.`, "u"),
    pageReferences: new RegExp(String.raw`(${kinds}\s+${number})\s+${onPage}\s+(?:${page})(?![\p{L}\p{N}])`, "giu"),
    kindOf: (word) => byWord.get(comparable(word)) ?? byCaption.get(comparable(word)),
    captionLabel: (kind, shown) => `${captionWord(words, kind)} ${shown}.`,
  };
  patternsByLanguage.set(lang, patterns);
  return patterns;
}

/** Lower case, spaces removed: how a word read from a text layer is compared with the table's. */
function comparable(word: string): string {
  return word.replace(/\s+/g, "").toLowerCase();
}

const patternsByLanguage = new Map<string, ReferencePatterns>();
