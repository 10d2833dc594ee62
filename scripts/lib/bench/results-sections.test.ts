import { describe, expect, it } from "vitest";
import { sectionSpan, withSection } from "./results-sections.ts";

const results = "# Benchmark results\n\n## A\n\nold a\n\n## B\n\nb\n";

describe("a section of the results", () => {
  it("runs from its heading to the next one, or to the end", () => {
    expect(sectionSpan(results, "## A")).toEqual({ start: results.indexOf("## A"), end: results.indexOf("## B") });
    expect(sectionSpan(results, "## B")).toEqual({ start: results.indexOf("## B"), end: results.length });
    expect(sectionSpan(results, "## C")).toBeUndefined();
  });

  it("is replaced in its place, or added after the others", () => {
    expect(withSection(results, "## A", "## A\n\nnew a")).toBe("# Benchmark results\n\n## A\n\nnew a\n\n## B\n\nb\n");
    expect(withSection(results, "## B", "## B\n\nnew b\n\n")).toBe("# Benchmark results\n\n## A\n\nold a\n\n## B\n\nnew b\n");
    expect(withSection(results, "## C", "## C\n\nc")).toBe(`${results}\n## C\n\nc\n`);
  });
});
