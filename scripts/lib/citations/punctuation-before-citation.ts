/**
 * An author-date citation written after the sentence's punctuation, as authors who write for a
 * note style do (`distinct.[@arendt1958, 7]`), is set where author-date styles put it: before
 * the punctuation, a space before it (`distinct (Arendt 1958, 7).`). Chicago's author-date rule;
 * without it, switching an article's style to author-date prints "distinct.(Arendt 1958, 7)".
 *
 * A closing quotation mark keeps its place and the punctuation inside it moves out after the
 * citation (“the crisis.” → “the crisis” (Bourdieu 1984, 52).), as Chicago sets it.
 */

export interface MovedPunctuation {
  /** The text before the citation, its final punctuation taken away, a space at its end. */
  before: string;
  /** The punctuation to set after the citation. */
  after: string;
}

const TRAILING = /([.,;:!?]+)([”’"']*)$/u;
/** Words whose period is their own: "et al.", "Dr.", an initial. */
const ABBREVIATION = /(?:^|[\s(])(?:al|etc|Dr|Mr|Mrs|Ms|St|Jr|Sr|vols?|nos?|pp?|eds?|[A-Z])$/u;

/** Where the text before a parenthetical citation ends in punctuation with no space: what moves. */
export function punctuationBeforeCitation(before: string): MovedPunctuation | undefined {
  const match = TRAILING.exec(before);
  const punctuation = match?.[1];
  if (!match || punctuation === undefined) return undefined;
  const kept = before.slice(0, match.index);
  // "et al." or "Dr." before a citation: the period belongs to the word; nothing moves, only a space is wanted.
  if (punctuation === "." && ABBREVIATION.test(kept)) return { before: `${before} `, after: "" };
  return { before: `${kept}${match[2] ?? ""} `, after: punctuation };
}
