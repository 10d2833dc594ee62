import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../document/article.ts";
import { RenderError } from "../../errors.ts";
import { outlineTitles } from "./pdf-outline.ts";
import { fallbackPdfDate, finishPdf, pdfCreator, pdfDateOf, pdfInfoOf, pdfProducer } from "./pdf-metadata.ts";

function article(frontMatter: string) {
  return parseArticle(`---\ntitle: A Title\n${frontMatter}---\nText.\n`, "/virtual/a.md");
}

/** A small PDF with the things Chromium leaves behind: its own dates, producer and file ID. */
async function chromiumLikePdf(options: { text?: string; made?: Date } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([420, 595]);
  if (options.text) page.drawText(options.text);
  doc.setProducer("Skia/PDF m156");
  doc.setCreationDate(options.made ?? new Date("2031-07-08T09:10:11Z"));
  return doc.save({ useObjectStreams: false });
}

/** A PDF whose one bookmark lost the space at a line wrap, as Chromium writes a wrapped heading. */
async function pdfWithWrappedBookmark(bookmark = "MKO fears the U.S. militarywithdrawal"): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage();
  const outlines = doc.context.obj({ Type: "Outlines", Count: 1 });
  const outlinesRef = doc.context.register(outlines);
  const item = doc.context.obj({ Title: PDFString.of(bookmark), Parent: outlinesRef, Dest: [page.ref, "Fit"] });
  const itemRef = doc.context.register(item);
  outlines.set(PDFName.of("First"), itemRef);
  outlines.set(PDFName.of("Last"), itemRef);
  doc.catalog.set(PDFName.of("Outlines"), outlinesRef);
  return doc.save({ useObjectStreams: false });
}

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("latin1");

const info = {
  title: "MKO fears the U.S. military withdrawal",
  authors: ["Ann Author", "Bo Writer"],
  description: "A description.",
  keywords: ["Camp Ashraf", "Iraq"],
  lang: "en",
  date: new Date("2011-11-05T00:00:00Z"),
  headings: ["MKO fears the U.S. military withdrawal"],
  otherLanguages: false,
};

describe("pdfDateOf", () => {
  it("prefers SOURCE_DATE_EPOCH, then updated, then date, then a fixed epoch; never now", () => {
    const dated = article("date: 2011-11-05\nupdated: 2012-01-02\n");
    expect(pdfDateOf(dated, { SOURCE_DATE_EPOCH: "1700000000" }).toISOString()).toBe("2023-11-14T22:13:20.000Z");
    expect(pdfDateOf(dated, {}).toISOString()).toBe("2012-01-02T00:00:00.000Z");
    expect(pdfDateOf(article("date: 2011-11-05\n"), {}).toISOString()).toBe("2011-11-05T00:00:00.000Z");
    // A year or a month alone: the PDF's instant is that period's first day (no day is printed anywhere).
    expect(pdfDateOf(article("date: 2014\n"), {}).toISOString()).toBe("2014-01-01T00:00:00.000Z");
    expect(pdfDateOf(article("date: 2014\nupdated: 2014-03\n"), {}).toISOString()).toBe("2014-03-01T00:00:00.000Z");
    expect(pdfDateOf(article(""), {}).getTime()).toBe(fallbackPdfDate.getTime());
  });

  it("rejects a SOURCE_DATE_EPOCH that is not whole seconds", () => {
    expect(() => pdfDateOf(article(""), { SOURCE_DATE_EPOCH: "yesterday" })).toThrow(RenderError);
  });
});

