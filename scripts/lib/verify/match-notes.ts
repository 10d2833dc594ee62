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
  const taken = new Set<number>();
  const pair = (e: number, a: number, kind: MatchKind): void => {
    matches.set(e, { actual: a, kind });
    taken.add(a);
  };
  const firstShown = (accept: (a: number) => boolean): number | undefined => {
    for (let a = 0; a < shown.length; a++) if (!taken.has(a) && accept(a)) return a;
    return undefined;
  };
  const step = (kind: MatchKind, accept: (a: number, e: number) => boolean): void => {
    expected.forEach((_note, e) => {
      if (matches.has(e)) return;
      const a = firstShown((candidate) => accept(candidate, e));
      if (a !== undefined) pair(e, a, kind);
    });
  };
  const numberOf = (a: number): number | null => shown[a]?.number ?? null;

  step("exact", (a, e) => numberOf(a) === expected[e]?.number && sameText(a, e));
  step("renumbered", (a, e) => {
    const callShows = expected[e]?.callShows;
    return callShows !== undefined && numberOf(a) === callShows && sameText(a, e);
  });
  step("text-differs", (a, e) => numberOf(a) === expected[e]?.number);
  step("moved-text", (a, e) => sameText(a, e));
  const unmatched = shown.map((_note, a) => a).filter((a) => !taken.has(a));
  return { matches, unmatched };
}
