/**
 * The language an article's Arabic-script runs are in, when its front matter does not say.
 *
 * Arabic script is shared by Arabic, Persian, Urdu, Pashto, Kurdish and more, and the most
 * common words ("محمد") are written alike in all of them. Some letters, though, belong to one
 * language's alphabet and not to Arabic's: پ چ ژ گ and the Persian forms of yeh and kaf (ی ک)
 * are Persian; ٹ ڈ ڑ ں ے are Urdu; ټ ډ ړ ږ ښ are Pashto; ڵ ڕ ۆ ێ are Sorani Kurdish. Arabic in
 * turn writes its own yeh and kaf (ي ك) and the teh marbuta (ة). The whole article is read
 * once for the language whose letters it uses most, which its Arabic-script runs are taken to be
 * in (a name with no telling letter beside names with them is in their language, as a reader
 * would take it); a run whose own letters that language does not write is in the language that
 * does. A letter shared by several of these alphabets (گ is also Urdu's) counts for each, so
 * the language with letters of its own wins over one whose letters are all shared.
 */

interface Alphabet {
  lang: string;
  /** Letters of this language's alphabet that the others here lack. */
  own: string;
  /** Letters it shares with other languages here but not with Arabic. */
  shared: string;
  /** Arabic's own letters it writes too (or its writers often type), which tell nothing for it. */
  alsoArabic?: string;
}

/**
 * In order of preference when a run's letters fit several: Arabic first (a run with none of
 * the others' letters is Arabic), then the most widely read. Arabic's own letters count least
 * in an article's tally, since Persian typed on an Arabic keyboard writes ي and ك too, while
 * no Arabic text writes پ or گ.
 */
const alphabets: readonly Alphabet[] = [
  { lang: "ar", own: "\u064A\u0643\u0629\u0649", shared: "" }, // ي ك ة ى
  // Persian typed on an Arabic keyboard has Arabic's yeh and kaf (ي ك ى): they do not make a Persian run Arabic.
  { lang: "fa", own: "\u0698\u06C0", shared: "\u067E\u0686\u06AF\u06CC\u06A9", alsoArabic: "\u064A\u0643\u0649" }, // ژ ۀ | پ چ گ ی ک | ي ك ى
  { lang: "ur", own: "\u0679\u0688\u0691\u06BA\u06D2\u06C1\u06C3", shared: "\u067E\u0686\u06AF\u06CC\u06A9\u0698\u06BE" }, // ٹ ڈ ڑ ں ے ہ ۃ | … ھ
  { lang: "ps", own: "\u067C\u0689\u0693\u0696\u069A\u0681\u0685\u06D0\u06CD\u06AB", shared: "\u067E\u0686\u06CC\u06A9\u0698", alsoArabic: "\u064A" }, // ټ ډ ړ ږ ښ ځ څ ې ۍ ګ | … | ي
  { lang: "ckb", own: "\u06B5\u0695\u06C6\u06CE\u06D5\u06A4", shared: "\u067E\u0686\u06AF\u06CC\u06A9\u0698\u06BE" }, // ڵ ڕ ۆ ێ ە ڤ | … ھ
];

/** Every letter that belongs to some of these alphabets and not to all: the letters that tell. */
const tellingLetters = new Set(alphabets.flatMap((alphabet) => [...alphabet.own, ...alphabet.shared]));

const arabicBlock = /[\u0600-\u06FF]/;

const writes = (alphabet: Alphabet, char: string): boolean => alphabet.own.includes(char) || alphabet.shared.includes(char) || (alphabet.alsoArabic ?? "").includes(char);

/** What one letter tells: Arabic's own letters 1, letters Arabic lacks 3, one language's own 10. */
function weight(alphabet: Alphabet, char: string): number {
  if (alphabet.own.includes(char)) return alphabet.lang === "ar" ? 1 : 10;
  return alphabet.shared.includes(char) ? 3 : 0;
}

/**
 * The language whose letters `texts` use most, or undefined when they use none that tell
 * (then the script's default stands): one Urdu-only letter outweighs three پ or گ that Persian
 * and Urdu both write, and a Persian text keeps its language beside a few Arabic yehs.
 */
export function arabicScriptLanguage(texts: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const text of texts) {
    // Most texts have no Arabic script at all: one native search, then nothing to count.
    if (!arabicBlock.test(text)) continue;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code < 0x0600 || code > 0x06ff) continue;
      const char = text.charAt(index);
      if (!tellingLetters.has(char)) continue;
      for (const alphabet of alphabets) {
        const points = weight(alphabet, char);
        if (points) counts.set(alphabet.lang, (counts.get(alphabet.lang) ?? 0) + points);
      }
    }
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const { lang } of alphabets) {
    const count = counts.get(lang) ?? 0;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The language of one run of Arabic script: the article's (`articleLang`) unless the run's
 * letters are ones that language does not write, and then the first language here that writes
 * them all. An Arabic title in an article of Persian names is Arabic (مكتبة has the teh marbuta
 * ة, which Persian writes as ه); a name with no telling letter takes the article's language, and
 * so does a Persian name typed with Arabic's yeh and kaf (علي).
 */
export function arabicRunLanguage(run: string, articleLang: string): string {
  const telling = [...run].filter((char) => tellingLetters.has(char));
  if (telling.length === 0) return articleLang;
  const fits = (alphabet: Alphabet): boolean => telling.every((char) => writes(alphabet, char));
  const article = alphabets.find((alphabet) => alphabet.lang === articleLang);
  // A language not in the table (the author's `{Arab: sd}`) is kept: its alphabet is not known here.
  if (!article || fits(article)) return articleLang;
  return alphabets.find(fits)?.lang ?? articleLang;
}

/**
 * The front matter's script-to-language map, with Arabic script's language read from the
 * letters of `texts` when the map does not name one.
 */
export function withArabicScriptLanguage(scriptLanguages: Readonly<Record<string, string>>, texts: readonly string[]): Record<string, string> {
  if (scriptLanguages.Arab !== undefined) return { ...scriptLanguages };
  const lang = arabicScriptLanguage(texts);
  return lang && lang !== "ar" ? { ...scriptLanguages, Arab: lang } : { ...scriptLanguages };
}
