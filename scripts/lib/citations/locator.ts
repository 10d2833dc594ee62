/**
 * Locators as pandoc reads them: `p. 33`, `pp. 33-35`, `chap. 2`, `sec. 4.1`. A locator with
 * no label is a page (`[@doe, 33]`). The label is given to the citation processor as CSL's
 * term, so the style decides how it prints ("chap. 2" in Chicago notes, "ch. 2" elsewhere).
 */

/** Label words as authors write them (singular and plural, abbreviated or not), by CSL term. */
const labelTerms: ReadonlyArray<[term: string, words: readonly string[]]> = [
  ["page", ["p", "pp", "page", "pages"]],
  ["chapter", ["chap", "chaps", "chapter", "chapters", "ch"]],
  ["section", ["sec", "secs", "section", "sections", "§", "§§"]],
  ["paragraph", ["para", "paras", "paragraph", "paragraphs", "¶", "¶¶"]],
  ["volume", ["vol", "vols", "volume", "volumes"]],
  ["note", ["n", "nn", "note", "notes"]],
  ["figure", ["fig", "figs", "figure", "figures"]],
  ["line", ["l", "ll", "line", "lines"]],
  ["column", ["col", "cols", "column", "columns"]],
  ["folio", ["fol", "fols", "folio", "folios"]],
  ["book", ["bk", "bks", "book", "books"]],
  ["part", ["pt", "pts", "part", "parts"]],
  ["verse", ["v", "vv", "verse", "verses"]],
  ["number", ["no", "nos", "number", "numbers"]],
  ["issue", ["iss", "issue", "issues"]],
  ["opus", ["op", "opp", "opus", "opera"]],
  ["sub-verbo", ["s.v", "s.vv", "sub verbo"]],
];

const termOfWord = new Map<string, string>(labelTerms.flatMap(([term, words]) => words.map((word): [string, string] => [word, term])));

/** A locator value: numbers, roman numerals, ranges and lists of them (`33`, `iv-x`, `3, 5-7`, `7--8`, `12a`). */
const value = /^(?:[0-9]+[a-z]?|[ivxlcdm]+)(?:\s*(?:-{1,3}|[–—,&]|and)\s*(?:[0-9]+[a-z]?|[ivxlcdm]+))*/i;

/** `7--8` as the text around it reads (Markdown's typographic dashes): `7–8`, and `---` an em dash. */
function withDashes(locator: string): string {
  return locator.replace(/---/g, "—").replace(/--/g, "–");
}

export interface ParsedLocator {
  locator?: string;
  label?: string;
  /** What follows the locator, kept as the citation's suffix. */
  suffix?: string;
}

/** Reads what follows a key inside brackets (`, p. 33, emphasis added`). */
export function parseLocator(afterKey: string): ParsedLocator {
  const text = afterKey.replace(/^\s*,?\s*/, "");
  if (!text) return {};
  const labelled = /^([§¶]{1,2}|[a-z]+(?:\.[a-z]+)?(?: verbo)?)\.?\s*/i.exec(text);
  const term = labelled ? termOfWord.get(labelled[1]!.toLowerCase()) : undefined;
  if (labelled && term) {
    const rest = text.slice(labelled[0].length);
    const found = value.exec(rest);
    if (found) return withSuffix({ locator: withDashes(found[0]), label: term }, rest.slice(found[0].length));
  }
  const bare = /^[0-9]/.test(text) ? value.exec(text) : null;
  if (bare) return withSuffix({ locator: withDashes(bare[0]), label: "page" }, text.slice(bare[0].length));
  return { suffix: afterKey.trim().startsWith(",") ? afterKey.replace(/^\s*/, "") : ` ${text}` };
}

function withSuffix(parsed: ParsedLocator, rest: string): ParsedLocator {
  return rest.trim() ? { ...parsed, suffix: rest.replace(/^\s*/, rest.trimStart().startsWith(",") ? "" : " ") } : parsed;
}
