import { describe, expect, it } from "vitest";
import { againstPeers, ladderHeading, ladderSection, ladderSectionOf, ladderVerdict, perPageGrowth, secondsPerPage, withLadderSection, type LadderRow } from "./ladder-table.ts";

const row = (chapters: number, pages: number, totalMs: number, extra: Partial<LadderRow> = {}): LadderRow => ({
  chapters,
  pages,
  totalMs,
  cpuMs: totalMs * 1.5,
  layoutMs: totalMs / 4,
  pdfWriteMs: totalMs / 2,
  verifyMs: totalMs / 10,
  peakRssBytes: 700 * 2 ** 20,
  ...extra,
});

describe("seconds per page and their growth", () => {
  it("divides by the pages, and has no value without pages", () => {
    expect(secondsPerPage(7_900, 79)).toBeCloseTo(0.1);
    expect(secondsPerPage(1_000, 0)).toBeUndefined();
  });

  it("is 1 for a linear cost and says how much faster than linear otherwise", () => {
    const thirty = row(30, 80, 8_000);
    expect(perPageGrowth(thirty, row(300, 800, 80_000), (r) => r.totalMs)).toBeCloseTo(1);
    expect(perPageGrowth(thirty, row(300, 800, 120_000), (r) => r.totalMs)).toBeCloseTo(1.5);
    expect(perPageGrowth(thirty, row(300, 800, 120_000, { pdfWriteMs: 100_000 }), (r) => r.pdfWriteMs)).toBeCloseTo(2.5);
    expect(perPageGrowth(undefined, thirty, (r) => r.totalMs)).toBeUndefined();
  });

  it("compares with the peers' both editions, when they ran", () => {
    expect(againstPeers(row(30, 80, 8_000, { peers: { totalMs: 10_000, cpuMs: 9_000 } }))).toBeCloseTo(0.8);
    expect(againstPeers(row(30, 80, 8_000))).toBeUndefined();
  });
});

describe("the ladder's section", () => {
  const rows = [
    row(10, 27, 5_000, { peers: { totalMs: 4_000, cpuMs: 3_900, pages: 40 } }),
    row(30, 80, 8_000, { peers: { totalMs: 10_000, cpuMs: 9_500, pages: 120 } }),
    row(300, 800, 96_000, { peers: { totalMs: 80_000, cpuMs: 79_000, pages: 1_200 }, peakRssBytes: 1_600 * 2 ** 20 }),
  ];

  it("gives each size its pages, per-page costs, memory and the peers' time", () => {
    const section = ladderSection(rows, "under a load average of 1.2");
    expect(section.startsWith(`${ladderHeading}\n`)).toBe(true);
    expect(section).toContain("under a load average of 1.2");
    // 96 s over 800 pages; CPU 144 s; layout 24 s, PDF 48 s, read-back 9.6 s over 800 pages.
    expect(section).toContain("| 300 | 800 | 96.00 | 144.00 | 0.1200 | 0.0300 | 0.0600 | 0.0120 | 1600 | 80.00 | 1200 | 1.20 |");
    expect(section).toContain("| 10 | 27 | 5.00 | 7.50 | 0.1852 |");
  });

  it("states the ratios the issue sets targets for, against those targets", () => {
    expect(ladderVerdict(rows)).toBe(
      "Per page, 300 chapters against 30: whole build 1.20× (target ≤ 1.2×), CPU 1.20×, layout 1.20×, PDF write 1.20×, read-back 1.20× (1× is linear). " +
        "Against pandoc + WeasyPrint: 300 chapters 1.20× (target ≤ 1×), 30 chapters 0.80× (target ≤ 0.8×). " +
        "Peak memory at 300 chapters: 1600 MiB (target under 1536 MiB).",
    );
    expect(ladderVerdict(rows.slice(0, 2))).toBe("Too few sizes measured for the ratios.");
  });

  it("takes the place of the ladder section already in the results, and only of it", () => {
    const before = "# Benchmark results\n\n| table |\n\nCitation line.\n";
    const first = withLadderSection(before, `${ladderHeading}\n\nold ladder\n`);
    expect(first).toBe(`${before}\n${ladderHeading}\n\nold ladder\n`);
    const second = withLadderSection(`${first}\n## Later section\n\nkept\n`, `${ladderHeading}\n\nnew ladder\n`);
    expect(second).toBe(`${before}\n${ladderHeading}\n\nnew ladder\n\n## Later section\n\nkept\n`);
    expect(second).not.toContain("old ladder");
    // What was written by hand under the ladder stays under the new one, once.
    const third = withLadderSection(`${before}\n${ladderHeading}\n\nold ladder\n\n### 10,000 notes\n\nby hand\n\n## Later section\n\nkept\n`, `${ladderHeading}\n\nnew ladder\n`);
    expect(third).toBe(`${before}\n${ladderHeading}\n\nnew ladder\n\n### 10,000 notes\n\nby hand\n\n## Later section\n\nkept\n`);
  });

  it("is found in earlier results, to be carried over by a run that does not measure it", () => {
    const results = `# Benchmark results\n\n| table |\n\n${ladderHeading}\n\nthe ladder\n\n## Later section\n\nkept\n`;
    expect(ladderSectionOf(results)).toBe(`${ladderHeading}\n\nthe ladder\n`);
    expect(ladderSectionOf("# Benchmark results\n")).toBeUndefined();
    // Without the parts written under it by hand, which keptSectionsOf carries: a quick run writes each once.
    expect(ladderSectionOf(`${ladderHeading}\n\nthe ladder\n\n### 10,000 notes\n\nby hand\n`)).toBe(`${ladderHeading}\n\nthe ladder\n`);
  });
});
