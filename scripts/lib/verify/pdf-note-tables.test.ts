import { describe, expect, it } from "vitest";
import type { PdfLine } from "./pdf-lines.ts";
import { cellByCellReadings, type NoteLine } from "./pdf-note-tables.ts";

/** A note line of `text` at `left`, its baseline at `baseline`, 8-point type 4 points a character. */
function at(text: string, left: number, baseline: number, page = 1): NoteLine {
  const chars = [...text].map((c, i) => ({ c, size: 8, x: left + i * 4, right: left + i * 4 + 4, baseline, top: baseline - 6, bottom: baseline + 2 }));
  const line: PdfLine = { page, order: baseline, chars, top: baseline - 6, bottom: baseline + 2, left, right: left + text.length * 4 };
  return { line, text };
}

describe("a table in a note, read cell by cell", () => {
  // Lines 10.5 points apart inside a cell; rows 12.5 apart (cell padding), as the print edition sets them.
  const note: NoteLine[] = [
    at("Sources compared:", 50, 100),
    at("Source of the", 66, 112.5),
    at("Year", 130, 112.5),
    at("Finding", 160, 112.5),
    at("figures used", 66, 123),
    at("Municipal survey", 66, 135.5),
    at("2019", 130, 135.5),
    at("Most users reported that", 160, 135.5),
    at("of households", 66, 146),
    at("the rules were easier.", 160, 146),
    at("Census", 66, 158.5),
    at("2020", 130, 158.5),
    at("Fewer.", 160, 158.5),
    at("After the table.", 50, 171),
  ];

  it("reads each row's cells left to right, each cell's lines top to bottom, the text around the table in place", () => {
    expect(cellByCellReadings(note, 8).map((reading) => reading.split("\n"))).toContainEqual([
      "Sources compared:",
      "Source of the",
      "figures used",
      "Year",
      "Finding",
      "Municipal survey",
      "of households",
      "2019",
      "Most users reported that",
      "the rules were easier.",
      "Census",
      "2020",
      "Fewer.",
      "After the table.",
    ]);
  });

  it("keeps a last cell's second line in the table, under its column", () => {
    const lines = [at("a", 66, 100), at("first line of b", 130, 100), at("second line of b", 130, 110.5)];
    expect(cellByCellReadings(lines, 8).map((reading) => reading.split("\n"))).toContainEqual(["a", "first line of b", "second line of b"]);
  });

  it("tries each step between lines as the widest inside a row, as baselines wander (10.5 and 9.8 points inside cells, 15 between rows)", () => {
    const lines = [at("Source of the", 66, 100), at("Year", 130, 100), at("figures used", 66, 110.5), at("Survey", 66, 125.5), at("2019", 130, 125.5), at("Most users", 160, 125.5), at("more time.", 160, 135.3)];
    expect(cellByCellReadings(lines, 8).map((reading) => reading.split("\n"))).toContainEqual(["Source of the", "figures used", "Year", "Survey", "2019", "Most users", "more time."]);
  });

  it("gives no reading for a note with no lines side by side", () => {
    expect(cellByCellReadings([at("One line.", 50, 100), at("Another.", 50, 110.5)], 8)).toEqual([]);
  });

  it("keeps a first column's last line in the table when the cell beside it is set against its middle line, at the note's own left edge", () => {
    // The table flush with the note's text; "1,034.5" beside the middle of its row's three lines.
    const lines = [
      at("Exports:", 50, 100),
      at("Region", 50, 112.5),
      at("Tonnes", 200, 112.5),
      at("North Africa and the Levant,", 50, 125),
      at("peninsula and the", 50, 135.5),
      at("1,034.5", 200, 135.5),
      at("coastal strip", 50, 146),
    ];
    expect(cellByCellReadings(lines, 8).map((reading) => reading.split("\n"))).toContainEqual(["Exports:", "Region", "Tonnes", "North Africa and the Levant,", "peninsula and the", "coastal strip", "1,034.5"]);
  });

  it("still reads the note's own text after the table as after it, when it runs wider than a column", () => {
    const lines = [at("a", 50, 100), at("b", 200, 100), at("The note goes on after its table, across the measure.", 50, 115)];
    expect(cellByCellReadings(lines, 8).map((reading) => reading.split("\n"))).toEqual([["a", "b", "The note goes on after its table, across the measure."]]);
  });
});
