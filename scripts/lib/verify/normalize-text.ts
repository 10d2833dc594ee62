/**
 * Text normalisation for comparing a note as printed with the note in the source. Only
 * differences a reader cannot see are removed: whitespace runs, soft hyphens and other
 * invisible characters, backlink arrows, ligature glyphs, and the modifier-letter apostrophe
 * some fonts map their right quote to. The shape of quotes is forgiven separately (foldQuotes),
 * so that messages still quote each text as printed. Everything else (dashes, letters,
 * digits, punctuation) must match.
 */

const invisible = /[\u00ad\u200b\u2060\ufeff]/g;
/** ↩ with or without its text/emoji presentation selector: the web edition's backlinks. */
const backlinkArrows = /\u21a9[\ufe0e\ufe0f]?/g;
/** The EPUB's backlinks, ↑, which end a note (an arrow inside the text is the author's and stays). */
const trailingUpArrows = /(?:\s*\u2191)+\s*$/;
const ligatures: Record<string, string> = {
  "\ufb00": "ff",
  "\ufb01": "fi",
  "\ufb02": "fl",
  "\ufb03": "ffi",
  "\ufb04": "ffl",
  "\ufb05": "st",
  "\ufb06": "st",
};

export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .replace(invisible, "")
    .replace(backlinkArrows, "")
    .replace(trailingUpArrows, "")
    .replace(/[\ufb00-\ufb06]/g, (ch) => ligatures[ch] ?? ch)
    .replace(/\u02bc/g, "\u2019")
    .replace(/\s+/g, " ")
    .trim();
}

/** Curly, low, reversed and modifier-letter forms of the apostrophe and single quote. */
const singleQuotes = /[\u2018\u2019\u201a\u201b\u02bc]/g;
/** Curly, low and reversed double quotes. */
const doubleQuotes = /[\u201c\u201d\u201e\u201f]/g;

/**
 * Quotes and apostrophes as straight ones, for comparing only: markdown-it's typographer
 * curls the straight quotes of the source, and a font or a text layer may give either back.
 * Which shape a quote has says nothing about which note is which; a quote missing still shows.
 */
export function foldQuotes(text: string): string {
  return text.replace(singleQuotes, "'").replace(doubleQuotes, '"');
}

/** Characters after which a line may break with no space: hyphens (a soft hyphen's too), dashes, a slash. */
const breakableEnd = /[-\u2010\u2011\u00ad\u2012-\u2015/]$/u;
const hyphenEnd = /[-\u2010\u2011\u00ad]$/u;

/**
 * Joins a PDF note's lines (separated by "\n") as a reader reads them. Where a line ends
 * with a hyphen, a dash or a slash, the break may have had no space in it: the expected text
 * decides, by the words on either side of the break. A hyphen is kept where the expected
 * text has the hyphenated word (al-Maliki, 4-color, 1990-1995), dropped where it has the
 * whole word (the hyphen was a soft hyphen's); a dash or slash is joined to the next word
 * where the expected text has them joined (1990–1995, a/b). Otherwise lines join with a space.
 */
export function joinPdfLines(text: string, expected: string): string {
  const wanted = foldQuotes(normaliseText(expected));
  const lines = text.split("\n").map((line) => normaliseText(line)).filter((line) => line !== "");
  let joined = lines[0] ?? "";
  for (const line of lines.slice(1)) {
    if (breakableEnd.test(joined)) joined = joinAfterBreak(joined, line, wanted);
    else if (unspacedScriptEnd.test(joined) || unspacedScriptStart.test(line)) joined = joinUnspaced(joined, line, wanted);
    else joined = joinInsideWord(joined, line, wanted);
  }
  return joined;
}

/**
 * Chinese and Japanese put no space between words: a line may end anywhere in a sentence, and
 * the break is no space unless the source has one there. So too where only one side of the
 * break is Chinese or Japanese: a Latin name before full-width brackets, "Makridis（2025）".
 */
const unspacedScript = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef";
const unspacedScriptEnd = new RegExp(`[${unspacedScript}]$`, "u");
const unspacedScriptStart = new RegExp(`^[${unspacedScript}]`, "u");

function joinUnspaced(before: string, after: string, wanted: string): string {
  const around = `${before.slice(-1)} ${after.slice(0, 1)}`;
  return wanted.includes(around) ? `${before} ${after}` : `${before}${after}`;
}

/**
 * The last word before a line break and the first after it, quotes folded. Of a word holding
 * right-to-left letters (an address whose query is in Persian), only the part next to the break
 * and before them: the text layer keeps such letters in visual order, the source in reading order.
 */
