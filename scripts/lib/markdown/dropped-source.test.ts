import { describe, expect, it } from "vitest";
import { markdownEngine } from "../engine/markdown-engine.ts";
import type { Diagnostic } from "../errors.ts";
import { pipeCells } from "./dropped-source.ts";

function warnings(markdown: string): Array<Pick<Diagnostic, "code" | "message"> & { line: number | undefined }> {
  const env: { sourcePath: string; lineOffset: number; structureDiagnostics?: Diagnostic[] } = { sourcePath: "a.md", lineOffset: 3 };
  markdownEngine.parse(markdown, env as unknown as Record<string, unknown>);
  return (env.structureDiagnostics ?? []).filter((d) => d.code === "unused-link-definition" || d.code === "table-extra-cells").map((d) => ({ code: d.code, message: d.message, line: d.location?.line }));
}

describe("link definitions no text uses", () => {
  it("are named at their line, with the two ways to print them", () => {
    expect(warnings("Text.\n\n[1]: Smith1999\n")).toEqual([
      { code: "unused-link-definition", line: 6, message: '"[1]: Smith1999" defines a link that no text uses, so no edition prints it; write [^1]: for a note, or \\[1]: to print the line as text' },
    ]);
  });

  it("in a quotation too", () => {
    expect(warnings('Text.\n\n> [ZQ]: dest "A title"\n').map((w) => w.line)).toEqual([6]);
  });

  it("are not named when a link uses them, in any of its forms and in any case", () => {
    expect(warnings("A [full][one], a [Two][] and [three].\n\n[one]: https://a.org\n[two]: https://b.org\n[THREE]: https://c.org\n")).toEqual([]);
  });

  it("are not named when used from a note, nor written in code", () => {
    expect(warnings("Text.[^n]\n\n```\n[x]: https://x.org\n```\n\n[^n]: See [x].\n\n[x]: https://x.org\n")).toEqual([]);
  });

  it("leave a note's definition and a line that is no definition alone", () => {
    expect(warnings("Text.[^1]\n\n[^1]: A note.\n\n[2]: Smith 1999, p. 4\n")).toEqual([]);
  });
});

describe("cells beyond a pipe table's header", () => {
  it("are named at their row, with what is lost", () => {
    expect(warnings("| a | b |\n|---|---|\n| 1 | 2 | extra |\n| 3 | 4 |\n")).toEqual([
      { code: "table-extra-cells", line: 6, message: 'this row has 3 cells and its table\'s header 2: "extra" is printed nowhere; add a column to the header, or remove the cell' },
    ]);
  });

  it("in every table, a note's too, and several at once", () => {
    const found = warnings("| a |\n|---|\n| 1 |\n\nText.[^n]\n\n[^n]: A table:\n\n    | a | b |\n    |---|---|\n    | 1 | 2 | x | y |\n");
    expect(found.map((w) => [w.line, w.message.split(":")[1]])).toEqual([[14, ' "x", "y" are printed nowhere; add columns to the header, or remove the cells']]);
  });

  it("not for empty cells past the header, escaped pipes or rows of the header's width", () => {
    expect(warnings("| a | b |\n|---|---|\n| 1 | 2 | |\n| x \\| y | 3 |\n| 4 | 5 |\n")).toEqual([]);
  });
});

describe("pipeCells", () => {
  it("splits as markdown-it does", () => {
    expect(pipeCells("| a | b \\| c |")).toEqual([" a ", " b \\| c "]);
    expect(pipeCells("a | b")).toEqual(["a ", " b"]);
    expect(pipeCells("| a || b |")).toEqual([" a ", "", " b "]);
  });
});
