/**
 * Whether an edition shows every passage of the source's body, in order. Texts are compared
 * by their letters and digits only, case and accents folded: what survives hyphenation, line
 * breaks, typographic quotes, ligatures and page furniture taken out. Letters of right-to-left
 * scripts are left out of the comparison, since a PDF's text layer gives them in visual order.
 * In a document set right to left, so are digits: the PDF's reading of a line puts a number
 * with the Latin words beside it or apart from them as their places suggest, which is not
 * always the order the source has them in ("1382 (26 December 2003)").
 */
import type { SourcePassage } from "./source-passages.ts";

const rightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

export function comparableLetters(text: string, withDigits = true): string {
  let out = "";
  const kept = withDigits ? /[\p{L}\p{N}]/u : /\p{L}/u;
  for (const char of text.normalize("NFKD").toLowerCase()) {
    if (kept.test(char) && !rightToLeft.test(char)) out += char;
  }
  return out;
}

/** Page breaks in an edition's body text: what stands after one (a running head) may interrupt a passage. */
export const pageBreak = "\f";
/** At most this many letters of page furniture are passed over after a page break. */
const furnitureLetters = 160;
/** A passage is looked for across a break at most this far past where the last one ended. */
const searchReach = 4000;

/** The first passage the edition's body text lacks (after those found before it), if any. */
export function firstMissingPassage(passages: SourcePassage[], editionText: string, options: { rightToLeft?: boolean } = {}): SourcePassage | undefined {
  const withDigits = options.rightToLeft !== true;
  const comparable = (text: string): string => comparableLetters(text, withDigits);
  const pages = editionText.split(pageBreak).map(comparable);
  const shown = pages.join("");
  const breaks: number[] = [];
  let offset = 0;
  for (const page of pages) breaks.push((offset += page.length));
  let from = 0;
  for (const passage of passages) {
    const wanted = comparable(passage.text);
    if (!wanted) continue;
    // A figure may float to the top of a later page: its caption must be shown, in its own place or after it.
    if (passage.floats) {
      if (shown.indexOf(wanted, from) === -1) return passage;
      continue;
    }
    const end = findAcrossPages(shown, breaks, wanted, from);
    if (end === undefined) return passage;
    from = end;
  }
  return undefined;
}

/**
 * Where `wanted` ends in `shown`, read from `from` on, passing over furniture after page breaks.
 * The nearest showing wins: a passage broken by a page (a figure's caption set between its
 * halves) comes before a whole copy of it further on (a refrain, a paragraph said twice), and
 * taking the copy would pass over everything between, as if lost.
 */
function findAcrossPages(shown: string, breaks: number[], wanted: string, from: number): number | undefined {
  const at = shown.indexOf(wanted, from);
  // The passage runs to a page break, then goes on within the furniture's reach after it.
  for (const end of breaks) {
    if (end <= from) continue;
    if (end - from > wanted.length + searchReach) break;
    if (at !== -1 && end >= at + wanted.length) break;
    // Longest prefix of `wanted` that ends right at this break.
    let prefix = Math.min(wanted.length - 1, end - from);
    // A letter's comparison first: most lengths fail on the prefix's first letter.
    while (prefix > 0 && (shown[end - prefix] !== wanted[0] || !shown.startsWith(wanted.slice(0, prefix), end - prefix))) prefix--;
    if (prefix === 0 || (at !== -1 && end - prefix >= at)) continue;
    const rest = wanted.slice(prefix);
    const next = shown.indexOf(rest.slice(0, Math.min(rest.length, 24)), end);
    if (next === -1 || next - end > furnitureLetters) continue;
    const found = findAcrossPages(shown, breaks, rest, next);
    if (found !== undefined) return found;
  }
  return at === -1 ? undefined : at + wanted.length;
}
