/**
 * Each extractor on a small hand-written edition: what a reader sees is what comes back.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { fontFaceCss } from "../../scripts/lib/fonts/font-faces.ts";
import type { ExtractedEdition, FollowedLink } from "../../scripts/lib/verify/edition-types.ts";
import { extractEpubEdition } from "../../scripts/lib/verify/epub-edition.ts";
import { normaliseText } from "../../scripts/lib/verify/normalize-text.ts";
import { extractPdfEdition } from "../../scripts/lib/verify/pdf-edition.ts";
import { extractWebEdition } from "../../scripts/lib/verify/web-edition.ts";
import { printHtml } from "./helpers/fixture-pdf.ts";

const fixtures = join(import.meta.dirname, "..", "fixtures", "verify");

/** A followed link without the reading-order index, which only the comparison needs. */
const reached = (link: FollowedLink | undefined) => link && { href: link.href, reaches: link.reaches, number: link.number };
const notesOf = (edition: ExtractedEdition) => edition.notes.map((note) => ({ number: note.number, text: normaliseText(note.text), page: note.page }));

describe("web extractor", () => {
  const edition = extractWebEdition(readFileSync(join(fixtures, "web-small.html"), "utf8"));

  it("reads the calls in reading order, following each link to the note it opens", () => {
    expect(edition.calls.map(({ number, target }) => ({ number, target }))).toEqual([
      { number: 1, target: 1 },
      { number: 2, target: 2 },
      { number: 1, target: 1 },
      // Shows 3 but links to the note numbered 2.
      { number: 3, target: 2 },
    ]);
  });

  it("follows every call's link and every backlink to the element it reaches", () => {
    expect(edition.calls.map((call) => reached(call.link))).toEqual([
      { href: "index.html#fn-1", reaches: "note", number: 1 },
      { href: "index.html#fn-2", reaches: "note", number: 2 },
      { href: "index.html#fn-1", reaches: "note", number: 1 },
      { href: "index.html#fn-2", reaches: "note", number: 2 },
    ]);
    expect(edition.notes.map((note) => note.backlinks?.map(reached))).toEqual([
      [
        { href: "index.html#fnref-1", reaches: "call", number: 1 },
        { href: "index.html#fnref-1-2", reaches: "call", number: 1 },
      ],
      [{ href: "index.html#fnref-2", reaches: "call", number: 2 }],
      [{ href: "index.html#fnref-3", reaches: "call", number: 3 }],
    ]);
  });

  it("reads every note's printed number and text, without backlinks, across paragraphs", () => {
    expect(notesOf(edition)).toEqual([
      { number: 1, text: "Feller, Ben, “Obama” & AP, Oct. 21, 2011", page: undefined },
      { number: 2, text: "A note in two paragraphs. The second one has emphasis and code.", page: undefined },
      { number: 3, text: "ibid", page: undefined },
    ]);
  });
});

describe("EPUB extractor", () => {
  let edition: ExtractedEdition;
  beforeAll(async () => {
    const zip = new JSZip();
    const root = join(fixtures, "epub-small");
    zip.file("mimetype", "application/epub+zip", { compression: "STORE" });
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else zip.file(relative(root, path), readFileSync(path));
      }
    };
    walk(root);
    edition = await extractEpubEdition(await zip.generateAsync({ type: "uint8array" }), "small.epub");
  });

  it("reads content documents in spine order, not manifest order, and skips documents outside the spine", () => {
    expect(edition.parts).toBe(3);
    expect(edition.calls.map((call) => call.file)).toEqual(["OEBPS/text/first.xhtml", "OEBPS/text/first.xhtml", "OEBPS/text/second part.xhtml", "OEBPS/text/second part.xhtml"]);
  });

  it("follows each call's link, across files and escaped paths, to the number its note shows", () => {
    expect(edition.calls.map(({ number, target }) => ({ number, target }))).toEqual([
      { number: 1, target: 1 },
      { number: 2, target: 2 },
      { number: 1, target: 1 },
      { number: 3, target: null },
    ]);
  });

  it("tells a link that leads nowhere from one that reaches a note or a call, across files", () => {
    expect(edition.calls.map((call) => reached(call.link))).toEqual([
      { href: "first.xhtml#fn-1", reaches: "note", number: 1 },
      { href: "../notes/notes.xhtml#fn-2", reaches: "note", number: 2 },
      { href: "first.xhtml#fn-1", reaches: "note", number: 1 },
      { href: "first.xhtml#fn-7", reaches: "nothing" },
    ]);
    expect(edition.notes.map((note) => note.backlinks?.map(reached))).toEqual([
      [
        { href: "first.xhtml#fnref-1", reaches: "call", number: 1 },
        { href: "second%20part.xhtml#fnref-1-2", reaches: "call", number: 1 },
      ],
      [{ href: "../text/first.xhtml#fnref-2", reaches: "call", number: 2 }],
      [{ href: "../text/second%20part.xhtml#fnref-3", reaches: "call", number: 3 }],
    ]);
  });

  it("reads each note's number from its backlink and its text from every paragraph", () => {
    expect(notesOf(edition)).toEqual([
      { number: 1, text: "Feller, Ben, AP, Oct. 21, 2011", page: undefined },
      { number: 2, text: "A note in two paragraphs. The second one.", page: undefined },
      { number: 3, text: "ibid", page: undefined },
    ]);
  });
});

describe("PDF extractor", () => {
  let session: BrowserSession;
  let edition: ExtractedEdition;
  beforeAll(async () => {
    session = await BrowserSession.launch();
    const html = readFileSync(join(fixtures, "print-small.html"), "utf8").replace("/* FONT FACES */", fontFaceCss("/fonts"));
    edition = await extractPdfEdition(await printHtml(session, html, "print-small"), "small.pdf");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("reads raised small digits as calls, with their pages, and ignores years, counts, headings, running heads and page numbers", () => {
    expect(edition.calls).toEqual([
      { number: 1, page: 1 },
      { number: 2, page: 1 },
      { number: 1, page: 1 },
      { number: 3, page: 2 },
      { number: 4, page: 2 },
    ]);
  });

  it("reads the notes at the foot of each page, joining a note carried over to the next page without its label", () => {
    expect(notesOf(edition)).toEqual([
      { number: 1, text: "Feller, Ben, AP, Oct. 21, 2011", page: 1 },
      { number: 2, text: "The note begins on the first page of the fixture and runs long enough that it is carried over to the second page.", page: 1 },
      { number: 3, text: "A note called from a table cell.", page: 2 },
      { number: 4, text: "ibid", page: 2 },
    ]);
  });
});
