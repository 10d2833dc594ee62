import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { renderArticle } from "../engine/render.ts";
import { webNoteRenderer } from "../editions/web/web-notes.ts";

const codes = (body: string): Array<[string, number | undefined]> =>
  parseArticle(`---\ntitle: T\n---\n\n${body}\n`, "/x/a.md").diagnostics.map((d) => [d.code, d.location?.line]);

describe("superscripts beside calls", () => {
  it("warns of a call set right after a superscript, which prints as one raised number with it", () => {
    expect(codes("The area is 5 m^2^[^a] and the 1<sup>st</sup>[^b] edition.\n\n[^a]: A.\n[^b]: B.")).toEqual([
      ["footnote-after-superscript", 5],
      ["footnote-after-superscript", 5],
    ]);
  });

  it("warns of a superscript number after punctuation, a note number a word processor left, and not of an exponent", () => {
    expect(codes("Schools were measured.<sup>1</sup> Twice,^2^ and\n10^6^ times, in m^2^.")).toEqual([
      ["superscript-like-call", 5],
      ["superscript-like-call", 5],
    ]);
  });
});

describe("definitions markdown reads as part of the block above", () => {
  const errors = (body: string): string[] => {
    try {
      parseArticle(`---\ntitle: T\n---\n\n${body}\n`, "a.md");
      return [];
    } catch (error) {
      return (error as { toLine(): string }).toLine().split("\n");
    }
  };

  it("names a definition written right under a table row, and the call it leaves undefined", () => {
    expect(errors("| Country | Body |\n|---|---|\n| Iraq | UN[^un] |\n[^un]: United Nations, 2001.")).toEqual([
      "a.md:7: footnote [^un] is called but never defined: its definition at line 8 is read as part of the block above it; leave a blank line before that line",
      "a.md:8: [^un]: is read as part of the table, quotation or list above it, not as a note's definition: leave a blank line before it",
    ]);
  });

  it("names one written on a quotation's next line", () => {
    expect(errors("> A quotation.[^q]\n[^q]: Its source.")).toEqual([
      "a.md:5: footnote [^q] is called but never defined: its definition at line 6 is read as part of the block above it; leave a blank line before that line",
      "a.md:6: [^q]: is read as part of the table, quotation or list above it, not as a note's definition: leave a blank line before it",
    ]);
  });
});

describe("a label with a space", () => {
  it("is warned of at its lines, with the label to write instead", () => {
    const article = parseArticle("---\ntitle: T\n---\n\nA claim.[^my note]\n\n[^my note]: Spaced label.\n", "a.md");
    expect(article.diagnostics.map((d) => [d.code, d.location?.line, d.message])).toEqual([
      ["footnote-label-space", 5, "[^my note] is printed as text, not read as a note: a note's label cannot hold a space; write [^my-note] in the call and the definition"],
      ["footnote-label-space", 7, "[^my note] is printed as text, not read as a note: a note's label cannot hold a space; write [^my-note] in the call and the definition"],
    ]);
  });
});

describe("calls where they cannot stand", () => {
  const html = (body: string): string => renderArticle(parseArticle(`---\ntitle: T\n---\n\n${body}\n\n[^1]: N.\n`, "a.md"), webNoteRenderer);

  it("go right after an HTML link, as after a Markdown one", () => {
    expect(html('The report is <a href="https://example.org/report">online[^1]</a> now.')).toContain('<a href="https://example.org/report">online</a><sup class="note-call">');
  });

  it("go right after a subscript", () => {
    expect(html("A <sub>lowered note[^1]</sub> here.")).toContain('<sub>lowered note</sub><sup class="note-call">');
  });
});
