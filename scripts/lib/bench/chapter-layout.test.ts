import { describe, expect, it } from "vitest";
import { runsOf } from "./chapter-layout.ts";
import { chapterLayoutHeading, chapterLayoutSection, withChapterLayoutSection } from "./chapter-layout-section.ts";
import type { ChapterLayoutCost, Laid } from "./chapter-layout.ts";

describe("runsOf", () => {
  it("cuts chapters into runs of about as many pages, the front matter with the first", () => {
    expect(runsOf([3, 3, 3, 3], 2)).toEqual([
      { front: true, from: 1, to: 2 },
      { front: false, from: 3, to: 4 },
    ]);
  });
  it("balances by pages, not by chapters", () => {
    expect(runsOf([10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 2)).toEqual([
      { front: true, from: 1, to: 1 },
      { front: false, from: 2, to: 11 },
    ]);
  });
  it("covers every chapter once, in order, with no more runs than asked", () => {
    const pages = [4, 7, 2, 9, 3, 3, 5, 1];
    for (const jobs of [1, 2, 3, 5, 8, 12]) {
      const runs = runsOf(pages, jobs);
      expect(runs.length).toBeLessThanOrEqual(Math.min(jobs, pages.length));
      expect(runs[0]!.from).toBe(1);
      expect(runs.at(-1)!.to).toBe(pages.length);
      runs.slice(1).forEach((run, index) => expect(run.from).toBe(runs[index]!.to + 1));
      expect(runs.filter((run) => run.front)).toHaveLength(1);
    }
  });
});

const laid = (layoutMs: number, wallMs: number, chapterPages: number[]): Laid => ({ layoutMs, wallMs, pages: chapterPages.reduce((a, b) => a + b, 0), chapterPages });

describe("chapterLayoutSection", () => {
  const cost: ChapterLayoutCost = {
    whole: laid(2740, 3310, [3, 3, 3]),
    chapters: [laid(350, 900, [3]), laid(300, 800, [3]), laid(400, 1000, [3])],
    parallel: [{ jobs: 2, wallMs: 1655, runs: [] }],
    mismatched: [2],
  };
  const section = chapterLayoutSection([{ chapters: 3, cost }], "Load average 1.");

  it("gives each book a row: whole, median chapter alone, runs at once with their speed-up", () => {
    expect(section.startsWith(`${chapterLayoutHeading}\n`)).toBe(true);
    expect(section).toContain("| 3 | 9 | 2.74 | 3.31 | 0.35 | 0.90 | 1.66 (2.00×) | 2 |");
    expect(section).toContain("Load average 1.");
  });

  it("replaces the section it wrote before, keeping what comes before and after", () => {
    const earlier = `# Benchmark results\n\n${chapterLayoutHeading}\n\nold table\n\n## Later\n\ntext\n`;
    const results = withChapterLayoutSection(earlier, section);
    expect(results).not.toContain("old table");
    expect(results.startsWith("# Benchmark results\n\n")).toBe(true);
    expect(results.endsWith("## Later\n\ntext\n")).toBe(true);
    expect(withChapterLayoutSection("# Benchmark results\n", section)).toBe(`# Benchmark results\n\n${section}`);
  });
});
