/**
 * epub-gen-memory's EPub, extended so the same book always gives the same bytes and so the
 * content we hand it arrives unchanged.
 *
 * What the library still does: fills its chapter template, writes container.xml and the
 * stylesheet, fetches fonts, images and the cover (file:// URLs) into the zip, and zips with
 * `mimetype` stored first. What we change, and why:
 * - identifier and every zip entry's date are fixed (the library draws a random UUID and
 *   stamps entries with the current time);
 * - the package and navigation documents are ours (its templates print `new Date()` and know
 *   no accessibility metadata or page list); its NCX is dropped, EPUB 3 does not need one;
 * - chapter bodies skip its HTML clean-up, which re-serialises every non-ASCII character as
 *   a numeric reference and drops attributes such as `<ol start>` and `<time datetime>`
 *   (our XHTML is already made well-formed by toXhtml);
 * - images get ids from their order instead of random UUIDs;
 * - fonts are ours, already decoded from WOFF2 (the library can only fetch them as they are);
 * - pictures, compressed formats already, are stored rather than deflated again (the library
 *   deflates every entry at level 9, which took most of a short book's time and saved under
 *   1% of their size);
 * - everything else is deflated at zlib's default level, 6, not 9: on the fonts and the
 *   chapters, level 9 made the book under 1% smaller for several times the work.
 */
import { EPub, type Options } from "epub-gen-memory";

export interface ChapterFile {
  title: string;
  fileName: string;
  /** Body content, well-formed XHTML. */
  xhtml: string;
}

export interface EmbeddedImage {
  /** file:// URL the library reads the image from. */
  url: string;
  /** File name stem inside OEBPS/images/. */
  id: string;
  extension: string;
  mediaType: string;
}

export interface FixedParts {
  identifier: string;
  /** Stamped on every zip entry. */
  entryDate: Date;
  packageDocument: string;
  navigationDocument: string;
  navigationFileName: string;
  images: EmbeddedImage[];
  /** Font files with their path in the zip. */
  fonts: Array<{ path: string; data: Uint8Array }>;
}

const alreadyCompressed = /\.(woff2|png|jpe?g|gif|webp)$/i;

export class DeterministicEpub extends EPub {
  private readonly fixed: FixedParts;

  constructor(options: Options, chapters: readonly ChapterFile[], fixed: FixedParts) {
    // Empty bodies go through the library's clean-up; the real ones are put back below.
    super(
      options,
      chapters.map((chapter) => ({ title: chapter.title, filename: chapter.fileName, content: "" })),
    );
    this.fixed = fixed;
    this.uuid = fixed.identifier;
    this.content.forEach((normalised, i) => {
      normalised.content = chapters[i]?.xhtml ?? "";
    });
    this.images = fixed.images.map((image) => ({ ...image }));
  }

  protected override async generateTemplateFiles(): Promise<void> {
    await super.generateTemplateFiles();
    this.zip.file("OEBPS/content.opf", this.fixed.packageDocument);
    this.zip.file(`OEBPS/${this.fixed.navigationFileName}`, this.fixed.navigationDocument);
    this.zip.remove("OEBPS/toc.ncx");
    for (const font of this.fixed.fonts) this.zip.file(font.path, font.data);
    if (this.fixed.navigationFileName !== "toc.xhtml") this.zip.remove("OEBPS/toc.xhtml");
  }

  /** After every file is in the zip, and before genEpub zips it, fix each entry's time and compression. */
  override async render(): Promise<this> {
    await super.render();
    for (const entry of Object.values(this.zip.files)) {
      entry.date = this.fixed.entryDate;
      const options = (entry as unknown as { options: { compression: string; compressionOptions: { level: number } | null } }).options;
      if (alreadyCompressed.test(entry.name)) options.compression = "STORE";
      else options.compressionOptions = { level: 6 };
    }
    return this;
  }
}
