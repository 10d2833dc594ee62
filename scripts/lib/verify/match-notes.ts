/**
 * Pairs each note of the source with the note an edition prints for it, so a difference can
 * be named precisely. In order of trust:
 *   1. same number, same text;
 *   2. same text under the number the note's call shows (a consistent renumbering);
 *   3. same number, other text (a reader following the call reads the wrong note);
 *   4. same text under any other number.
 * Within each step, editions' notes are taken in reading order, so identical texts ("ibid")
 * pair up in the order they appear.
 */
export interface ExpectedNote {
  number: number;
  /** Normalised text. */
  text: string;
  /** The number the note's first call shows in this edition, when it shows another one. */
  callShows?: number | null;
}

export interface ShownNote {
  number: number | null;
}

export type MatchKind = "exact" | "renumbered" | "text-differs" | "moved-text";

export interface NoteMatch {
  actual: number;
  kind: MatchKind;
}

/**
 * `sameText(a, e)` tells whether shown note `a` reads as expected note `e`'s text (for the
 * PDF this depends on the expected text: see joinPdfLines).
 */
export function matchNotes(
  expected: readonly ExpectedNote[],
  shown: readonly ShownNote[],
  sameText: (shownIndex: number, expectedIndex: number) => boolean,
): { matches: Map<number, NoteMatch>; unmatched: number[] } {
  const matches = new Map<number, NoteMatch>();
  const taken = new Uint8Array(shown.length);
  const pair = (e: number, a: number, kind: MatchKind): void => {
    matches.set(e, { actual: a, kind });
    taken[a] = 1;
  };
  // The shown notes of each number, in reading order: the first three steps pair a note only
  // with one showing a given number, so each looks at those alone rather than scanning every
  // shown note from the start (which made a book of 10,000 notes cost 10,000 × 10,000 steps).
  const allShown = shown.map((_note, a) => a);
  const shownWith = new Map<number | null, number[]>();
  for (const a of allShown) {
    const number = shown[a]?.number ?? null;
    const same = shownWith.get(number);
    if (same) same.push(a);
    else shownWith.set(number, [a]);
  }
  const firstShown = (candidates: readonly number[], accept: (a: number) => boolean): number | undefined => candidates.find((a) => !taken[a] && accept(a));
  const step = (kind: MatchKind, candidatesFor: (e: number) => readonly number[] | undefined, accept: (a: number, e: number) => boolean): void => {
    expected.forEach((_note, e) => {
      if (matches.has(e)) return;
      const a = firstShown(candidatesFor(e) ?? [], (candidate) => accept(candidate, e));
      if (a !== undefined) pair(e, a, kind);
    });
  };
  const showingNumber = (e: number) => shownWith.get(expected[e]?.number ?? null);
  const showingCallNumber = (e: number) => {
    const callShows = expected[e]?.callShows;
    return callShows === undefined ? undefined : shownWith.get(callShows);
  };

  step("exact", showingNumber, (a, e) => sameText(a, e));
  step("renumbered", showingCallNumber, (a, e) => sameText(a, e));
  step("text-differs", showingNumber, () => true);
  step("moved-text", () => allShown, (a, e) => sameText(a, e));
  const unmatched = allShown.filter((a) => !taken[a]);
  return { matches, unmatched };
}
