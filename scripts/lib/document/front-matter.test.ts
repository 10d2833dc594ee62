import { describe, expect, it } from "vitest";
import { ContentError } from "../errors.ts";
import { readFrontMatter, readMetaFields } from "./front-matter.ts";

function errorOf(source: string): ContentError {
  try {
    readFrontMatter(source, "a.md");
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error("expected a ContentError");
}

describe("readFrontMatter", () => {
  it("reads the note style, warning that an article numbered per chapter is one chapter", () => {
    const result = readFrontMatter("---\ntitle: T\nnotes: per-chapter\nnotePlacement: endnotes\n---\nBody\n", "a.md");
    expect([result.meta.notes, result.meta.notePlacement]).toEqual(["per-chapter", "endnotes"]);
    expect(result.diagnostics.map((d) => `${d.location?.line}: ${d.code}`)).toEqual(["3: notes-per-chapter-article"]);
    expect(readFrontMatter("---\ntitle: T\n---\nBody\n", "a.md").meta).toMatchObject({ notes: "continuous", notePlacement: "footnotes" });
    expect(errorOf("---\ntitle: T\nnotePlacement: margin\n---\nBody\n").toLine()).toBe('a.md:3: "notePlacement" must be footnotes, endnotes or book-endnotes, not "margin"');
  });

  it("sets aside another tool's list under a yes-or-no field with a warning, and still refuses a wrong word", () => {
    const result = readFrontMatter("---\ntitle: T\ntoc:\n  - Section 1\n  - Footnotes\n---\nBody\n", "a.md");
    expect(result.meta.toc).toBe(false);
    expect(result.diagnostics.map((d) => `${d.location?.line}: ${d.message}`)).toEqual(['3: "toc" is true or false here; a list (another tool\'s setting?) is ignored']);
    expect(errorOf("---\ntitle: T\ntoc: maybe\n---\nBody\n").toLine()).toBe('a.md:3: "toc" must be true or false, not "maybe"');
  });

  it("reads an abstract of several paragraphs, which describes the article when no description does", () => {
    const result = readFrontMatter("---\ntitle: T\nabstract: |\n  First line\n  of the first.\n\n  Second.\n---\nBody\n", "a.md");
    expect(result.diagnostics).toEqual([]);
    expect(result.meta.abstract).toBe("First line\nof the first.\n\nSecond.");
    expect(result.meta.description).toBe("First line of the first. Second.");
    expect(readFrontMatter("---\ntitle: T\nabstract: A.\ndescription: D.\n---\nBody\n", "a.md").meta.description).toBe("D.");
    expect(errorOf("---\ntitle: T\nabstract: [a, b]\n---\nBody\n").toLine()).toMatch(/^a\.md:3: "abstract" must be text/);
  });

  it("reads fields and counts the lines it took", () => {
    const result = readFrontMatter("---\ntitle: T\nauthor: [A, B]\nkeywords: x, y\ndate: 2020-01-02\npageSize: A4\n---\nBody\n", "a.md");
    expect(result.meta).toMatchObject({ title: "T", authors: ["A", "B"], keywords: ["x", "y"], date: "2020-01-02", pageSize: "A4", lang: "en" });
    expect(result.lineOffset).toBe(7);
    expect(result.body).toBe("Body\n");
  });

  it("reads scriptLanguages as script keys mapped to canonical language tags, and refuses others with the line", () => {
    expect(readFrontMatter("---\ntitle: T\nscriptLanguages: {Arab: fa, Latn: FR-ca}\n---\nBody\n", "a.md").meta.scriptLanguages).toEqual({ Arab: "fa", Latn: "fr-CA" });
    expect(readFrontMatter("---\ntitle: T\n---\nBody\n", "a.md").meta.scriptLanguages).toEqual({});
    const unknownScript = errorOf("---\ntitle: T\nscriptLanguages: {Arabic: fa}\n---\nBody\n");
    expect(unknownScript.location?.line).toBe(3);
    expect(unknownScript.message).toContain('names the script "Arabic"');
    expect(errorOf("---\ntitle: T\nscriptLanguages: {Arab: 'f a'}\n---\nBody\n").message).toContain('maps Arab to "f a", which is not a language tag');
    expect(errorOf("---\ntitle: T\nscriptLanguages: fa\n---\nBody\n").message).toContain("must map scripts to languages");
  });

  it("reads the bibliography files and the citation style, with their lines", () => {
    const one = readFrontMatter("---\ntitle: T\nbibliography: works.json\ncsl: chicago-author-date\n---\nBody\n", "a.md");
    expect(one.meta).toMatchObject({ bibliography: ["works.json"], csl: "chicago-author-date" });
    expect([one.fieldLines.get("bibliography"), one.fieldLines.get("csl")]).toEqual([3, 4]);
    expect(readFrontMatter("---\nbibliography: [a.json, b.bib]\n---\nBody\n", "a.md").meta.bibliography).toEqual(["a.json", "b.bib"]);
    expect(readFrontMatter("---\ntitle: T\n---\nBody\n", "a.md").meta.bibliography).toEqual([]);
    expect(errorOf("---\nbibliography: {file: a.json}\n---\nBody\n").toLine()).toBe('a.md:2: "bibliography" must be text or a list of text');
  });

  it("works without front matter", () => {
    const result = readFrontMatter("# Title\n", "a.md");
    expect(result.meta.title).toBeUndefined();
    expect(result.lineOffset).toBe(0);
  });

  it("names the line of invalid YAML", () => {
    const error = errorOf("---\ntitle: ok\nauthor: [unclosed\n---\nText\n");
    expect(error.code).toBe("front-matter-yaml");
    expect(error.toLine()).toMatch(/^a\.md:\d+: front matter is not valid YAML/);
  });

  it("says how to write a list of authors when a note in a [a, b] list breaks it", () => {
    const error = errorOf("---\ntitle: ok\nauthor: [Jane Doe^[University of Somewhere.], John Roe]\n---\nText\n");
    expect(error.toLine()).toMatch(/^a\.md:3: front matter is not valid YAML: .*; a note \(\^\[…\]\) in a \[a, b\] list breaks it: write the list one item a line \(- Jane Doe\^\[…\]\)$/);
    expect(errorOf("---\ntitle: ok\nauthor: [unclosed\n---\nText\n").toLine()).not.toContain("one item a line");
  });

  it("refuses front matter that is not a mapping", () => {
    expect(errorOf("---\n- a\n- b\n---\nText\n").toLine()).toBe(
      "a.md:2: front matter must be a mapping of fields (`title: ...`), not a list or a single value",
    );
  });

  it("refuses an unclosed block", () => {
    expect(errorOf("---\ntitle: x\nText\n").toLine()).toBe("a.md:1: front matter starts with --- but is never closed by a --- line");
  });

  it("validates dates, page sizes and slugs with the field's line", () => {
    expect(errorOf("---\ntitle: x\ndate: 5 May\n---\nT\n").toLine()).toBe('a.md:3: "date" must be a date written YYYY-MM-DD, YYYY-MM or YYYY (a time after a day, as in 2023-01-14T21:29:52-07:00, and a date in words, as in July 17, 2006, are allowed), not "5 May"');
    expect(errorOf("---\ntitle: x\ndate: 2023-01-14T25:00\n---\nT\n").toLine()).toMatch(/^a\.md:3: "date" must be a date written YYYY-MM-DD/);
    expect(errorOf("---\ntitle: x\ndate: 2023-02-30T10:00:00Z\n---\nT\n").toLine()).toBe('a.md:3: "date" is not a real date: "2023-02-30T10:00:00Z"');
    expect(errorOf("---\npageSize: B5\n---\nT\n").toLine()).toBe('a.md:2: "pageSize" must be A5, A4 or Letter, not "B5"');
    expect(errorOf("---\nslug: Bad Slug\n---\nT\n").toLine()).toMatch(/^a\.md:2: "slug" may hold only/);
  });

  it("takes a choice written in another case (pageSize: a4, webNotes: Sidenotes) in the form the editions use", () => {
    const meta = readFrontMatter("---\npageSize: a4\nwebNotes: Sidenotes\nnotePlacement: ENDNOTES\n---\nT\n", "a.md").meta;
    expect(meta).toMatchObject({ pageSize: "A4", webNotes: "sidenotes", notePlacement: "endnotes" });
    expect(readFrontMatter("---\npageSize: letter\n---\nT\n", "a.md").meta.pageSize).toBe("Letter");
  });

  it("reads authors written as pandoc and Quarto write them, with a name beside an affiliation", () => {
    const meta = readFrontMatter("---\ntitle: x\nauthor:\n  - name: Ada Lovelace\n    affiliation: Analytical Society\n  - Charles Babbage\n  - name:\n      literal: Mary Somerville\n---\nT\n", "a.md").meta;
    expect(meta.authors).toEqual(["Ada Lovelace", "Charles Babbage", "Mary Somerville"]);
    expect(errorOf("---\ntitle: x\nauthor:\n  - affiliation: Nowhere\n---\nT\n").toLine()).toBe(
      'a.md:3: each item of "author" must be text or a mapping with a name (`- name: Ada Lovelace`), not {"affiliation":"Nowhere"}',
    );
    expect(errorOf("---\ntitle: x\nkeywords:\n  - [a, b]\n---\nT\n").toLine()).toBe('a.md:3: each item of "keywords" must be text, not ["a","b"]');
  });

  it("takes the calendar day of a timestamp as the author wrote it, in the author's own offset", () => {
    const dayOf = (written: string) => readFrontMatter(`---\ntitle: x\ndate: ${written}\n---\nT\n`, "a.md").meta.date;
    // 21:29 at -07:00 is already the 15th in UTC: the edition still prints the 14th.
    expect(dayOf("2023-01-14T21:29:52-07:00")).toBe("2023-01-14");
    expect(dayOf("2023-01-14 21:29:52.5 +01:00")).toBe("2023-01-14");
    expect(dayOf("2023-01-14t08:00Z")).toBe("2023-01-14");
    expect(dayOf('"2023-01-14T08:00:00+0530"')).toBe("2023-01-14");
    expect(dayOf("2023-01-14")).toBe("2023-01-14");
  });

  it("reads a year or a month alone as written (pandoc and CSL dates), and refuses nonsense with the field's line", () => {
    const meta = (yaml: string) => readFrontMatter(`---\ntitle: x\n${yaml}\n---\nT\n`, "a.md").meta;
    // YAML reads 2014 as a number: it is still the year written.
    expect(meta("date: 2014").date).toBe("2014");
    expect(meta("date: '2014'").date).toBe("2014");
    expect(meta("date: 2014-03").date).toBe("2014-03");
    expect(meta("date: 2014\nupdated: 2014-12").updated).toBe("2014-12");
    // In words, as pandoc's own test suite and word processors write it: the day or month it names.
    expect(meta("date: July 17, 2006").date).toBe("2006-07-17");
    expect(meta("date: März 2014").date).toBe("2014-03");
    expect(errorOf("---\ntitle: x\ndate: 2014-13\n---\nT\n").toLine()).toBe('a.md:3: "date" is not a real date: "2014-13"');
    expect(errorOf("---\ntitle: x\ndate: February 30, 2024\n---\nT\n").toLine()).toBe('a.md:3: "date" is not a real date: "February 30, 2024"');
    expect(errorOf("---\ntitle: x\ndate: 2014-00\n---\nT\n").toLine()).toBe('a.md:3: "date" is not a real date: "2014-00"');
    expect(errorOf("---\ntitle: x\nupdated: 2014-3\n---\nT\n").toLine()).toMatch(/^a\.md:3: "updated" must be a date written YYYY-MM-DD, YYYY-MM or YYYY .*not "2014-3"$/);
    expect(errorOf("---\ntitle: x\n\ndate: 14\n---\nT\n").toLine()).toMatch(/^a\.md:4: "date" must be a date written .*not "14"$/);
    expect(errorOf("---\ntitle: x\ndate: 2014.5\n---\nT\n").toLine()).toMatch(/^a\.md:3: "date" must be a date written .*not "2014.5"$/);
    expect(errorOf("---\ntitle: x\ndate: 2014-03T10:00\n---\nT\n").toLine()).toMatch(/^a\.md:3: "date" must be a date written .*not "2014-03T10:00"$/);
  });

  it("reads webNotes, endnotes by default, and refuses another value with its line", () => {
    expect(readFrontMatter("---\ntitle: x\n---\nT\n", "a.md").meta.webNotes).toBe("endnotes");
    expect(readFrontMatter("---\ntitle: x\nwebNotes: sidenotes\n---\nT\n", "a.md").meta.webNotes).toBe("sidenotes");
    expect(errorOf("---\ntitle: x\nwebNotes: margin\n---\nT\n").toLine()).toBe('a.md:3: "webNotes" must be endnotes or sidenotes, not "margin"');
  });

  it("warns about unknown fields and suggests the closest known one", () => {
    const result = readFrontMatter("---\ntitle: T\ndescripton: d\n---\nT\n", "a.md");
    expect(result.diagnostics).toEqual([
      {
        severity: "warning",
        code: "front-matter-unknown-field",
        message: 'unknown front matter field "descripton" (did you mean "description"?); it is ignored',
        location: { file: "a.md", line: 3 },
      },
    ]);
  });
});

describe("note calls at the end of the title and authors", () => {
  it("keeps the plain text and the calls as written, with the field's line", () => {
    const meta = readFrontMatter("---\ntitle: A Title[^t]\nauthor:\n  - Ada^[Univ.]\n  - name: Bo Roe[^b][^c]\n    affiliation: X\n  - Cy\nauthors: Di^[Lab.]\n---\nT\n", "a.md").meta;
    expect(meta.title).toBe("A Title");
    expect(meta.authors).toEqual(["Ada", "Bo Roe", "Cy", "Di"]);
    expect(meta.headerCalls).toEqual({
      title: { markdown: "[^t]", line: 2 },
      authors: [{ markdown: "^[Univ.]", line: 3 }, { markdown: "[^b][^c]", line: 3 }, undefined, { markdown: "^[Lab.]", line: 8 }],
    });
    expect(readFrontMatter("---\ntitle: Plain\nauthor: Ada\n---\nT\n", "a.md").meta.headerCalls).toBeUndefined();
    // Authors in one string are parted at semicolons outside a note's text.
    const inOneString = readFrontMatter("---\ntitle: T\nauthor: Ada^[Univ.; Dept.]; Bo\n---\nT\n", "a.md").meta;
    expect([inOneString.authors, inOneString.headerCalls?.authors]).toEqual([["Ada", "Bo"], [{ markdown: "^[Univ.; Dept.]", line: 3 }, undefined]]);
    // A note folded over several lines of YAML stays one line of calls.
    expect(readFrontMatter("---\ntitle: T\nauthor: |\n  Ada^[One line,\n\n  and another.]\n---\nT\n", "a.md").meta.headerCalls?.authors).toEqual([{ markdown: "^[One line, and another.]", line: 3 }]);
  });

  it("refuses a call inside the text, in another field, alone, or in book.yml, with the field's line", () => {
    expect(errorOf("---\ntitle: A[^t] Title\n---\nT\n").toLine()).toMatch(/^a\.md:2: "title" holds a note call inside its text; a call on the title or an author stands at the end/);
    expect(errorOf("---\ntitle: T\ndescription: About[^d]\n---\nT\n").toLine()).toMatch(/^a\.md:3: "description" holds a note call, but front matter is not Markdown .*only an article's title and authors may end with a call/);
    expect(errorOf("---\ntitle: T\nauthor: \"[^a]\"\n---\nT\n").toLine()).toBe('a.md:3: "author" holds note calls and nothing for them to stand after');
    expect(() => readMetaFields("title: A Book[^t]\n", "book.yml", { firstLine: 1, what: "book.yml" })).toThrow(/"title" holds a note call, but front matter is not Markdown/);
  });

  it("sets the title, subtitle and abstract with the body's quotation marks and apostrophes, in the document's language", () => {
    const meta = readFrontMatter(`---\ntitle: On 'Tis and "The Moose"\nsubtitle: A reader's notes\nabstract: On "home"\nlang: de\nslug: moose\n---\nBody\n`, "a.md").meta;
    expect([meta.title, meta.subtitle, meta.abstract, meta.description]).toEqual(["On ’Tis and „The Moose“", "A reader’s notes", "On „home“", "On „home“"]);
  });
});