describe("finishPdf", () => {


  it("writes the article's information, fixed dates, the language and the project's creator", async () => {
    const finished = await finishPdf(await chromiumLikePdf(), info);
    const doc = await PDFDocument.load(finished, { updateMetadata: false });
    expect(doc.getTitle()).toBe(info.title);
    expect(doc.getAuthor()).toBe("Ann Author, Bo Writer");
    expect(doc.getSubject()).toBe("A description.");
    expect(doc.getKeywords()).toBe("Camp Ashraf, Iraq");
    expect(doc.getCreator()).toBe(pdfCreator);
    expect(doc.getProducer()).toBe(pdfProducer);
    expect(doc.getCreationDate()?.toISOString()).toBe("2011-11-05T00:00:00.000Z");
    expect(doc.getModificationDate()?.toISOString()).toBe("2011-11-05T00:00:00.000Z");
    expect((doc.catalog.get(PDFName.of("Lang")) as PDFString).decodeText()).toBe("en");
    expect(latin1(finished)).not.toContain("Skia");
  });

  it("gives the same bytes for the same input, and a file ID made of two equal hashes", async () => {
    const source = await chromiumLikePdf();
    const first = await finishPdf(source, info);
    const second = await finishPdf(source, info);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
    const id = /\/ID \[ <([0-9A-F]{32})> <([0-9A-F]{32})> \]/.exec(latin1(first));
    expect(id?.[1]).toBeDefined();
    expect(id?.[1]).toBe(id?.[2]);
    const other = await finishPdf(source, { ...info, title: "Another title" });
    expect(/\/ID \[ <([0-9A-F]{32})>/.exec(latin1(other))?.[1]).not.toBe(id?.[1]);
  });

  it("derives the file ID from the pages, not from when Chromium printed them", async () => {
    const idOf = async (source: Uint8Array): Promise<string | undefined> => /\/ID \[ <([0-9A-F]{32})>/.exec(latin1(await finishPdf(source, info)))?.[1];
    const text = await idOf(await chromiumLikePdf({ text: "Page one." }));
    expect(await idOf(await chromiumLikePdf({ text: "Page one.", made: new Date("2032-01-01T00:00:00Z") }))).toBe(text);
    expect(await idOf(await chromiumLikePdf({ text: "Page two." }))).not.toBe(text);
  });

  it("keeps an existing /Lang", async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    doc.catalog.set(PDFName.of("Lang"), PDFString.of("fa"));
    const finished = await finishPdf(await doc.save(), info);
    const reloaded = await PDFDocument.load(finished);
    expect((reloaded.catalog.get(PDFName.of("Lang")) as PDFString).decodeText()).toBe("fa");
  });
});

describe("bookmark titles", () => {
  it("get back the space Chromium drops where a heading wraps, and nothing else changes", async () => {
    const source = await PDFDocument.load(await pdfWithWrappedBookmark());
    expect(outlineTitles(source)).toEqual(["MKO fears the U.S. militarywithdrawal"]);
    const finished = await PDFDocument.load(await finishPdf(await pdfWithWrappedBookmark(), info));
    expect(outlineTitles(finished)).toEqual(["MKO fears the U.S. military withdrawal"]);
    const unrelated = await PDFDocument.load(await finishPdf(await pdfWithWrappedBookmark(), { ...info, headings: ["Something else"] }));
    expect(outlineTitles(unrelated)).toEqual(["MKO fears the U.S. militarywithdrawal"]);
  });

  it("leave out the calls a title is printed with, with or without the comma between them", async () => {
    const titled = pdfInfoOf(parseArticle("---\ntitle: A Title^[One.][^two]\n---\nText.\n\n[^two]: Two.\n", "/virtual/a.md"), {});
    expect(titled.headings[0]).toEqual({ text: "A Title", printed: ["A Title1,2", "A Title12"] });
    for (const printed of ["A Title1,2", "A Title12"]) {
      const finished = await PDFDocument.load(await finishPdf(await pdfWithWrappedBookmark(printed), titled));
      expect(outlineTitles(finished)).toEqual(["A Title"]);
    }
    // A bookmark that only looks alike keeps its own text.
    const other = await PDFDocument.load(await finishPdf(await pdfWithWrappedBookmark("A Title3"), titled));
    expect(outlineTitles(other)).toEqual(["A Title3"]);
  });
});

describe("pdfInfoOf", () => {
  it("says whether any text is in another language, in the body, a note or the title block", () => {
    const info = (source: string) => pdfInfoOf(parseArticle(source, "/a/t.md"), {});
    expect(info("---\ntitle: Plain\ndate: 2024-01-01\n---\nOnly English here.[^1]\n\n[^1]: A note.\n").otherLanguages).toBe(false);
    expect(info("---\ntitle: Names\ndate: 2024-01-01\n---\nText.[^1]\n\n[^1]: The name محمد مصدق.\n").otherLanguages).toBe(true);
    expect(info("---\ntitle: Σωκράτης\ndate: 2024-01-01\n---\nText.\n").otherLanguages).toBe(true);
    expect(info("---\ntitle: Marked\ndate: 2024-01-01\n---\nA [phrase]{lang=fr} by hand.\n").otherLanguages).toBe(true);
  });
});
