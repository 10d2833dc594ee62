import { PDFDocument, PDFName, type PDFDict } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { repairClusterCodes } from "./pdf-cluster-codes.ts";
import { pageFonts, toUnicodeOf, writeToUnicode } from "./pdf-to-unicode.ts";

/** A one-page PDF drawing `content` with font F1, whose ToUnicode map is `map`. */
async function pageWith(content: string, map: Map<number, string>): Promise<{ doc: PDFDocument; font: PDFDict }> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  const font = doc.context.obj({ Type: "Font", Subtype: "Type0", ToUnicode: doc.context.register(doc.context.flateStream(writeToUnicode(map))) });
  page.node.setFontDictionary(PDFName.of("F1"), doc.context.register(font));
  page.node.set(PDFName.of("Contents"), doc.context.register(doc.context.flateStream(content)));
  return { doc, font };
}

const hiCluster = "/Span <</ActualText <FEFF0939093F>>> BDC BT /F1 12 Tf <0001> Tj 3 0 Td <0002> Tj ET EMC";

describe("repairClusterCodes", () => {
  it("gives a glyph mapped to U+0000 the text its cluster leaves for it (हि less ह is the vowel sign i)", async () => {
    const { doc, font } = await pageWith(hiCluster, new Map([[1, "\u0000"], [2, "\u0939"]]));
    expect(repairClusterCodes(doc)).toBe(1);
    expect(toUnicodeOf(doc, font).get(1)).toBe("\u093F");
    // The map the font now carries says so too, for any reader of the saved file.
    const saved = await PDFDocument.load(await doc.save());
    const savedFont = pageFonts(saved, saved.getPages()[0]?.node.Resources()).get("F1");
    expect(savedFont).toBeDefined();
    expect(toUnicodeOf(saved, savedFont).get(1)).toBe("\u093F");
  });

  it("reads a two-part vowel sign by its decomposition (সো drawn as the e sign, স and the aa sign: the e sign is ে)", async () => {
    const so = "/Span <</ActualText <FEFF09B809CB>>> BDC BT /F1 12 Tf <0001> Tj 3 0 Td <0002> Tj 3 0 Td <0003> Tj ET EMC";
    const { doc, font } = await pageWith(so, new Map([[1, "\u0000"], [2, "\u09B8"], [3, "\u09BE"]]));
    expect(repairClusterCodes(doc)).toBe(1);
    expect(toUnicodeOf(doc, font).get(1)).toBe("\u09C7");
  });

  it("leaves a glyph alone when its clusters disagree, or when two glyphs of one cluster lack a text", async () => {
    const other = "/Span <</ActualText <FEFF0915093E>>> BDC BT /F1 12 Tf <0001> Tj <0003> Tj ET EMC";
    const disagreeing = await pageWith(`${hiCluster} ${other}`, new Map([[1, "\u0000"], [2, "\u0939"], [3, "\u0915"]]));
    expect(repairClusterCodes(disagreeing.doc)).toBe(0);
    expect(toUnicodeOf(disagreeing.doc, disagreeing.font).get(1)).toBe("\u0000");
    const twoUnknown = await pageWith(hiCluster, new Map([[1, "\u0000"], [2, "\u0000"]]));
    expect(repairClusterCodes(twoUnknown.doc)).toBe(0);
  });

  it("reads no page again when no font maps a glyph to U+0000", async () => {
    const { doc } = await pageWith(hiCluster, new Map([[1, "\u093F"], [2, "\u0939"]]));
    expect(repairClusterCodes(doc)).toBe(0);
  });
});
