import { describe, expect, it } from "vitest";
import { characterAt, columnLine, sliceColumns, textExtent } from "./display-columns.ts";

describe("text in display columns", () => {
  it("gives wide characters two columns and marks or joiners none", () => {
    expect(columnLine("a魚b").width).toBe(4);
    expect(columnLine("e\u0301x").width).toBe(2);
    expect(columnLine("می\u200cخواهم").width).toBe(7);
    expect(columnLine("𦮼").width).toBe(2);
  });

  it("finds the character at a column and slices by columns, keeping marks with their letter", () => {
    const line = columnLine("|魚|fish|");
    expect([0, 1, 2, 3, 4].map((column) => characterAt(line, column))).toEqual(["|", "魚", undefined, "|", "f"]);
    expect(sliceColumns(line, 1, 3)).toBe("魚");
    expect(sliceColumns(columnLine("|e\u0301t|"), 1, 3)).toBe("e\u0301t");
    expect(sliceColumns(line, 20)).toBe("");
  });

  it("measures where the text between two columns starts and ends", () => {
    expect(textExtent(columnLine("   魚魚  x"), 0, 8)).toEqual({ start: 3, end: 7 });
    expect(textExtent(columnLine("      "), 0, 6)).toBeUndefined();
  });
});
