/**
 * What a reader of the EPUB gets, read back from the zip with an independent XML reader and
 * compared with the footnote model: every call shows its note's number, reaches the note
 * (across files too), every note starts with the same number, links back to each of its
 * calls and carries the model's text.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { collapseWhitespace } from "../../scripts/lib/markdown/footnote-model.ts";
import { books, buildBook, type BuiltBook } from "./books.ts";
import { ancestors, findAll, hasClass, textOf, type XmlElement } from "./xhtml-reader.ts";

interface Located {
  file: string;
  element: XmlElement;
}

function everything(book: BuiltBook, predicate: (e: XmlElement) => boolean): Located[] {
  return book.opened.documents.flatMap((doc) => findAll(doc.root, predicate).map((element) => ({ file: doc.href, element })));
}

function target(book: BuiltBook, href: string): Located | undefined {
  const [file, id] = href.split("#");
  const doc = book.opened.documents.find((d) => d.href === file);
  const element = doc ? findAll(doc.root, (e) => e.attributes.id === id)[0] : undefined;
  return doc && element ? { file: doc.href, element } : undefined;
}

const isCall = (e: XmlElement): boolean => e.name === "a" && e.attributes["epub:type"] === "noteref";
const isNote = (e: XmlElement): boolean => e.name === "aside" && e.attributes["epub:type"] === "footnote";
const isBacklink = (e: XmlElement): boolean => e.attributes.role === "doc-backlink";

describe.each([
  ["sample article", books.sample],
  ["note edge cases", books.notes],
  ["long book", books.long],
])("notes of the %s", (_name, file) => {
  let book: BuiltBook;
  beforeAll(async () => {
    book = await buildBook(file);
  });

  it("has the notes the model has", () => {
    expect(book.article.notes.notes.length).toBeGreaterThan(0);
    expect(everything(book, isNote)).toHaveLength(book.article.notes.notes.length);
  });

  it("shows every call, in reading order, with the model's number and nothing but it", () => {
    const calls = everything(book, isCall);
    expect(calls.map(({ element }) => textOf(element))).toEqual(book.article.notes.calls.map((call) => String(call.number)));
    for (const { element } of calls) {
      expect(element.attributes.role).toBe("doc-noteref");
      expect(findAll(element, () => true)).toEqual([]);
      expect(ancestors(element).some((a) => a.name === "sup")).toBe(false);
    }
  });

  it("gives each call the shared id and a link that reaches its note, in whatever file", () => {
    const calls = everything(book, isCall);
    book.article.notes.calls.forEach((modelCall, i) => {
      const call = calls[i]?.element;
      const suffix = modelCall.occurrence === 0 ? "" : `-${modelCall.occurrence + 1}`;
      expect(call?.attributes.id).toBe(`fnref-${modelCall.number}${suffix}`);
      const note = target(book, call?.attributes.href ?? "");
      expect(note && isNote(note.element)).toBe(true);
      expect(note?.element.attributes.id).toBe(`fn-${modelCall.number}`);
    });
  });

  it("keeps each note in the file of its first call, after the text, in a region named Notes", () => {
    const calls = everything(book, isCall);
    for (const note of book.article.notes.notes) {
      const located = everything(book, (e) => isNote(e) && e.attributes.id === `fn-${note.number}`)[0];
      const firstCall = calls.find(({ element }) => element.attributes.id === `fnref-${note.number}`);
      expect(located?.file).toBe(firstCall?.file);
      const region = located ? ancestors(located.element).find((a) => a.name === "section" && hasClass(a, "notes")) : undefined;
      expect(region?.attributes["aria-label"]).toBe("Notes");
      const body = region?.parent;
      expect(body?.children.filter((c) => typeof c !== "string").at(-1)).toBe(region);
    }
  });

  it("starts each note with its number, linking back to the first call, and links back to every other call", () => {
    for (const note of book.article.notes.notes) {
      const aside = everything(book, (e) => isNote(e) && e.attributes.id === `fn-${note.number}`)[0]?.element;
      if (!aside) throw new Error(`note ${note.number} is missing`);
      const backlinks = findAll(aside, isBacklink);
      expect(textOf(backlinks[0] as XmlElement)).toBe(String(note.number));
      expect(textOf(aside).trimStart().startsWith(String(note.number))).toBe(true);
      const targets = backlinks.map((link) => target(book, link.attributes.href ?? "")?.element.attributes.id);
      expect(targets).toEqual(note.calls.map((call) => (call.occurrence === 0 ? `fnref-${note.number}` : `fnref-${note.number}-${call.occurrence + 1}`)));
      expect(findAll(aside, (e) => e.name === "ol" && e.parent === aside)).toEqual([]);
    }
  });

  it("carries each note's text as the model has it", () => {
    for (const note of book.article.notes.notes) {
      const aside = everything(book, (e) => isNote(e) && e.attributes.id === `fn-${note.number}`)[0]?.element;
      if (!aside) throw new Error(`note ${note.number} is missing`);
      expect(collapseWhitespace(textOf(aside, isBacklink))).toBe(note.text);
    }
  });
});

describe("note edge cases", () => {
  it("numbers by first reference, whatever the labels or the order of definitions", async () => {
    const book = await buildBook(books.notes);
    const byLabel = Object.fromEntries(book.article.notes.notes.map((note) => [note.label ?? `inline@${note.line}`, note.number]));
    // Hand-written: the reading order of first calls in notes-edge-cases.md.
    expect(byLabel).toMatchObject({ zeta: 1, twice: 3, alpha: 4, long: 5, quote: 6, heading: 7, "42": 9 });
    const asides = everything(book, isNote).map(({ file, element }) => [file, element.attributes.id]);
    expect(asides).toEqual([
      ["chapter-00.xhtml", "fn-1"],
      ["chapter-00.xhtml", "fn-2"],
      ["chapter-00.xhtml", "fn-3"],
      ["chapter-01.xhtml", "fn-4"],
      ["chapter-01.xhtml", "fn-5"],
      ["chapter-01.xhtml", "fn-6"],
      ["chapter-02.xhtml", "fn-7"],
      ["chapter-02.xhtml", "fn-8"],
      ["chapter-02.xhtml", "fn-9"],
    ]);
    const multi = everything(book, (e) => isNote(e) && e.attributes.id === "fn-5")[0]?.element as XmlElement;
    expect(findAll(multi, (e) => e.name === "p")).toHaveLength(2);
    expect(findAll(multi, (e) => e.name === "li").map((li) => textOf(li))).toEqual(["a list item inside the note", "another item"]);
  });
});
