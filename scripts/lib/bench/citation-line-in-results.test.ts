import { describe, expect, it } from "vitest";
import { withCitationLine } from "./citation-line-in-results.ts";
import { citationLinePrefix } from "./citation-cost.ts";

const table = "# Benchmark results\n\nMachine: two cores.\n\n| document | total s |\n| --- | ---: |\n| sample article | 3.33 |\n\nTotal is the wall time.";

describe("withCitationLine", () => {
  it("replaces the citation line and keeps every other line", () => {
    const old = `${citationLinePrefix}300 citations: a first build adds 1.09 s.`;
    const fresh = `${citationLinePrefix}300 citations: a first build adds 0.40 s.`;
    const updated = withCitationLine(`${table}\n\n${old}\n`, fresh);
    expect(updated).toBe(`${table}\n\n${fresh}\n`);
    expect(updated).not.toContain("1.09");
  });

  it("adds the line after results that have none", () => {
    const line = `${citationLinePrefix}300 citations.`;
    expect(withCitationLine(`${table}\n`, line)).toBe(`${table}\n\n${line}\n`);
  });
});
