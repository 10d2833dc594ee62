/**
 * Link integrity of one note in one edition, as lines a person reads:
 *   note 7: EPUB call leads nowhere (chapter-03.xhtml#fn-7)
 *   note 7: EPUB 2nd call links to note 8 (chapter-03.xhtml#fn-8)
 *   note 7: EPUB backlink leads nowhere (chapter-03.xhtml#fnref-7)
 *   note 7: web edition backlink leads to a call of note 9 (index.html#fnref-9)
 * Every call must open the note with its number; every link from a note back to the text must
 * reach a call of that note. A reader who clicks a broken one is stranded, so each is a
 * mismatch, whatever numbers the edition prints.
 */
import type { FollowedLink } from "./edition-types.ts";

/** What a call's link should be, judged from what the comparison knows about the call. */
export interface CallLink {
  /** "" for the first call, "2nd " for the second... */
  ordinal: string;
  /** The number the call shows. */
  shown?: number | null;
  /** The number shown by the note the link opens; null when it opens none (older extractors set only this). */
  target?: number | null;
  link?: FollowedLink;
}

/** Problems with one call's link, for note `n`, as message tails (`call leads nowhere (…)`). */
export function callLinkProblems(n: number, call: CallLink): string[] {
  const where = call.link ? ` (${call.link.href})` : "";
  if (call.link?.reaches === "nothing") return [`${call.ordinal}call leads nowhere${where}`];
  if (call.link && call.link.reaches !== "note") return [`${call.ordinal}call links to no note${where}`];
  // A call that shows another number is named by its number already; its link follows that number.
  if (call.shown !== n || call.target === undefined || call.target === n) return [];
  return [`${call.ordinal}call links to ${call.target === null ? "no note" : `note ${call.target}`}${where}`];
}

/**
 * Problems with the backlinks of note `n`: each must reach one of its calls. A call is the
 * note's when the comparison paired it with a call of `n` in the source (whatever number it
 * shows: a wrong number is reported on its own); a call the source lacks must show the
 * number the note shows.
 */
export function backlinkProblems(n: number, noteShows: number, backlinks: readonly FollowedLink[]): string[] {
  return backlinks.flatMap((link) => {
    if (link.reaches === "nothing") return [`backlink leads nowhere (${link.href})`];
    if (link.reaches !== "call") return [`backlink leads to no call (${link.href})`];
    const owner = link.callOf ?? link.number;
    if (link.callOf === undefined ? owner !== noteShows : owner !== n) return [`backlink leads to a call of note ${owner ?? "(no number)"} (${link.href})`];
    return [];
  });
}
