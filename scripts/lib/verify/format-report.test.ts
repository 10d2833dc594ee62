import { describe, expect, it } from "vitest";
import { summaryLine } from "./format-report.ts";
import type { EditionSummary, VerifyReport } from "./verify-report.ts";

const edition = (file: string): EditionSummary => ({ file, found: true, passed: true, calls: 0, notes: 0, mismatches: 0 });

function report(counts: Pick<VerifyReport, "notes" | "calls" | "crossReferences" | "contentsEntries">): VerifyReport {
  return {
    slug: "essay",
    source: "essay.md",
    passed: true,
    ...counts,
    editions: { web: edition("index.html"), pdf: edition("essay.pdf"), epub: edition("essay.epub") },
    rows: [],
    mismatches: [],
    timings: { editions: 41 },
  };
}

describe("the read-back's summary line", () => {
  it("counts in the plural", () => {
    expect(summaryLine(report({ notes: 11, calls: 13, crossReferences: 2, contentsEntries: 4 }))).toBe(
      "verified essay: 11 notes, 13 calls, 2 cross-references, 4 contents entries identical in the web edition, PDF and EPUB (41 ms)",
    );
  });

  it("says one of each in the singular, and leaves out what the work has none of", () => {
    expect(summaryLine(report({ notes: 1, calls: 1, crossReferences: 1, contentsEntries: 1 }))).toBe(
      "verified essay: 1 note, 1 call, 1 cross-reference, 1 contents entry identical in the web edition, PDF and EPUB (41 ms)",
    );
    expect(summaryLine(report({ notes: 0, calls: 0 }))).toBe("verified essay: 0 notes, 0 calls identical in the web edition, PDF and EPUB (41 ms)");
  });
});
