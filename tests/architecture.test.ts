/** The layering of the shipped code (scripts/ and layouts/), checked on every import. */
import { describe, expect, it } from "vitest";
import { projectRoot } from "../scripts/lib/project-paths.ts";
import { readImportGraph } from "./architecture/import-graph.ts";
import { layeringProblems } from "./architecture/layering.ts";
import { projectArchitecture } from "./architecture/project-architecture.ts";

describe("architecture", () => {
  const graph = readImportGraph(projectRoot, ["scripts", "layouts"]);

  it("reads the imports of every module", () => {
    // A reader that found nothing would pass every rule below.
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get("scripts/lib/build/build-graph.ts")).toContain("scripts/lib/build/task-graph.ts");
  });

  it("has no import cycle, no upward import, no edition reached past its entry point, no command imported", () => {
    expect(layeringProblems(graph, projectArchitecture)).toEqual([]);
  });

  it("keeps apart the folders a review found importing each other", () => {
    const between = (from: string, to: string): string[] =>
      [...graph].flatMap(([file, targets]) => (file.startsWith(from) ? targets.filter((target) => target.startsWith(to)).map((target) => `${file} → ${target}`) : []));
    expect(between("layouts/", "scripts/lib/build/")).toEqual([]);
    expect(between("scripts/lib/build/", "layouts/")).toEqual([]);
    expect(between("scripts/lib/markdown/", "scripts/lib/document/")).toEqual([]);
    expect(between("scripts/lib/bench/", "scripts/bench.ts")).toEqual([]);
  });
});
