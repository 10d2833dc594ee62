/**
 * Where /ActualText covers an Indic cluster whose glyphs are fewer than its letters
 * (राष्ट्रीय's ष्ट्री, Bengali স্বা, Malayalam ര്ീ), MuPDF gives the span's text at the cluster's
 * glyphs, the letters it has no glyph left for set down with no width at the last one, and then
 * the last glyph's own text once more: "ष्ट्रीीय", "স্বাাস্থ্য". pdftotext and the page itself
 * read the word once. A run of up to three characters starting with a combining mark, right after
 * the same run whose last character has no width or starts where the run does (on a justified
 * line the span's letters get the glyph's box), is that second reading, and is dropped: no
 * script writes a vowel sign, virama or other mark twice in a row.
 */
/** What this needs of a character MuPDF read (pdf-lines.ts's PdfChar): its text and where its box starts and ends. */
interface PlacedChar {
  c: string;
  x: number;
  right: number;
}

/** The longest repeated run looked for: a virama, a consonant and a vowel sign (्री). */
const longestRun = 3;

const noWidth = (char: PlacedChar): boolean => Math.abs(char.right - char.x) < 0.01;
const isMark = (char: PlacedChar | undefined): boolean => char !== undefined && /^\p{M}/u.test(char.c);

/** `chars` (one line, as MuPDF gave them) without the second reading of a cluster's last letters. */
export function withoutRepeatedClusterMarks<Char extends PlacedChar>(chars: readonly Char[]): Char[] {
  const kept: Char[] = [];
  for (let index = 0; index < chars.length; index++) {
    const run = repeatedRunAt(chars, index, kept);
    if (run === 0) {
      kept.push(chars[index] as Char);
      continue;
    }
    // The kept reading ends where the dropped one did: the line keeps its width.
    const last = kept.length - 1;
    const dropped = chars.slice(index, index + run);
    kept[last] = { ...(kept[last] as Char), right: Math.max((kept[last] as Char).right, ...dropped.map((char) => char.right)) };
    index += run - 1;
  }
  return kept;
}

/** How many characters from `index` repeat the ones kept just before them, as MuPDF's second reading does; 0 when none. */
function repeatedRunAt(chars: readonly PlacedChar[], index: number, kept: readonly PlacedChar[]): number {
  if (!isMark(chars[index])) return 0;
  const before = kept.at(-1);
  const first = chars[index] as PlacedChar;
  if (!before || !(noWidth(before) || Math.abs(before.x - first.x) < 0.01)) return 0;
  for (let run = longestRun; run >= 1; run--) {
    if (kept.length < run || index + run > chars.length) continue;
    const earlier = kept.slice(kept.length - run).map((char) => char.c).join("");
    const again = chars.slice(index, index + run).map((char) => char.c).join("");
    if (earlier === again) return run;
  }
  return 0;
}
