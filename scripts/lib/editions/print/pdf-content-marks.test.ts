import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as mupdf from "mupdf";
import { PDFDocument, PDFName, PDFStream } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { markContent } from "./pdf-content-marks.ts";
import { contentOperations, decodeTextString, glyphCodes } from "./pdf-content-tokens.ts";
import { streamBytes } from "./pdf-stream-bytes.ts";
import { projectRoot } from "../../project-paths.ts";

/** A one-page PDF whose page draws `content`, marked, then the page's operations as "operator operands" lines. */
async function marked(content: string): Promise<string[]> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  page.node.set(PDFName.of("Contents"), doc.context.register(doc.context.flateStream(content)));
  markContent(doc);
  const stream = doc.context.lookup(page.node.get(PDFName.of("Contents")));
  if (!(stream instanceof PDFStream)) throw new Error("no content stream");
  const bytes = streamBytes(stream);
  return contentOperations(bytes).map((operation) => {
    const text = new TextDecoder("latin1").decode(bytes.subarray(operation.start, operation.end));
    const actual = operation.operands[1]?.kind === "dict" ? operation.operands[1].entries.get("ActualText") : undefined;
    return actual?.kind === "string" ? `Span "${decodeTextString(actual.bytes)}" BDC` : text.replace(/\s+/g, " ");
  });
}

describe("markContent", () => {
  it("marks text and paths drawn outside any marked content as artifacts, and leaves tagged content alone", async () => {
    const ops = await marked("1 1 1 rg 0 0 200 200 re f /P <</MCID 0>> BDC BT /F1 12 Tf 10 10 Td <0001> Tj ET EMC BT /F1 9 Tf <0088> Tj ET");
    expect(ops).toEqual([
      "1 1 1 rg",
      "/Artifact BMC",
      "0 0 200 200 re",
      "f",
      "EMC",
      "/P <</MCID 0>> BDC",
      "BT",
      "/F1 12 Tf",
      "10 10 Td",
      "<0001> Tj",
      "ET",
      "EMC",
      "BT",
      "/F1 9 Tf",
      "/Artifact BMC",
      "<0088> Tj",
      "EMC",
      "ET",
    ]);
  });

  it("gives a right-to-left cluster's text to its glyph on the baseline and empty text to its dots", async () => {
    const ops = await marked(
      "/P <</MCID 0>> BDC BT /ReversedChars BMC /F6 13 Tf 1 0 0 -1 320 285 Tm /Span <</ActualText <FEFF0646>>> BDC 2.7 -6.8 Td <0101> Tj -2.7 6.8 Td <004E> Tj EMC 7.8 0 Td <0008> Tj EMC ET EMC",
    );
    expect(ops).toEqual([
      "/P <</MCID 0>> BDC",
      "BT",
      "/ReversedChars BMC",
      "/F6 13 Tf",
      "1 0 0 -1 320 285 Tm",
      'Span "" BDC',
      "2.7 -6.8 Td",
      "<0101> Tj",
      "EMC",
      'Span "ن" BDC',
      "-2.7 6.8 Td",
      "<004E> Tj",
      "EMC",
      "7.8 0 Td",
      "<0008> Tj",
      "EMC",
      "ET",
      "EMC",
    ]);
  });

  it("keeps a soft hyphen whose glyph is not known to be blank, with empty text", async () => {
    const ops = await marked("/P <</MCID 0>> BDC BT /F1 9 Tf <0005> Tj /Span <</ActualText <FEFF00AD>>> BDC 3 0 Td <0001> Tj EMC 0 0 Td <0006> Tj ET EMC");
    expect(ops.slice(4, 8)).toEqual(['Span "" BDC', "3 0 Td", "<0001> Tj", "EMC"]);
  });

  it("leaves a cluster with no glyph on the baseline as Chromium wrote it", async () => {
    const source = "/P <</MCID 0>> BDC BT /ReversedChars BMC 1 0 0 -1 0 0 Tm /Span <</ActualText <FEFF064E>>> BDC 0 -5 Td <0101> Tj 1 -1 Td <0102> Tj EMC EMC ET EMC";
    const ops = await marked(source);
    expect(ops).toContain('Span "\u064E" BDC');
    expect(ops.filter((op) => op === "EMC")).toHaveLength(3);
  });
});

