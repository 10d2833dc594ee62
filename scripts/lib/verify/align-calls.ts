/**
 * Pairs the calls the source has (in reading order) with the calls an edition shows, so each
 * difference can be named: a call showing another number, a call missing, a call too many.
 *
 * With as many calls on both sides, the n-th call is compared with the n-th call: a
 * renumbering then reads as "shows 1" rather than as a missing and an extra call. With
 * different counts, the longest common subsequence of numbers anchors the pairing, and the
 * calls between two anchors are paired in order; what is left over is missing or extra.
 */
export interface AlignedPair {
  /** Index in the expected sequence; absent for an extra call. */
  expected?: number;
  /** Index in the actual sequence; absent for a missing call. */
  actual?: number;
}

/** Above this many cells the table would cost too much memory; pair in order instead. */
const maxTableCells = 4_000_000;

export function alignSequences(expected: readonly number[], actual: ReadonlyArray<number | null>): AlignedPair[] {
  if (expected.length === actual.length || expected.length * actual.length > maxTableCells) {
    return pairInOrder(0, expected.length, 0, actual.length);
  }
  const columns = actual.length + 1;
  // lcs[i * columns + j]: length of the longest common subsequence of expected[i..] and actual[j..].
  const lcs = new Uint32Array((expected.length + 1) * columns);
  for (let i = expected.length - 1; i >= 0; i--) {
    for (let j = actual.length - 1; j >= 0; j--) {
      lcs[i * columns + j] =
        expected[i] === actual[j] ? (lcs[(i + 1) * columns + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * columns + j] ?? 0, lcs[i * columns + j + 1] ?? 0);
    }
  }
  const pairs: AlignedPair[] = [];
  let i = 0;
  let j = 0;
  let gapI = 0;
  let gapJ = 0;
  while (i < expected.length && j < actual.length) {
    if (expected[i] === actual[j] && lcs[i * columns + j] === (lcs[(i + 1) * columns + j + 1] ?? 0) + 1) {
      pairs.push(...pairInOrder(gapI, i, gapJ, j), { expected: i, actual: j });
      i++;
      j++;
      gapI = i;
      gapJ = j;
    } else if ((lcs[(i + 1) * columns + j] ?? 0) >= (lcs[i * columns + j + 1] ?? 0)) {
      i++;
    } else {
      j++;
    }
  }
  pairs.push(...pairInOrder(gapI, expected.length, gapJ, actual.length));
  return pairs;
}

/** expected[fromI..toI) against actual[fromJ..toJ), position by position. */
function pairInOrder(fromI: number, toI: number, fromJ: number, toJ: number): AlignedPair[] {
  const pairs: AlignedPair[] = [];
  const shared = Math.min(toI - fromI, toJ - fromJ);
  for (let k = 0; k < shared; k++) pairs.push({ expected: fromI + k, actual: fromJ + k });
  for (let k = fromI + shared; k < toI; k++) pairs.push({ expected: k });
  for (let k = fromJ + shared; k < toJ; k++) pairs.push({ actual: k });
  return pairs;
}