function wordsAroundBreak(before: string, after: string): { last: string; first: string } {
  const last = foldQuotes(/\S*$/.exec(before)?.[0] ?? "");
  const first = foldQuotes(/^\S*/.exec(after)?.[0] ?? "");
  return { last: last.slice(lastRightToLeftEnd(last)), first: first.slice(0, firstRightToLeftStart(first)) };
}

function firstRightToLeftStart(word: string): number {
  const at = [...word].findIndex((c) => rightToLeftLetter.test(c));
  return at < 0 ? word.length : [...word].slice(0, at).join("").length;
}

function lastRightToLeftEnd(word: string): number {
  const chars = [...word];
  const at = chars.findLastIndex((c) => rightToLeftLetter.test(c));
  return at < 0 ? 0 : chars.slice(0, at + 1).join("").length;
}

/** `before` (ending in a hyphen, dash or slash) and `after` joined as `wanted` reads them. */
function joinAfterBreak(before: string, after: string, wanted: string): string {
  const { last, first } = wordsAroundBreak(before, after);
  // The words around the break, compared whole, so that "al-" + "Maliki" is not taken for "Maliki" alone.
  const kept = `${last}${first}`;
  if (wanted.includes(`${last} ${first}`) && !wanted.includes(kept)) return `${before} ${after}`;
  if (wanted.includes(kept)) return `${before}${after}`;
  if (hyphenEnd.test(last) && wanted.includes(`${last.slice(0, -1)}${first}`)) return `${before.slice(0, -1)}${after}`;
  return `${before} ${after}`;
}

/**
 * A word longer than the line (a long compound, a name in a narrow table column) is broken
 * where the line ends, with no hyphen: the two parts are one word where the expected text has
 * them together and never apart.
 */
function joinInsideWord(before: string, after: string, wanted: string): string {
  const { last, first } = wordsAroundBreak(before, after);
  const whole = last !== "" && first !== "" && wanted.includes(`${last}${first}`) && !wanted.includes(`${last} ${first}`);
  return whole ? `${before}${after}` : `${before} ${after}`;
}

/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms). */
const rightToLeftLetters = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff";
/** One such letter (Arabic-Indic digits, in the same blocks, match too). */
export const rightToLeftLetter = new RegExp(`[${rightToLeftLetters}]`, "u");
/**
 * What may stand between two right-to-left words of one sentence and come back elsewhere in a
 * text layer's visual order: spaces, joiners, punctuation, brackets, quotes, dashes and digits.
 */
const betweenRightToLeftWords = "\\s\u200c-\u200f.,:;!?()\\[\\]«»\"'\u2010-\u201f\u060c\u061b\u061f0-9\u0660-\u0669\u06f0-\u06f9";
/** Punctuation that may stand at either end of such a run, on whichever side the text layer sets it. */
const runEndPunctuation = ".,:;!?()\\[\\]«»\"'\u2010-\u201f\u060c\u061b\u061f";
/**
 * A run of right-to-left text: from a letter to the last letter that follows it with only
 * spaces, punctuation or digits between, and the spaces after it, with the punctuation that
 * touches it at either end (spaces between). The text layer sets that punctuation on either
 * side: the full stops of "ed. פ. לחובר", a Hebrew editor in an English note, came back
 * together before the run, and the note was refused.
 */
const rightToLeftRun = new RegExp(
  `(?:[${runEndPunctuation}][${runEndPunctuation}\\s\u200c-\u200f]*)?[${rightToLeftLetters}](?:[${betweenRightToLeftWords}]*[${rightToLeftLetters}])*(?:[${runEndPunctuation}\\s\u200c-\u200f]*[${runEndPunctuation}])?[\\s\u200c-\u200f]*`,
  "g",
);
/** Spaces, joiners and vowel marks: placed by the font, not always kept by a text layer. */
const rightToLeftNoise = /[\s\u200c-\u200f\u064b-\u0653\u0655-\u065f\u0670]/g;
/**
 * A PDF's text layer keeps right-to-left words in the order their glyphs sit on the line
 * (visual order), split and spaced by position, not in reading order, and a sentence's runs
 * may come back in reverse order, its punctuation on either side. Such a run can only be
 * checked for its letters, digits and punctuation, not their order: each becomes its base
 * letters, sorted. Left-to-right text around it is compared
 * exactly as before.
 */
export function foldRightToLeftRuns(text: string): string {
  // Only the runs are decomposed (presentation forms to letters, marks apart): a compatibility
  // decomposition of the whole text turned a non-breaking hyphen in a URL into a hyphen, and
  // the PDF's lines, joined against it, no longer found their words in it.
  return text.replace(rightToLeftRun, (run) => `⟨${[...run.normalize("NFKD").replace(rightToLeftNoise, "")].sort().join("")}⟩`);
}
