import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { packageEpub } from "./epub-package.ts";
import { chapterTemplate } from "./chapter-document.ts";

const opf = '<?xml version="1.0" encoding="UTF-8"?>\n<package><!-- a literal <% stays --></package>\n';
const nav = '<?xml version="1.0" encoding="UTF-8"?>\n<html><body><nav epub:type="toc"/></body></html>\n';
const date = new Date("2024-05-01T00:00:00Z");

async function book(): Promise<Uint8Array> {
  return packageEpub(
    { title: "T", lang: "en", css: "p { margin: 0 }", chapterXHTML: chapterTemplate("ltr"), ignoreFailedDownloads: false, verbose: false },
    [{ title: "One", fileName: "chapter-00.xhtml", xhtml: '<ol start="3"><li><time datetime="2024-05-01">1 May</time> — ü</li></ol><table><tr><th scope="col">a</th></tr></table>' }],
    { entryDate: date, packageDocument: opf, navigationDocument: nav, images: [], fonts: [{ path: "OEBPS/fonts/a.ttf", data: new Uint8Array([1, 2, 3]) }] },
  );
}

describe("the epub-gen-memory adapter", () => {
  it("keeps our chapter XHTML, package and navigation exactly, which the library's own clean-up would change", async () => {
    const zip = await JSZip.loadAsync(await book());
    const chapter = await zip.file("OEBPS/chapter-00.xhtml")!.async("string");
    expect(chapter).toContain('<ol start="3"><li><time datetime="2024-05-01">1 May</time> — ü</li></ol><table><tr><th scope="col">a</th></tr></table>');
    expect(chapter).toContain("<title>One</title>");
    expect(await zip.file("OEBPS/content.opf")!.async("string")).toBe(opf);
    expect(await zip.file("OEBPS/toc.xhtml")!.async("string")).toBe(nav);
    expect(await zip.file("OEBPS/fonts/a.ttf")!.async("uint8array")).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("puts mimetype first and stored, leaves out the NCX and folder entries, and stamps every entry with the book's date", async () => {
    const zip = await JSZip.loadAsync(await book());
    const names = Object.keys(zip.files);
    expect(names[0]).toBe("mimetype");
    expect(names).not.toContain("OEBPS/toc.ncx");
    expect(Object.values(zip.files).filter((entry) => entry.dir)).toEqual([]);
    expect(new Set(Object.values(zip.files).map((entry) => entry.date.getTime()))).toEqual(new Set([date.getTime()]));
    const bytes = await book();
    // Local header of the first entry: method 0 (stored), then the name "mimetype".
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint16(8, true)).toBe(0);
    expect(new TextDecoder().decode(bytes.subarray(30, 38))).toBe("mimetype");
  });

  it("gives the same bytes for the same book", async () => {
    expect(Buffer.from(await book()).equals(Buffer.from(await book()))).toBe(true);
  });
});
