import { describe, expect, it } from "vitest";
import { keptSectionsOf } from "./kept-sections.ts";
import { ladderHeading } from "./ladder-table.ts";

describe("sections kept by a new bench run", () => {
  it("are the dated sections after the tables and the parts written under the ladder, without the ladder's own text, each whole and in order", () => {
    const results = `# Benchmark results\n\n| table |\n\nCitation line.\n\n${ladderHeading}\n\nthe ladder\n\n### 10,000 notes\n\nladder detail\n\n## First change (day 1)\n\nits timings\n\n\n## Second change (day 2)\n\nmore\n`;
    expect(keptSectionsOf(results)).toEqual(["### 10,000 notes\n\nladder detail\n", "## First change (day 1)\n\nits timings\n", "## Second change (day 2)\n\nmore\n"]);
  });

  it("are none in results that hold only what the bench writes", () => {
    expect(keptSectionsOf(`# Benchmark results\n\n| table |\n\n${ladderHeading}\n\nthe ladder\n`)).toEqual([]);
    expect(keptSectionsOf("")).toEqual([]);
  });
});
