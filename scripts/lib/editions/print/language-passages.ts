/**
 * The passages an author marked with a language (`::: {lang=de}` divs, `[mot]{lang=fr}` spans),
 * as the PDF's structure elements can be matched to them. Chromium writes no /Lang from the
 * page's `lang` attributes, and Latin-script German in an English article cannot be told from its
 * letters' script (pdf-element-langs.ts), so the author's word is carried over by text: an
 * element whose letters all lie within one marked passage is in that passage's language.
 *
 * Letters only: the PDF's text differs from the source in its spaces, hyphens at line ends, note
 * numbers and punctuation, never in its letters.
 */
import type { Token } from "../../markdown/markdown-types.ts";
import { divLanguage } from "../../markdown/fenced-divs.ts";
import { isAuthorSpan } from "../../markdown/language-marks.ts";

export interface LanguagePassage {
  lang: string;
  /** The passage's letters, in order, nothing else. */
  letters: string;
}

export function lettersOf(text: string): string {
  return text.replace(/[^\p{L}\p{M}]/gu, "");
}

interface Open {
  lang: string;
  text: string;
}

/** Every marked passage of the token stream, inner ones as well as those around them. */
export function languagePassages(tokens: readonly Token[]): LanguagePassage[] {
  const passages: LanguagePassage[] = [];
  const divs: Array<Open | undefined> = [];
  const append = (text: string, open: ReadonlyArray<Open | undefined>): void => {
    for (const passage of open) if (passage) passage.text += text;
  };
  const close = (passage: Open | undefined): void => {
    const letters = passage ? lettersOf(passage.text) : "";
    if (passage && letters) passages.push({ lang: passage.lang, letters });
  };
  for (const token of tokens) {
    if (token.type === "fenced_div_open") {
      const lang = divLanguage(token);
      divs.push(lang ? { lang, text: "" } : undefined);
      continue;
    }
    if (token.type === "fenced_div_close") {
      close(divs.pop());
      continue;
    }
    if (token.type !== "inline" || !token.children) continue;
    const spans: Array<Open | undefined> = [];
    for (const child of token.children) {
      if (child.type === "language_open") spans.push(isAuthorSpan(child) ? { lang: String(child.attrGet("lang") ?? ""), text: "" } : undefined);
      else if (child.type === "language_close") close(spans.pop());
      else if (child.type === "text" || child.type === "code_inline") append(child.content, [...divs, ...spans]);
    }
  }
  return passages;
}

/** The language of the innermost passage holding all of `text`'s letters (at least three of them), if any. */
export function passageLanguage(text: string, passages: readonly LanguagePassage[]): string | undefined {
  const letters = lettersOf(text);
  if (letters.length < 3) return undefined;
  let best: LanguagePassage | undefined;
  for (const passage of passages) {
    if (passage.letters.includes(letters) && (!best || passage.letters.length < best.letters.length)) best = passage;
  }
  return best?.lang;
}
