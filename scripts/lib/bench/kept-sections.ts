/**
 * The dated sections written under the measured ones in bench/results.md (what a change cost,
 * timed in turns with the commit before it): a new run of the bench rewrites the tables and
 * the ladder, and carries these over as they are, since no run can measure them again.
 */
import { ladderHeading } from "./ladder-table.ts";

/**
 * Every `## ` section of `results` but the scale ladder, in order, each ending in one newline.
 * Of the ladder, which a run writes anew, the `### ` parts written under it by hand (a build
 * too long for every run, such as the 10,000-note document) are kept, in the ladder's place.
 */
export function keptSectionsOf(results: string): string[] {
  const starts = [...results.matchAll(/^## /gm)].map((match) => match.index);
  return starts
    .map((start, index) => results.slice(start, starts[index + 1]).replace(/\n*$/, "\n"))
    .flatMap((section) => {
      if (!section.startsWith(`${ladderHeading}\n`)) return [section];
      const parts = /^### /m.exec(section);
      return parts ? [section.slice(parts.index)] : [];
    });
}
