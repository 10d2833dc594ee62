/** Reading a PDF's characters with MuPDF: positions and sizes, and MuPDF left as it was found. */
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { loadMupdf, readPdfPages } from "./pdf-lines.ts";

async function twoLinePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const page = doc.addPage([300, 200]);
  page.drawText("Body text", { x: 20, y: 150, size: 12, font });
  page.drawText("7", { x: 74, y: 155, size: 7, font });
  page.drawText("A note below", { x: 20, y: 40, size: 9, font });
  return doc.save();
}

describe("readPdfPages", () => {
  it("gives each visible line with its characters' sizes and positions, top down", async () => {
    const [page] = await readPdfPages(await twoLinePdf());
    expect(page?.number).toBe(1);
    expect(page?.height).toBe(200);
    const texts = page!.lines.map((line) => line.chars.map((ch) => ch.c).join(""));
    // The raised 7 is put back into the line it belongs to.
    expect(texts).toEqual(["Body text7", "A note below"]);
    const seven = page!.lines[0]!.chars.find((ch) => ch.c === "7")!;
    expect(seven.size).toBeCloseTo(7);
    expect(seven.x).toBeCloseTo(74);
    // y grows downwards: the 7 sits 5 points above the body baseline at 200 - 150.
    expect(seven.baseline).toBeCloseTo(45);
    expect(seven.top).toBeLessThan(seven.baseline);
  });

  it("leaves MuPDF's font finalizer as it was, however often it reads", async () => {
    const mupdf = await loadMupdf();
    const fontClass = mupdf.Font as unknown as { _finalizer?: unknown };
    const before = fontClass._finalizer;
    const pdf = await twoLinePdf();
    for (let i = 0; i < 3; i++) await readPdfPages(pdf);
    expect(fontClass._finalizer).toBe(before);
  });
});
