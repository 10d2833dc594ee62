/**
 * Whether an edition shows every passage of the source's body, in order. Texts are compared
 * by their letters and digits only, case and accents folded: what survives hyphenation, line
 * breaks, typographic quotes, ligatures and page furniture taken out. Letters of right-to-left
 * scripts are left out of the comparison, since a PDF's text layer gives them in visual order.
 */
import type { SourcePassage } from "./source-passages.ts";

const rightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

export function comparableLetters(text: string): string {
  let out = "";
  for (const char of text.normalize("NFKD").toLowerCase()) {
    if (/[\p{L}\p{N}]/u.test(char) && !rightToLeft.test(char)) out += char;
  }
  return out;
}

/** The first passage the edition's body text lacks (after those found before it), if any. */
export function firstMissingPassage(passages: SourcePassage[], editionText: string): SourcePassage | undefined {
  const shown = comparableLetters(editionText);
  let from = 0;
  for (const passage of passages) {
    const wanted = comparableLetters(passage.text);
    if (!wanted) continue;
    const at = shown.indexOf(wanted, from);
    if (at === -1) return passage;
    from = at + wanted.length;
  }
  return undefined;
}
