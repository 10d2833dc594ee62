import { describe, expect, it } from "vitest";
import { medianBy, medianOf } from "./median.ts";

describe("medianBy", () => {
  it("keeps the whole middle run, by the key", () => {
    const runs = [{ ms: 30, pages: 3 }, { ms: 10, pages: 1 }, { ms: 20, pages: 2 }];
    expect(medianBy(runs, (run) => run.ms)).toEqual({ ms: 20, pages: 2 });
  });
  it("takes the upper of two middles", () => {
    expect(medianOf([4, 1, 3, 2])).toBe(3);
  });
  it("refuses no runs, and gives 0 for no values", () => {
    expect(() => medianBy([], (value: number) => value)).toThrow(/at least one/);
    expect(medianOf([])).toBe(0);
  });
});
