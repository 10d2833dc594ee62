import { PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { foldPresentationForms } from "./pdf-presentation-forms.ts";
import { toUnicodeOf, writeToUnicode } from "./pdf-to-unicode.ts";

async function fontMapping(map: Map<number, string>) {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  const font = doc.context.obj({ Type: "Font", Subtype: "Type0", ToUnicode: doc.context.register(doc.context.flateStream(writeToUnicode(map))) });
  page.node.setFontDictionary(PDFName.of("F1"), doc.context.register(font));
  return { doc, font };
}

describe("foldPresentationForms", () => {
  it("maps an Arabic presentation form to its letters and a letter kept out of composition to its NFC form (ਸ਼ U+0A36 is ਸ + ਼)", async () => {
    const { doc, font } = await fontMapping(new Map([[1, "\uFEE3"], [2, "\u0A36"], [3, "\u0958"], [4, "a"]]));
    expect(foldPresentationForms(doc)).toBe(1);
    expect([...toUnicodeOf(doc, font)]).toEqual([[1, "\u0645"], [2, "\u0A38\u0A3C"], [3, "\u0915\u093C"], [4, "a"]]);
  });

  it("maps the apostrophe glyph Chromium gives ʼ (U+02BC) to ’, unless the source writes ʼ itself", async () => {
    const typographic = await fontMapping(new Map([[1, "\u02BC"], [2, "a"]]));
    expect(foldPresentationForms(typographic.doc)).toBe(1);
    expect([...toUnicodeOf(typographic.doc, typographic.font)]).toEqual([[1, "\u2019"], [2, "a"]]);
    const modifier = await fontMapping(new Map([[1, "\u02BC"], [2, "a"]]));
    expect(foldPresentationForms(modifier.doc, "\u02BC")).toBe(0);
  });

  it("maps the left quote's glyph Chromium gives ʻ (U+02BB) to ‘, unless the source writes ʻ itself (Hawaiʻi)", async () => {
    const quote = await fontMapping(new Map([[1, "\u02BB"], [2, "\u02BC"]]));
    expect(foldPresentationForms(quote.doc)).toBe(1);
    expect([...toUnicodeOf(quote.doc, quote.font)]).toEqual([[1, "\u2018"], [2, "\u2019"]]);
    const okina = await fontMapping(new Map([[1, "\u02BB"], [2, "\u02BC"]]));
    expect(foldPresentationForms(okina.doc, "\u02BB")).toBe(1);
    expect([...toUnicodeOf(okina.doc, okina.font)]).toEqual([[1, "\u02BB"], [2, "\u2019"]]);
  });

  it("leaves a font whose every entry is already as written", async () => {
    const { doc } = await fontMapping(new Map([[1, "\u0A38"], [2, "a"]]));
    expect(foldPresentationForms(doc)).toBe(0);
  });
});
