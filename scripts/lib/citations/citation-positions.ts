/**
 * Positions (first, subsequent, ibid., ibid. with a locator) decided once, in reading order,
 * for every citation of a document; every edition then prints the words they give.
 *
 * With notes, a citation's note is what counts, the author's own notes included:
 * "Ibid." refers to the one work cited in the immediately preceding note (CMOS 13.37). So a
 * cite is ibid. only when the citation before it (a) stands in the same note, with nothing
 * but this work cited between, or (b) stands in the note numbered one less, and that note
 * cites this work and nothing else. An author's note without a citation between two
 * citations of a work therefore makes the second a short form, never "Ibid.". Without notes
 * (author-date styles), a cite is ibid. when the cite just before it in the text is of the
 * same work alone in its citation.
 *
 * A locator decides between ibid. forms as CSL says: the same locator or none on both is
 * "ibid"; a new locator is "ibid-with-locator"; a locator before and none now is not ibid.
 * at all (it would wrongly point at the earlier page), so it is "subsequent".
 */
import { CitePosition } from "./citation-types.ts";

export interface PlacedCitation {
  /** The note holding this citation (its number), or undefined for a citation in running text. */
  note?: number;
  works: ReadonlyArray<{ key: string; locator?: string; label?: string }>;
}

export interface WorkPosition {
  position: CitePosition;
  /** True when the same work was cited within `nearNoteDistance` notes before (CSL's near-note). */
  nearNote: boolean;
  /** The note of this work's first citation, for styles that print "see n. 3". */
  firstNote?: number;
}

/** Positions for each work of each citation, in the order given (reading order). */
export function computePositions(citations: readonly PlacedCitation[], nearNoteDistance = 5): WorkPosition[][] {
  const firstNoteOf = new Map<string, number | undefined>();
  const lastNoteOf = new Map<string, number>();
  /** Keys cited in each note, to know whether a note cites one work only. */
  const keysInNote = new Map<number, Set<string>>();
  for (const citation of citations) {
    if (citation.note === undefined) continue;
    const keys = keysInNote.get(citation.note) ?? new Set<string>();
    for (const work of citation.works) keys.add(work.key);
    keysInNote.set(citation.note, keys);
  }

  let previous: { note?: number; key: string; locatorKey: string; alone: boolean } | undefined;
  return citations.map((citation) => {
    const positions = citation.works.map((work, index): WorkPosition => {
      const locatorKey = work.locator ? `${work.label ?? "page"} ${work.locator}` : "";
      const seen = firstNoteOf.has(work.key);
      let position = seen ? CitePosition.Subsequent : CitePosition.First;
      if (seen && previous && previous.key === work.key && followsDirectly(previous, citation, index, keysInNote)) {
        if (locatorKey === previous.locatorKey) position = CitePosition.Ibid;
        else if (locatorKey) position = CitePosition.IbidWithLocator;
      }
      const lastNote = lastNoteOf.get(work.key);
      const nearNote = citation.note !== undefined && lastNote !== undefined && citation.note - lastNote <= nearNoteDistance;
      if (!seen) firstNoteOf.set(work.key, citation.note);
      if (citation.note !== undefined) lastNoteOf.set(work.key, citation.note);
      previous = { note: citation.note, key: work.key, locatorKey, alone: citation.works.length === 1 };
      const result: WorkPosition = { position, nearNote };
      const firstNote = firstNoteOf.get(work.key);
      if (firstNote !== undefined) result.firstNote = firstNote;
      return result;
    });
    return positions;
  });
}

function followsDirectly(
  previous: { note?: number; alone: boolean },
  citation: PlacedCitation,
  index: number,
  keysInNote: ReadonlyMap<number, ReadonlySet<string>>,
): boolean {
  // Inside one citation (`[@a; @a, 5]`), the cite right before is the one to compare with.
  if (index > 0) return true;
  if (!previous.alone) return false;
  if (citation.note === undefined || previous.note === undefined) return citation.note === previous.note;
  if (previous.note === citation.note) return true;
  return previous.note === citation.note - 1 && (keysInNote.get(previous.note)?.size ?? 0) === 1;
}
