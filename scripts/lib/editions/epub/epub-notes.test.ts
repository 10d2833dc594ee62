import { describe, expect, it } from "vitest";
import { parseArticle } from "../../document/article.ts";
import type { Note } from "../../markdown/footnote-model.ts";
import { renderTokens, splitNotes } from "../../engine/render.ts";
import { findAll, parseXml, textOf, type XmlElement } from "../../../../tests/epub/xhtml-reader.ts";
import { splitChapters } from "./chapters.ts";
import { placeNotes, type NotePlacement } from "./note-placement.ts";
import { epubLabels } from "./epub-labels.ts";
import { epubNoteRenderer } from "./epub-notes.ts";
import { toXhtml } from "./xhtml-safe.ts";

const labels = epubLabels("en");

/** A note whose number differs from its plugin id, as the model may decide. */
const note: Note = {
  number: 7,
  pluginId: 2,
  label: "x",
  inline: false,
  line: 9,
  text: "t",
  calls: [
    { number: 7, occurrence: 0, line: 3, tokenIndex: 4 },
    { number: 7, occurrence: 1, line: 5, tokenIndex: 20 },
    { number: 7, occurrence: 2, line: 8, tokenIndex: 40 },
  ],
};
const placement: NotePlacement = {
  noteFile: () => "chapter-01.xhtml",
  callFile: (_n, occurrence) => (occurrence === 0 ? "chapter-01.xhtml" : "chapter-03.xhtml"),
  printedCalls: () => [0, 1, 2],
  notesIn: () => [],
};
const renderer = epubNoteRenderer(placement, labels);
/** A fragment of chapter XHTML, read as the chapter document declares the epub: prefix. */
const inChapter = (xhtml: string): XmlElement => parseXml(`<div xmlns:epub="http://www.idpf.org/2007/ops">${xhtml}</div>`);
const element = (xml: string): XmlElement => {
  const [first] = inChapter(toXhtml(xml)).children.filter((child): child is XmlElement => typeof child !== "string");
  if (!first) throw new Error(`no element in ${xml}`);
  return first;
};

describe("epubNoteRenderer", () => {
  it("writes a call as a noteref link whose only text is the model's number, named for screen readers", () => {
    const call = element(renderer.call(note, 1));
    expect(call.name).toBe("a");
    expect(call.attributes).toEqual({
      "epub:type": "noteref",
      role: "doc-noteref",
      href: "chapter-01.xhtml#fn-7",
      id: "fnref-7-2",
      class: "note-call",
      "aria-label": "Note 7",
    });
    expect(call.children).toEqual(["7"]);
  });

  it("opens a note as a footnote aside with the shared id", () => {
    const aside = element(`${renderer.noteOpen(note)}<p>body</p>${renderer.noteClose(note)}`);
    expect(aside.name).toBe("aside");
    expect(aside.attributes).toMatchObject({ "epub:type": "footnote", role: "doc-footnote", id: "fn-7" });
  });

  it("starts a note with its number linking back to the first call, in the first call's file", () => {
    const number = element(renderer.noteNumber(note));
    expect(number.attributes).toMatchObject({ href: "chapter-01.xhtml#fnref-7", role: "doc-backlink" });
    expect(number.children).toEqual(["7"]);
  });

  it("links back to every further call, across files, and not again to the first", () => {
    const links = findAll(element(`<p>${renderer.backlinks(note)}</p>`), (e) => e.name === "a");
    expect(links.map((link) => link.attributes.href)).toEqual(["chapter-03.xhtml#fnref-7-2", "chapter-03.xhtml#fnref-7-3"]);
    expect(links.every((link) => link.attributes.role === "doc-backlink")).toBe(true);
    expect(links.map((link) => link.attributes["aria-label"])).toEqual(["Back to call 2 of note 7", "Back to call 3 of note 7"]);
  });

  it("links back only to calls the book prints, so no backlink leads nowhere", () => {
    const partial = epubNoteRenderer({ ...placement, printedCalls: () => [1, 2] }, labels);
    expect(element(partial.noteNumber(note)).attributes.href).toBe("chapter-03.xhtml#fnref-7-2");
    const links = findAll(element(`<p>${partial.backlinks(note)}</p>`), (e) => e.name === "a");
    expect(links.map((link) => link.attributes.href)).toEqual(["chapter-03.xhtml#fnref-7-3"]);
    const unprinted = epubNoteRenderer({ ...placement, printedCalls: () => [] }, labels);
    expect(element(unprinted.noteNumber(note))).toMatchObject({ name: "span", children: ["7"] });
    expect(unprinted.backlinks(note)).toBe("");
  });

  it("prints no notes block of its own", () => {
    expect(renderer.notesOpen() + renderer.notesClose()).toBe("");
  });

  it("renders a real multi-paragraph note cited twice from two chapter files", () => {
    const article = parseArticle(
      "---\ntitle: T\n---\nIntro[^a].\n\n## Two\n\nAgain[^a] and[^b].\n\n[^b]: Bee.\n[^a]: First paragraph.\n\n    Second paragraph.\n",
      "/x/t.md",
    );
    const { body, notes } = splitNotes(article);
    const chapters = splitChapters(article, body);
    const notesRenderer = epubNoteRenderer(placeNotes(article, chapters, body, notes), labels);
    const second = chapters[1];
    if (!second) throw new Error("expected two chapters");
    const text = inChapter(toXhtml(renderTokens(article, body.slice(second.start, second.end), notesRenderer, { xhtml: true })));
    const calls = findAll(text, (e) => e.attributes["epub:type"] === "noteref");
    expect(calls.map((c) => [textOf(c), c.attributes.href, c.attributes.id])).toEqual([
      ["1", "chapter-00.xhtml#fn-1", "fnref-1-2"],
      ["2", "chapter-01.xhtml#fn-2", "fnref-2"],
    ]);
    const aside = element(renderTokens(article, notes.get(1) ?? [], notesRenderer, { xhtml: true }, true));
    const paragraphs = findAll(aside, (e) => e.name === "p");
    expect(paragraphs).toHaveLength(2);
    const [first] = findAll(paragraphs[0] as XmlElement, (e) => e.name === "a");
    expect(first?.attributes.href).toBe("chapter-00.xhtml#fnref-1");
    expect(textOf(paragraphs[0] as XmlElement).trim()).toBe("1 First paragraph.");
    const back = findAll(paragraphs[1] as XmlElement, (e) => e.attributes.role === "doc-backlink");
    expect(back.map((b) => b.attributes.href)).toEqual(["chapter-01.xhtml#fnref-1-2"]);
  });
});
