/** The known keys nearest to an unknown one, for `unknown citation key "x"; closest: y, z`. */
import { editDistance } from "../files/closest-word.ts";

export function closestKeys(key: string, known: Iterable<string>, count = 2): string[] {
  return [...known]
    .map((candidate) => ({ candidate, distance: editDistance(key.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
