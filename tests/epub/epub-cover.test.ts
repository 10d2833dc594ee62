/**
 * The generated cover: drawn in the build's Chromium, 1600 × 2560 PNG, the same bytes each
 * time, marked as the cover image; without a browser session the book simply has none.
 */
import * as mupdf from "mupdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { loadArticle } from "../../scripts/lib/document/article.ts";
import { renderCover } from "../../scripts/lib/editions/epub/cover-image.ts";
import { books, buildBook, type BuiltBook } from "./books.ts";

let session: BrowserSession;
let book: BuiltBook;

beforeAll(async () => {
  session = await BrowserSession.launch();
  book = await buildBook(books.notes, { session });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/** Share of bright pixels (text on the dark field) in a horizontal band of the cover. */
function brightShare(png: Uint8Array, top: number, bottom: number): number {
  const pixmap = new mupdf.Image(png).toPixmap();
  const pixels = pixmap.getPixels();
  const stride = pixmap.getStride();
  const components = pixmap.getNumberOfComponents();
  let bright = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < pixmap.getWidth(); x++) if ((pixels[y * stride + x * components] ?? 0) > 200) bright++;
  }
  return bright / ((bottom - top) * pixmap.getWidth());
}

describe("generated cover", () => {
  it("is a 1600 × 2560 PNG", () => {
    const png = book.coverPng;
    if (!png) throw new Error("no cover");
    expect(Buffer.from(png.subarray(0, 8)).toString("hex")).toBe("89504e470d0a1a0a");
    const header = Buffer.from(png.subarray(16, 24));
    expect([header.readUInt32BE(0), header.readUInt32BE(4)]).toEqual([1600, 2560]);
  });

  it("shows text where the title is set and leaves the middle empty", () => {
    const png = book.coverPng;
    if (!png) throw new Error("no cover");
    expect(brightShare(png, 300, 700)).toBeGreaterThan(0.02);
    expect(brightShare(png, 1400, 1600)).toBe(0);
  });

  it("is inside the EPUB as its cover image, and makes the book visual too", async () => {
    const inZip = await book.opened.zip.file(`${book.opened.base}cover.png`)?.async("uint8array");
    expect(inZip && Buffer.from(inZip).equals(Buffer.from(book.coverPng ?? []))).toBe(true);
    expect(book.opened.packageXml).toContain('<item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image" />');
    expect(book.opened.packageXml).toContain('<meta property="schema:accessMode">visual</meta>');
  });

  it("is drawn the same, byte for byte, the second time", async () => {
    const again = await buildBook(books.notes, { session });
    expect(Buffer.from(again.coverPng ?? []).equals(Buffer.from(book.coverPng ?? []))).toBe(true);
    expect(Buffer.from(again.epub).equals(Buffer.from(book.epub))).toBe(true);
  }, 60_000);

  it("keeps its page for the next cover, and closes it after the last one", async () => {
    const article = await loadArticle(books.notes);
    const probe = await session.newPage();
    const browser = probe.page.browser();
    await probe.close();
    const open = async () => (await browser.pages()).length;
    const before = await open();
    await renderCover(article, session);
    expect(await open()).toBe(before);
    await renderCover(article, session, { last: true });
    expect(await open()).toBe(before - 1);
  }, 60_000);

  it("is left out when there is no browser session", async () => {
    const plain = await buildBook(books.notes);
    expect(plain.coverPng).toBeUndefined();
    expect(plain.opened.entries.some((name) => name.endsWith("cover.png"))).toBe(false);
    expect(plain.opened.packageXml).not.toContain("cover-image");
  });
});
