import { PDFDocument, type PDFDict } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { contentOperations } from "./pdf-content-tokens.ts";
import { rightToLeftInReadingOrder } from "./pdf-reading-order.ts";
import { writeToUnicode } from "./pdf-to-unicode.ts";

/** A Type0 font whose glyphs 1–4 are 500 units wide (glyph 9, a space, 250), mapped to ا ب ج د and a space. */
async function fonts(): Promise<{ doc: PDFDocument; fonts: Map<string, PDFDict> }> {
  const doc = await PDFDocument.create();
  const descendant = doc.context.obj({ Type: "Font", Subtype: "CIDFontType2", DW: 1000, W: [1, [500, 500, 500, 500], 9, 9, 250] });
  const map = new Map([[1, "\u0627"], [2, "\u0628"], [3, "\u062C"], [4, "\u062F"], [9, " "]]);
  const font = doc.context.obj({
    Type: "Font",
    Subtype: "Type0",
    DescendantFonts: [doc.context.register(descendant)],
    ToUnicode: doc.context.register(doc.context.flateStream(writeToUnicode(map))),
  });
  return { doc, fonts: new Map([["F1", font]]) };
}

const rewrite = async (content: string): Promise<string> => {
  const { doc, fonts: pageFonts } = await fonts();
  return new TextDecoder("latin1").decode(rightToLeftInReadingOrder(doc, new TextEncoder().encode(content), pageFonts));
};

/** Each glyph drawn, as "code@x", in the order the content draws it. */
function drawn(content: string): string[] {
  const glyphs: string[] = [];
  let x = 0;
  let line = 0;
  for (const operation of contentOperations(new TextEncoder().encode(content))) {
    const operands = operation.operands;
    const number = (at: number): number => (operands[at]?.kind === "number" ? (operands[at] as { value: number }).value : 0);
    if (operation.operator === "Tm") x = line = number(4);
    else if (operation.operator === "Td") x = line = line + number(0);
    else if (operation.operator === "Tj") {
      const bytes = operands[0]?.kind === "string" ? operands[0].bytes : new Uint8Array();
      for (let i = 0; i + 1 < bytes.length; i += 2) {
        const code = ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
        glyphs.push(`${code}@${Math.round(x * 100) / 100}`);
        x += ((code === 9 ? 250 : 500) / 1000) * 10;
      }
    }
  }
  return glyphs;
}

// Two words drawn as Chromium draws them, left to right: "دج" then a space then "با", that is
// the run "اب جد" read from the right.
const visual = [
  "/P <</MCID 0>> BDC",
  "BT /ReversedChars BMC /F1 10 Tf 1 0 0 -1 100 50 Tm <0004> Tj <0003> Tj EMC ET",
  "BT /F1 10 Tf 1 0 0 -1 100 50 Tm 10 0 Td <0009> Tj ET",
  "BT /ReversedChars BMC /F1 10 Tf 1 0 0 -1 100 50 Tm 12.5 0 Td <0002> Tj /Span <</ActualText <FEFF0627>>> BDC 5 0 Td <0001> Tj EMC EMC ET",
  "EMC",
].join("\n");

describe("rightToLeftInReadingOrder", () => {
  it("draws a run's glyphs from the right, each where it was, and drops /ReversedChars", async () => {
    const out = await rewrite(visual);
    expect(drawn(visual)).toEqual(["4@100", "3@105", "9@110", "2@112.5", "1@117.5"]);
    expect(drawn(out)).toEqual(["1@117.5", "2@112.5", "9@110", "3@105", "4@100"]);
    expect(out).not.toContain("ReversedChars");
    // The cluster's /ActualText stays around its glyph; the marked content around the run stays.
    expect(out).toMatch(/\/Span <<\/ActualText <FEFF0627>>> BDC\n(\/F1 10 Tf\n)?1 0 0 -1 117.5 50 Tm\n<0001> Tj\nEMC/);
    expect(out.startsWith("/P <</MCID 0>> BDC\nBT")).toBe(true);
  });

  it("leaves content it cannot place glyph by glyph as it was: an unknown font, an array of glyphs, a colour change", async () => {
    for (const content of [
      visual.replaceAll("/F1", "/F2"),
      visual.replace("<0004> Tj <0003> Tj", "[<0004> -20 <0003>] TJ"),
      visual.replace("<0004> Tj", "1 0 0 rg <0004> Tj"),
    ]) {
      const out = await rewrite(content);
      // The other word may still be put in order on its own: the one that could not be read is untouched.
      expect(out).toContain(content.includes("TJ") ? "[<0004> -20 <0003>] TJ" : content.includes("rg") ? "1 0 0 rg <0004> Tj" : "/ReversedChars");
    }
    expect(await rewrite(visual.replaceAll("/F1", "/F2"))).toBe(visual.replaceAll("/F1", "/F2"));
  });

  it("leaves a run holding a ZWNJ in visual order", async () => {
    const zwnj = visual.replace("BT /F1 10 Tf 1 0 0 -1 100 50 Tm 10 0 Td <0009> Tj ET", "BT /Span <</ActualText <FEFF200C>>> BDC /F1 10 Tf 1 0 0 -1 100 50 Tm 10 0 Td <0009> Tj EMC ET");
    expect(await rewrite(zwnj)).toBe(zwnj);
  });
});