describe("markContent on a page Chromium printed", () => {
  // A one-page PDF of this pipeline, from before the marks existed: soft hyphens, Persian words.
  const chromiumPdf = readFileSync(join(projectRoot, "scripts", "lib", "verify", "warm-up.pdf"));

  const text = (pdf: Uint8Array): string => mupdf.Document.openDocument(pdf, "application/pdf").loadPage(0).toStructuredText("").asText();

  const glyphRuns = async (pdf: Uint8Array): Promise<{ glyphs: number; softHyphenSpans: number }> => {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const stream = doc.context.lookup(doc.getPages()[0]?.node.get(PDFName.of("Contents")));
    if (!(stream instanceof PDFStream)) throw new Error("no content stream");
    const operations = contentOperations(streamBytes(stream));
    const softHyphenSpans = operations.filter(({ operands }) => {
      const actual = operands[1]?.kind === "dict" ? operands[1].entries.get("ActualText") : undefined;
      return actual?.kind === "string" && decodeTextString(actual.bytes) === "\u00AD";
    }).length;
    // Glyphs, not operations: a right-to-left run is written again one glyph per operation.
    const glyphs = operations.filter((operation) => operation.operator === "Tj" || operation.operator === "TJ").reduce((sum, operation) => sum + glyphCodes(operation.operands).length, 0);
    return { glyphs, softHyphenSpans };
  };

  it("takes each soft hyphen's span and blank glyph out of the page", async () => {
    const before = await glyphRuns(chromiumPdf);
    expect(before.softHyphenSpans).toBeGreaterThan(0);
    const doc = await PDFDocument.load(chromiumPdf, { updateMetadata: false });
    markContent(doc);
    const after = await glyphRuns(await doc.save({ useObjectStreams: false }));
    expect(after).toEqual({ glyphs: before.glyphs - before.softHyphenSpans, softHyphenSpans: 0 });
  });

  /** The page as poppler draws it: pdftoppm computes each glyph's place from the text state as the PDF gives it. */
  const popplerPixels = (pdf: Uint8Array): Buffer => {
    const folder = mkdtempSync(join(tmpdir(), "marks-"));
    try {
      writeFileSync(join(folder, "page.pdf"), pdf);
      // Into a file: poppler 22 takes "-" for a file name ("-.png"), not for the standard output.
      execFileSync("pdftoppm", ["-r", "150", "-png", "-singlefile", join(folder, "page.pdf"), join(folder, "page")]);
      const image = readFileSync(join(folder, "page.png"));
      if (image.length === 0) throw new Error("pdftoppm drew nothing");
      return image;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };

  it("changes nothing that is drawn, and takes the soft hyphens out of the text", async () => {
    const doc = await PDFDocument.load(chromiumPdf, { updateMetadata: false });
    markContent(doc);
    const marked = await doc.save({ useObjectStreams: false });
    expect(text(chromiumPdf)).toContain("\u00AD");
    expect(text(marked)).not.toContain("\u00AD");
    // The right-to-left glyphs are written again, each with a text matrix of its own at the
    // place a reader computes from the glyph before it and its width: poppler draws the page
    // pixel for pixel as before. (MuPDF accumulates its own rounding along a run of glyphs, so
    // its drawing of them differs by up to a hundredth of a point.)
    expect(popplerPixels(marked).equals(popplerPixels(chromiumPdf))).toBe(true);
  });

  it("writes the right-to-left words in reading order, so a reader that follows the content reads them forwards", async () => {
    const doc = await PDFDocument.load(chromiumPdf, { updateMetadata: false });
    markContent(doc);
    const marked = await doc.save({ useObjectStreams: false });
    const read = (pdf: Uint8Array): string => text(pdf).normalize("NFKC");
    expect(read(chromiumPdf)).not.toContain("الطبعة الأولى");
    expect(read(marked)).toContain("الطبعة الأولى");
  });
});
