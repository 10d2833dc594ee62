import { describe, expect, it } from "vitest";
import { importsOf, type ImportGraph } from "./import-graph.ts";
import { importCycles, layeringProblems, type Architecture } from "./layering.ts";

/** A small project: lib/low below lib/high; an edition "pdf" with its entry point; commands in cmd/. */
const architecture: Architecture = {
  layers: [
    { name: "low", paths: ["lib/low/"] },
    { name: "editions", paths: ["lib/editions/"] },
    { name: "high", paths: ["lib/high/"] },
    { name: "commands", paths: ["cmd/*.ts"] },
  ],
  editions: [
    { name: "pdf", paths: ["lib/editions/pdf/"], entry: "lib/editions/pdf/pdf-edition.ts" },
    { name: "web", paths: ["lib/editions/web/"], entry: "lib/editions/web/web-edition.ts" },
  ],
  commands: (path) => path.startsWith("cmd/"),
};

const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe("layeringProblems", () => {
  it("accepts imports that point down or stay in their layer", () => {
    const graph = graphOf({
      "cmd/build.ts": ["lib/high/run.ts"],
      "lib/high/run.ts": ["lib/low/a.ts", "lib/editions/pdf/pdf-edition.ts"],
      "lib/editions/pdf/pdf-edition.ts": ["lib/editions/pdf/render.ts"],
      "lib/editions/pdf/render.ts": ["lib/low/a.ts"],
      "lib/low/a.ts": ["lib/low/b.ts"],
      "lib/low/b.ts": [],
    });
    expect(layeringProblems(graph, architecture)).toEqual([]);
  });

  it("finds an import cycle", () => {
    const graph = graphOf({ "lib/low/a.ts": ["lib/low/b.ts"], "lib/low/b.ts": ["lib/low/c.ts"], "lib/low/c.ts": ["lib/low/a.ts"] });
    expect(importCycles(graph)).toEqual([["lib/low/a.ts", "lib/low/b.ts", "lib/low/c.ts"]]);
    expect(layeringProblems(graph, architecture)).toEqual(["import cycle: lib/low/a.ts ↔ lib/low/b.ts ↔ lib/low/c.ts"]);
  });

  it("finds a file that imports itself", () => {
    expect(importCycles(graphOf({ "lib/low/a.ts": ["lib/low/a.ts"] }))).toEqual([["lib/low/a.ts"]]);
  });

  it("finds an import from a lower layer to a higher one", () => {
    const graph = graphOf({ "lib/low/a.ts": ["lib/high/run.ts"], "lib/high/run.ts": [] });
    expect(layeringProblems(graph, architecture)).toEqual(["lib/low/a.ts (low) imports lib/high/run.ts (high), a higher layer"]);
  });

  it("finds an edition's internals imported from outside it", () => {
    const graph = graphOf({
      "lib/high/run.ts": ["lib/editions/pdf/render.ts"],
      "lib/editions/web/page.ts": ["lib/editions/pdf/render.ts", "lib/editions/pdf/pdf-edition.ts"],
      "lib/editions/pdf/render.ts": [],
      "lib/editions/pdf/pdf-edition.ts": [],
    });
    expect(layeringProblems(graph, architecture)).toEqual([
      "lib/editions/web/page.ts imports lib/editions/pdf/render.ts, inside the pdf edition: import lib/editions/pdf/pdf-edition.ts instead",
      "lib/high/run.ts imports lib/editions/pdf/render.ts, inside the pdf edition: import lib/editions/pdf/pdf-edition.ts instead",
    ]);
  });

  it("finds a command imported by the library, and a file in no layer", () => {
    const graph = graphOf({ "lib/high/table.ts": ["cmd/bench.ts"], "cmd/bench.ts": [], "lib/new/thing.ts": [] });
    expect(layeringProblems(graph, architecture)).toEqual(["lib/high/table.ts imports the command cmd/bench.ts", "lib/new/thing.ts: in no declared layer"]);
  });
});

describe("importsOf", () => {
  it("reads static, dynamic, type-only and re-exported imports, and leaves packages out", () => {
    const text = [
      'import { a } from "./a.ts";',
      'import type { B } from "../b.ts";',
      'export { c } from "./sub/c.ts";',
      'const d = await import("./d.ts");',
      'import ts from "typescript";',
    ].join("\n");
    expect(importsOf("lib/high/run.ts", text)).toEqual(["lib/high/a.ts", "lib/b.ts", "lib/high/sub/c.ts", "lib/high/d.ts"]);
  });
});
