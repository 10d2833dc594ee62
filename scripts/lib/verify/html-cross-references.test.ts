import { describe, expect, it } from "vitest";
import { htmlCrossrefMismatches } from "./cross-reference-check.ts";
import type { ExpectedCrossrefs } from "./crossref-expected.ts";
import { readHtmlCrossrefs } from "./html-cross-references.ts";
import { parseHtml } from "./html-tree.ts";

const expected: ExpectedCrossrefs = {
  references: ["figure 1", "section 1.1"],
  captions: ["Figure 1."],
  sectionNumbers: ["1", "1.1"],
  contents: ["1 One", "1.1 Two"],
  printContents: ["1 One", "1.1 Two"],
  lang: "en",
};

function page(reference: string, caption = "Figure 1.", contentsTarget = "#two"): string {
  return `<nav role="doc-toc"><h2>Contents</h2><ol><li><a href="#one">1 One</a></li><li><a href="${contentsTarget}">1.1 Two</a></li></ol></nav>
<h1 id="one"><span>1</span> One</h1><p>See <a href="#map">${reference}</a>.</p>
<figure id="map"><img src="a.png" alt="A map"/><figcaption><span>${caption}</span> A map</figcaption></figure>
<h2 id="two">1.1 Two</h2><p>Back to <a href="#two">section 1.1</a>.</p>`;
}

const check = (html: string): string[] => htmlCrossrefMismatches("web", expected, readHtmlCrossrefs([{ path: "index.html", root: parseHtml(html) }])).map((m) => m.message);

describe("cross-references of a web page, followed as a reader follows them", () => {
  it("passes references that land on what they name, with the source's numbers", () => {
    expect(check(page("figure 1"))).toEqual([]);
  });

  it("takes a link to another site that names its section or figure for no cross-reference", () => {
    const outside = `${page("figure 1")}<p>See <a href="https://example.org/c12/12.6.html">section 12.6.6</a> and <a href="//example.org/f">Figure 3</a> there.</p>`;
    expect(check(outside)).toEqual([]);
  });

  it("reads nothing into a heading that opens with a year when the source numbers none", () => {
    const none = { references: [], captions: [], sectionNumbers: [], contents: [], printContents: [], lang: "en" };
    const html = `<h2 id="y">1984 revisited</h2><figure><img src="a.png" alt=""/><figcaption>Figure 1. is the author's own words</figcaption></figure>`;
    expect(htmlCrossrefMismatches("web", none, readHtmlCrossrefs([{ path: "index.html", root: parseHtml(html) }]))).toEqual([]);
  });

  it("names a reference whose number differs from its target's", () => {
    expect(check(page("figure 2"))).toEqual([
      `cross-reference: the source has "figure 1" where the web edition shows "figure 2" (cross-reference 1 of 2)`,
      "figure 2: the web edition's link index.html#map leads to figure 1",
    ]);
  });

  it("names a caption with another number, and a contents entry leading elsewhere", () => {
    expect(check(page("figure 1", "Figure 3.", "#one"))).toEqual([
      "figure 1: the web edition's link index.html#map leads to figure 3",
      `caption: the source has "Figure 1." where the web edition shows "Figure 3." (caption 1 of 1)`,
      `contents entry "1.1 Two": the web edition's link index.html#one leads to "1 One"`,
    ]);
  });

  it("reads a German page's references and captions in its own words, and only in them", () => {
    const german: ExpectedCrossrefs = { ...expected, captions: ["Abbildung 1."], lang: "de" };
    const html = (reference: string, caption: string): string =>
      page(reference, caption).replace('href="#two">section 1.1', 'href="#two">Abschnitt 1.1');
    const read = (text: string): string[] => htmlCrossrefMismatches("web", german, readHtmlCrossrefs([{ path: "index.html", root: parseHtml(text) }], undefined, "de")).map((m) => m.message);
    expect(read(html("Abbildung 1", "Abbildung 1."))).toEqual([]);
    // English words in a German document are not its references: both go missing.
    expect(read(html("figure 1", "Figure 1.")).join("\n")).toMatch(/figure 1[\s\S]*Abbildung 1\./);
  });
});

describe("references to notes, followed to the note", () => {
  const notes: ExpectedCrossrefs = { references: ["note 2"], captions: [], sectionNumbers: [], contents: [], printContents: [], lang: "en" };
  const read = (reference: string, shown: string): string[] => {
    const html = `<p>See <a class="xref" href="#fn-2">${reference}</a>.</p><ol><li id="fn-2" class="note"><p><span class="note-number">${shown}</span> The registers.</p></li></ol>`;
    return htmlCrossrefMismatches("web", notes, readHtmlCrossrefs([{ path: "index.html", root: parseHtml(html) }])).map((m) => m.message);
  };

  it("passes a reference landing on the note that opens with its number", () => {
    expect(read("note 2", "2.")).toEqual([]);
  });

  it("names a link landing on a note with another number", () => {
    expect(read("note 2", "3.")).toEqual(["note 2: the web edition's link index.html#fn-2 leads to note 3"]);
  });

  it("names a reference printing another number than the source's", () => {
    expect(read("note 3", "2.")).toEqual([
      `cross-reference: the source has "note 2" where the web edition shows "note 3" (cross-reference 1 of 1)`,
      "note 3: the web edition's link index.html#fn-2 leads to note 2",
    ]);
  });
});

describe("a contents entry for a heading that calls a note", () => {
  it("reads the heading's words without the call's number", () => {
    const withCall: ExpectedCrossrefs = { references: [], captions: [], sectionNumbers: ["1"], contents: ["1 Voices"], printContents: ["1 Voices"], lang: "en" };
    const html = `<nav role="doc-toc"><ol><li><a href="#voices">1 Voices</a></li></ol></nav><h2 id="voices"><span>1</span> Voices<sup class="note-call"><a href="#fn-6" role="doc-noteref">6</a></sup></h2>`;
    expect(htmlCrossrefMismatches("web", withCall, readHtmlCrossrefs([{ path: "index.html", root: parseHtml(html) }])).map((m) => m.message)).toEqual([]);
    // Another heading's words are still told apart.
    const other = html.replace("> Voices<sup", "> Choices<sup");
    expect(htmlCrossrefMismatches("web", withCall, readHtmlCrossrefs([{ path: "index.html", root: parseHtml(other) }])).map((m) => m.message)).toEqual([`contents entry "1 Voices": the web edition's link index.html#voices leads to "1 Choices"`]);
  });

  it("reads the heading's words without two adjacent calls and the raised comma between them", () => {
    const withCalls: ExpectedCrossrefs = { references: [], captions: [], sectionNumbers: [], contents: ["Sources"], printContents: ["Sources"], lang: "en" };
    const html = `<nav role="doc-toc"><ol><li><a href="#sources">Sources</a></li></ol></nav><h2 id="sources">Sources<sup class="note-call"><a href="#fn-1" role="doc-noteref">1</a></sup><sup class="note-call-separator" aria-hidden="true">,</sup><sup class="note-call"><a href="#fn-2" role="doc-noteref">2</a></sup></h2>`;
    expect(htmlCrossrefMismatches("web", withCalls, readHtmlCrossrefs([{ path: "index.html", root: parseHtml(html) }])).map((m) => m.message)).toEqual([]);
  });
});
