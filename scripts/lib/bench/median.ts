/**
 * The middle run of several, by one of its timings: runs on a shared machine vary by a third,
 * and the median keeps a whole run (its pages and steps together) instead of averaging
 * timings that belong to different runs. With an even count it is the upper of the two.
 */
export function medianBy<T>(items: readonly T[], key: (item: T) => number): T {
  if (!items.length) throw new Error("A median needs at least one run");
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function medianOf(values: readonly number[]): number {
  return values.length ? medianBy(values, (value) => value) : 0;
}
