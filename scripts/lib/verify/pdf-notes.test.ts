import { describe, expect, it } from "vitest";
import type { PdfLine } from "./pdf-lines.ts";
import { readNotes, type NoteAreaPage } from "./pdf-notes.ts";

/** A line of `text` at `left` on `page`, its baseline at `baseline`, 8-point type 4 points a character. */
function at(text: string, left: number, baseline: number, page: number): PdfLine {
  const chars = [...text].map((c, i) => ({ c, size: 8, x: left + i * 4, right: left + i * 4 + 4, baseline, top: baseline - 6, bottom: baseline + 2 }));
  return { page, order: baseline, chars, top: baseline - 6, bottom: baseline + 2, left, right: left + text.length * 4 };
}

const page = (number: number, area: PdfLine[]): NoteAreaPage => ({ page: number, area, left: 50 });

describe("readNotes", () => {
  it("reads past a table's header row printed again where the note goes on, after its (continued) label", () => {
    const notes = readNotes(
      [
        page(1, [at("1. Shipments by port:", 50, 100, 1), at("Port", 66, 112, 1), at("Item", 110, 112, 1), at("Tons", 160, 112, 1), at("Alexandria", 66, 122, 1), at("Cotton", 110, 122, 1), at("many", 160, 122, 1)]),
        page(2, [at("(continued)", 50, 100, 2), at("Port", 66, 112, 2), at("Item", 110, 112, 2), at("Tons", 160, 112, 2), at("Suez", 66, 122, 2), at("Grain", 110, 122, 2), at("few", 160, 122, 2), at("2. Another note.", 50, 134, 2)]),
      ],
      8,
    );
    expect(notes.map((note) => [note.number, note.text.split("\n").map((part) => part.trim()).filter(Boolean).join(" ")])).toEqual([
      [1, "Shipments by port: Port Item Tons Alexandria Cotton many Suez Grain few"],
      [2, "Another note."],
    ]);
  });

  it("keeps a first row that the note has not printed before, and a single line that repeats one", () => {
    const notes = readNotes(
      [
        page(1, [at("1. Counts:", 50, 100, 1), at("Year", 66, 112, 1), at("Tons", 140, 112, 1), at("Tons", 66, 122, 1)]),
        page(2, [at("Year", 66, 100, 2), at("Weight", 140, 100, 2), at("Tons", 66, 112, 2)]),
      ],
      8,
    );
    expect(notes[0]?.text.split("\n").map((part) => part.trim()).filter(Boolean).join(" ")).toBe("Counts: Year Tons Tons Year Weight Tons");
  });
});
