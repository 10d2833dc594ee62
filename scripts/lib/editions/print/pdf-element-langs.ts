/**
 * /Lang on the structure elements whose text is in another language than the document's.
 * Chromium writes the document's language only, whatever `lang` the page's elements carry,
 * so a screen reader would read a Persian name with the article's English voice. The language
 * is told from the script of the element's letters (pdf-marked-text.ts gives the text), as the
 * web page and the EPUB mark their runs: the article's language for that script (its
 * `scriptLanguages`, else the script's usual one), Arabic script as its letters tell
 * (arabic-script-language.ts). Hebrew, Greek, Korean (Hangul), Japanese (kana) and Chinese (Han
 * alone) likewise. Text in Latin, Cyrillic or mixed scripts gets nothing: its script does not
 * tell its language, unless the author marked its passage.
 */
import { PDFDict, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument } from "pdf-lib";
import { markedTexts } from "./pdf-marked-text.ts";
import { dictOf, kidsOf, structElements } from "./pdf-struct-tree.ts";
import { arabicRunLanguage } from "../../markdown/arabic-script-language.ts";
import { passageLanguage, type LanguagePassage } from "./language-passages.ts";
import { scriptOfLanguage } from "../../markdown/script-runs.ts";

type ScriptLanguages = Readonly<Record<string, string>>;

/** The language the letters of `text` are written in, when their script alone tells it. */
export function languageOfScript(text: string, scriptLanguages: ScriptLanguages = {}): string | undefined {
  // Most elements hold Latin text only: nothing to tell, and nothing to test letter by letter.
  if (!/[^\u0000-\u036F]/u.test(text)) return undefined;
  const letters = [...text].filter((ch) => /\p{L}/u.test(ch)).join("");
  if (!letters) return undefined;
  const all = (script: RegExp): boolean => [...letters].every((ch) => script.test(ch));
  const of = (key: string, usual: string): string => scriptLanguages[key] ?? usual;
  if (all(/\p{Script=Arabic}/u)) return arabicRunLanguage(letters, of("Arab", "ar"));
  if (all(/\p{Script=Hebrew}/u)) return of("Hebr", "he");
  if (all(/\p{Script=Greek}/u)) return of("Grek", "el");
  if (all(/[\p{Script=Hangul}\p{Script=Han}]/u) && /\p{Script=Hangul}/u.test(letters)) return of("Kore", "ko");
  if (all(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u) && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(letters)) return of("Jpan", "ja");
  if (all(/\p{Script=Han}/u)) return of("Hani", "zh");
  return undefined;
}

/** Reads the text of an element's own marked content (not its children's), each page's text read once. */
export function elementTextReader(doc: PDFDocument): (element: PDFDict) => string {
  const pages = new Map(doc.getPages().map((page) => [page.ref.toString(), page]));
  const textsByPage = new Map<string, Map<number, string>>();
  const textOfMcid = (pageRef: PDFRef, mcid: number): string => {
    const key = pageRef.toString();
    let texts = textsByPage.get(key);
    const page = pages.get(key);
    if (!texts && page) textsByPage.set(key, (texts = markedTexts(doc, page)));
    return texts?.get(mcid) ?? "";
  };
  return (element) => {
    const elementPage = element.get(PDFName.of("Pg"));
    let text = "";
    for (const kid of kidsOf(element)) {
      if (kid instanceof PDFNumber && elementPage instanceof PDFRef) text += textOfMcid(elementPage, kid.asNumber());
      const mcr = kid instanceof PDFDict ? kid : undefined;
      const mcid = mcr?.get(PDFName.of("MCID"));
      const page = mcr?.get(PDFName.of("Pg")) ?? elementPage;
      if (mcid instanceof PDFNumber && page instanceof PDFRef && dictOf(doc, page)) text += textOfMcid(page, mcid.asNumber());
    }
    return text;
  };
}

/**
 * The author's language for the passage, unless the letters are of another script than that
 * language's (a Persian name in a German passage is Persian): then their script's.
 */
function elementLanguage(marked: string | undefined, byScript: string | undefined): string | undefined {
  if (!marked || !byScript) return marked ?? byScript;
  return scriptOfLanguage(marked) === scriptOfLanguage(byScript) ? marked : byScript;
}

/**
 * Sets /Lang on each element holding marked content whose letters are in another language, by
 * the passage an author marked around them (language-passages.ts) or else by their script;
 * returns how many.
 */
export function addElementLangs(doc: PDFDocument, documentLang: string, scriptLanguages: ScriptLanguages = {}, passages: readonly LanguagePassage[] = []): number {
  const primary = documentLang.toLowerCase().split("-")[0] ?? "";
  const textOf = elementTextReader(doc);
  let set = 0;
  for (const element of structElements(doc)) {
    if (element.dict.get(PDFName.of("Lang"))) continue;
    const text = textOf(element.dict);
    const lang = elementLanguage(passageLanguage(text, passages), languageOfScript(text, scriptLanguages));
    if (!lang || lang === primary) continue;
    element.dict.set(PDFName.of("Lang"), PDFString.of(lang));
    set++;
  }
  return set;
}
