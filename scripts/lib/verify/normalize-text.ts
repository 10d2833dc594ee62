/**
 * Text normalisation for comparing a note as printed with the note in the source. Only
 * differences a reader cannot see are removed: whitespace runs, soft hyphens and other
 * invisible characters, backlink arrows, ligature glyphs, and the modifier-letter apostrophe
 * some fonts map their right quote to. Everything else (quotes, dashes, letters) must match.
 */

const invisible = /[\u00ad\u200b\u2060\ufeff]/g;
/** ↩ with or without its text/emoji presentation selector: the web and EPUB backlinks. */
const backlinkArrows = /\u21a9[\ufe0e\ufe0f]?/g;
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
    .replace(/[\ufb00-\ufb06]/g, (ch) => ligatures[ch] ?? ch)
    .replace(/\u02bc/g, "\u2019")
    .replace(/\s+/g, " ")
    .trim();
}

const lineEndHyphen = /(\p{L}+)[-\u2010\u2011\u00ad]$/u;
const leadingWord = /^\p{L}+/u;

/**
 * Joins a PDF note's lines (separated by "\n") as a reader reads them. A word broken at a
 * line end with a hyphen is rejoined without the hyphen only where the expected text has
 * the whole word (the hyphen was a soft hyphen's); where the expected text has the
 * hyphenated word (al-Maliki) the hyphen stays; otherwise the lines join with a space.
 */
export function joinPdfLines(text: string, expected: string): string {
  const wanted = normaliseText(expected);
  const lines = text.split("\n").map((line) => normaliseText(line)).filter((line) => line !== "");
  let joined = lines[0] ?? "";
  for (const line of lines.slice(1)) {
    const broken = lineEndHyphen.exec(joined);
    const next = leadingWord.exec(line)?.[0];
    if (broken?.[1] && next) {
      const head = broken[1];
      if (wanted.includes(`${head}-${next}`) || wanted.includes(`${head}\u2010${next}`)) {
        joined = `${joined.slice(0, -1)}${wanted.includes(`${head}-${next}`) ? "-" : "\u2010"}${line}`;
        continue;
      }
      if (wanted.includes(`${head}${next}`)) {
        joined = `${joined.slice(0, -1)}${line}`;
        continue;
      }
    }
    joined = `${joined} ${line}`;
  }
  return joined;
}

/**
 * Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo and their presentation
 * forms); a run goes on across spaces and the joiners Persian writes between word parts.
 */
const rightToLeftRun = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff](?:[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200c-\u200f\s])*/g;
/** Spaces, joiners and vowel marks: placed by the font, not always kept by a text layer. */
const rightToLeftNoise = /[\s\u200c-\u200f\u064b-\u0653\u0655-\u065f\u0670]/g;
/**
 * Heh with hamza above (ـهٔ, ۀ) is one glyph in Noto Naskh Arabic whose text map keeps only the
 * hamza: both sides keep just the hamza.
 */
const hehWithHamza = /[\u0647\u06d5]\u0654/g;

/**
 * A PDF's text layer keeps right-to-left words in the order their glyphs sit on the line
 * (visual order), split and spaced by position, not in reading order, and a sentence's runs
 * may come back in reverse order. Such a run can only be checked for its letters, not their
 * order: each becomes its base letters, sorted. Left-to-right text around it is compared
 * exactly as before.
 */
export function foldRightToLeftRuns(text: string): string {
  return text
    .normalize("NFKD")
    .replace(rightToLeftRun, (run) => `⟨${[...run.replace(hehWithHamza, "\u0654").replace(rightToLeftNoise, "")].sort().join("")}⟩`)
    .normalize("NFC");
}
