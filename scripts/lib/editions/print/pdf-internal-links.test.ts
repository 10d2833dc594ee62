import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { internalLinkScheme } from "./browser-scripts.ts";
import { restoreInternalLinks } from "./pdf-internal-links.ts";

/** A page with links as Chromium prints them: two leaving the document under our scheme, one to the web. */
async function printedPdf(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const first = doc.addPage([420, 594.96]);
  doc.addPage([420, 594.96]);
  const link = (uri: string): PDFDict =>
    doc.context.obj({ Type: "Annot", Subtype: "Link", Rect: [140.25, 291.96, 144, 300.96], StructParent: 1, A: { Type: "Action", S: "URI", URI: PDFString.of(uri) } });
  const annotations = [link(`${internalLinkScheme}fn-1`), link(`${internalLinkScheme}${encodeURIComponent("تاریخ")}`), link("https://example.org/#fn-1")];
  first.node.set(PDFName.of("Annots"), doc.context.obj(annotations.map((annotation) => doc.context.register(annotation))));
  return doc;
}

const annotationsOf = (doc: PDFDocument): PDFDict[] => {
  const annots = doc.getPages()[0]!.node.Annots()!;
  return annots.asArray().map((_, index) => annots.lookup(index, PDFDict));
};

describe("restoreInternalLinks", () => {
  it("makes each link under the scheme a link to a named destination, and names its target's page and corner", async () => {
    const doc = await printedPdf();
    const restored = restoreInternalLinks(doc, { "fn-1": { page: 1, x: 78, y: 653 }, "تاریخ": { page: 0, x: 0, y: 0 } });
    expect(restored).toBe(2);
    const [call, persian, web] = annotationsOf(doc);
    expect(call!.get(PDFName.of("Dest"))).toBe(PDFName.of("fn-1"));
    expect(call!.get(PDFName.of("A"))).toBeUndefined();
    expect(call!.get(PDFName.of("StructParent"))?.toString()).toBe("1");
    // A name in ASCII: the id's UTF-8 bytes escaped (pdf-destination-names.ts), which MuPDF finds.
    expect(persian!.get(PDFName.of("Dest"))?.toString()).toBe("/~.D8.AA.D8.A7.D8.B1.DB.8C.D8.AE");
    expect(web!.get(PDFName.of("Dest"))).toBeUndefined();
    expect(web!.get(PDFName.of("A"))).toBeInstanceOf(PDFDict);

    const dests = doc.context.lookup(doc.catalog.get(PDFName.of("Dests")), PDFDict);
    const fn1 = doc.context.lookup(dests.get(PDFName.of("fn-1")), PDFArray);
    expect(fn1.get(0)).toBe(doc.getPages()[1]!.ref);
    // 78 px from the left is 58.5 pt; 653 px from the top of a 594.96 pt page is 105.21 pt from its bottom.
    expect(fn1.asArray().slice(1).map(String)).toEqual(["/XYZ", "58.5", "105.21", "0"]);
  });

  it("names no destination for a target on no page, and leaves a PDF without such links as it was", async () => {
    const doc = await printedPdf();
    restoreInternalLinks(doc, { "fn-1": null });
    expect(doc.catalog.get(PDFName.of("Dests"))).toBeUndefined();
    const plain = await PDFDocument.create();
    plain.addPage();
    expect(restoreInternalLinks(plain, {})).toBe(0);
  });
});
