import { describe, expect, it } from "vitest";
import { findContentsEntries } from "./pdf-contents-lines.ts";
import { withoutPageReferences } from "./pdf-edition.ts";
import type { PdfLine, PdfLinkBox, PdfPage } from "./pdf-lines.ts";

/** A line of text set at `top`, each character 5 points wide, from `left`. */
function line(text: string, left: number, top: number): PdfLine {
  const chars = [...text].map((c, i) => ({ c, size: 10, x: left + i * 5, right: left + i * 5 + 5, baseline: top + 8, top, bottom: top + 10 }));
  return { page: 1, order: top, chars, top, bottom: top + 10, left, right: left + text.length * 5 };
}

const link = (left: number, right: number, top: number): PdfLinkBox => ({ left, right, top: top - 1, bottom: top + 11, target: { pageIndex: 1, x: 40, y: 60 } });

describe("contents entries of a PDF page", () => {
  it("are links holding whole lines that end with a page number, read across the lines the text layer makes", () => {
    const page: PdfPage = {
      number: 1,
      height: 600,
      lines: [line("2.1 Years of record", 40, 100), line("14", 300, 100), line("See figure 2 on page 4 here.", 40, 130), line("figure 2 on page 4", 40, 160)],
      internalLinks: [link(38, 312, 100), link(60, 150, 130), link(38, 132, 160)],
    };
    const entries = findContentsEntries([page]);
    expect(entries.map((entry) => [entry.text, entry.printedPage])).toEqual([["2.1 Years of record", "14"]]);
  });

  it("leave a note's text without the print edition's page words", () => {
    expect(withoutPageReferences("See section 2.1 on page 14 and figure 3 on\npage xii, then table 1.")).toBe("See section 2.1 and figure 3, then table 1.");
  });
});
