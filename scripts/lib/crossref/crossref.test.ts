/**
 * Cross-references through the real parser: numbers decided once (sections, figures, tables),
 * references rendered as links, citations kept apart, and every refusal with its file and line.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadArticle, parseArticle, type Article } from "../document/article.ts";
import { ContentError } from "../errors.ts";
import { renderArticle } from "../engine/render.ts";
import { webNoteRenderer } from "../editions/web/web-notes.ts";

const root = mkdtempSync(join(tmpdir(), "crossref-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
process.env.PRESS_CACHE_DIR = join(root, "cache");
const file = join(root, "article.md");
const png = join(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "images", "figures", "bar.png");
writeFileSync(join(root, "map.png"), readFileSync(png));
writeFileSync(join(root, "works.json"), readFileSync(join(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "citations", "works.json")));

function parse(body: string, front = "title: T"): Article {
  return parseArticle(`---\n${front}\n---\n\n${body}\n`, file);
}

function web(body: string, front?: string): string {
  return renderArticle(parse(body, front), webNoteRenderer);
}

function refusal(body: string): string {
  try {
    parse(body);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).toLine().replaceAll(root, "ROOT");
  }
  throw new Error("the article was accepted");
}

describe("numbers decided at parse time", () => {
  it("numbers sections by level from the highest level used, and shows the numbers in headings", () => {
    const article = parse("## One {#sec:one}\n\n### Sub\n\n### Sub two {#sec:two}\n\n## Three\n\nSee @sec:two and [@sec:one].");
    const sections = article.env.crossrefs?.sections.map((s) => `${s.number} ${s.text} ${s.id}`);
    expect(sections).toEqual(["1 One sec_one", "1.1 Sub sub", "1.2 Sub two sec_two", "2 Three three"]);
    const html = renderArticle(article, webNoteRenderer);
    expect(html).toContain(`<h3 id="sec_two"><span class="section-number">1.2</span> Sub two</h3>`);
    expect(html).toContain(`See <a class="xref" href="#sec_two">section 1.2</a> and <a class="xref" href="#sec_one">section 1</a>.`);
  });

  it("keeps a heading marked .unnumbered or {-} out of the numbers, as pandoc does, but numbers one that references name", () => {
    const article = parse("## Preface {.unnumbered}\n\n## One {#sec:one}\n\n### Aside {-}\n\n### Sub\n\n## Two\n\nSee @sec:one.");
    expect(article.env.crossrefs?.sections.map((s) => `${s.number} ${s.text}`)).toEqual([" Preface", "1 One", " Aside", "1.1 Sub", "2 Two"]);
    const html = renderArticle(article, webNoteRenderer);
    expect(html).toContain(`<h2 id="preface">Preface</h2>`);
    expect(html).toContain(`<h3 id="aside">Aside</h3>`);
    const labelled = parse("## Preface {#sec:pre .unnumbered}\n\nSee @sec:pre.");
    expect(labelled.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([["crossref-unnumbered-label", 5]]);
    expect(renderArticle(labelled, webNoteRenderer)).toContain(`href="#sec_pre">section 1</a>`);
  });

  it("leaves headings unnumbered when no heading carries a sec: label", () => {
    const html = web("## One\n\n## Two\n\nText.");
    expect(html).toContain(`<h2 id="one">One</h2>`);
  });

  it("does not number the first heading when it becomes the title", () => {
    const article = parseArticle("# The title\n\n## A {#sec:a}\n\n## B\n\nSee @sec:a.\n", file);
    expect(article.meta.title).toBe("The title");
    expect(article.env.crossrefs?.sections.map((s) => `${s.number} ${s.text}`)).toEqual(["1 A", "2 B"]);
  });

  it("makes a labelled image a numbered figure whose caption is its description, kept as alt text", () => {
    const html = web("![A *map*](map.png){#fig:map}\n\n![Second](map.png){#fig:two}\n\n@Fig:two follows [@fig:map].");
    expect(html).toMatch(/<figure id="fig_map"><img src="images\/[0-9a-f]+\.png" alt="A map"><figcaption><span class="caption-label">Figure 1\.<\/span> A <em>map<\/em><\/figcaption><\/figure>/);
    expect(html).toContain(`<figure id="fig_two">`);
    expect(html).toContain(`<a class="xref" href="#fig_two">Figure 2</a> follows <a class="xref" href="#fig_map">figure 1</a>.`);
  });

  it("sets the call in an image's description in its caption, numbered or not, as pandoc does, the alt text plain", () => {
    const article = parse("![A map of rain.[^src]](map.png)\n\n![A *numbered* map.^[Redrawn.]](map.png){#fig:map}\n\nText.[^more]\n\n[^src]: The survey.\n\n[^more]: More.");
    expect(article.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    // Numbered in reading order: the captions' calls first, then the text's.
    expect(article.notes.calls.map((call) => call.number)).toEqual([1, 2, 3]);
    const html = renderArticle(article, webNoteRenderer);
    expect(html).toMatch(/<figure><img src="images\/[0-9a-f]+\.png" alt="A map of rain\."><figcaption>A map of rain\.<sup class="[^"]*"[^>]*><a [^>]*>1<\/a><\/sup><\/figcaption><\/figure>/);
    expect(html).toMatch(/<figure id="fig_map"><img src="images\/[0-9a-f]+\.png" alt="A numbered map\."><figcaption><span class="caption-label">Figure 1\.<\/span> A <em>numbered<\/em> map\.<sup[^>]*><a [^>]*>2<\/a><\/sup><\/figcaption><\/figure>/);
  });

  it("takes a table's caption from the paragraph after it or before it", () => {
    const table = "| a | b |\n|---|---|\n| 1 | 2 |";
    const html = web(`${table}\n\n: After {#tbl:after}\n\nTable: Before {#tbl:before}\n\n${table}\n\n: No label\n\n${table}\n\nSee @tbl:before, @tbl:after.`);
    expect(html).toContain(`<table id="tbl_after" class="captioned">\n<caption><span class="caption-label">Table 1.</span> After</caption>`);
    expect(html).toContain(`<table id="tbl_before" class="captioned">\n<caption><span class="caption-label">Table 2.</span> Before</caption>`);
    expect(html).toContain(`<table class="captioned">\n<caption>No label</caption>`);
    expect(html).toContain(`See <a class="xref" href="#tbl_before">table 2</a>, <a class="xref" href="#tbl_after">table 1</a>.`);
    expect(html).not.toContain("<p>: ");
  });

  it("numbers the headings after a caption written right under a paragraph and over its table", () => {
    // The definition-list rule reads "Some text." and ": A short table" as a term and its
    // definition; undoing that removed tokens, and every later heading lost its number.
    const table = "| a | b |\n|---|---|\n| 1 | 2 |";
    const html = web(`## Before {#sec:before}\n\nSome text.\n: A short table {#tbl:t}\n\n${table}\n\n## After {#sec:after}\n\n### Under it\n\nSee @tbl:t and @sec:after.`);
    expect([...html.matchAll(/section-number">([^<]+)</g)].map((m) => m[1])).toEqual(["1", "2", "2.1"]);
    expect(html).toContain(`<table id="tbl_t" class="captioned">\n<caption><span class="caption-label">Table 1.</span> A short table</caption>`);
    expect(html).toContain(`See <a class="xref" href="#tbl_t">table 1</a> and <a class="xref" href="#sec_after">section 2</a>.`);
  });

  it("numbers figures and tables within each chapter with figureNumbering: chapter", () => {
    const table = "| a |\n|---|\n| 1 |";
    const body = `Before.\n\n# One\n\n![A](map.png){#fig:a}\n\n## Sub\n\n![B](map.png){#fig:b}\n\n# Two\n\n${table}\n\n: T {#tbl:t}\n\n![C](map.png){#fig:c}\n\nSee @fig:c, @tbl:t.`;
    const html = web(body, "title: T\nfigureNumbering: chapter");
    expect([...html.matchAll(/caption-label">([^<]+)</g)].map((m) => m[1])).toEqual(["Figure 1.1.", "Figure 1.2.", "Table 2.1.", "Figure 2.1."]);
    expect(html).toContain(`See <a class="xref" href="#fig_c">figure 2.1</a>, <a class="xref" href="#tbl_t">table 2.1</a>.`);
    expect([...web(body).matchAll(/caption-label">([^<]+)</g)].map((m) => m[1])).toEqual(["Figure 1.", "Figure 2.", "Table 1.", "Figure 3."]);
  });

  it("resolves references inside notes, and an address is no reference", () => {
    const html = web("## A {#sec:a}\n\nText.[^n]\n\n[^n]: See @sec:a; write to me@sec:a.");
    expect(html).toContain(`See <a class="xref" href="#sec_a">section 1</a>; write to me@sec:a.`);
  });

  it("prints ' on page N' only when the edition asks for it (print)", () => {
    const article = parse("## A {#sec:a}\n\nSee @sec:a.");
    const html = renderArticle(article, webNoteRenderer, {});
    expect(html).not.toContain("on page");
    const print = renderArticle(article, webNoteRenderer, { crossrefPages: true, crossrefHref: (id: string) => `chapter.xhtml#${id}` });
    expect(print).toContain(`<a class="xref" href="chapter.xhtml#sec_a"><span class="xref-words">section 1</span> <span class="xref-page">on page <span class="page-of" data-page-of="sec_a">000</span></span></a>`);
  });
});

describe("references to notes by their labels", () => {
  it("prints a note's number from the footnote model, in the text and in another note, linked to the note", () => {
    const article = parse("Later.[^late] Earlier.[^early]\n\n@Fn:early and [@fn:late; @fn:early].\n\n[^early]: Written first.\n[^late]: See @fn:early.");
    const html = renderArticle(article, webNoteRenderer);
    // Numbered where they are called, not where they are written.
    expect(html).toContain(`<a class="xref" href="#fn-2">Note 2</a> and <a class="xref" href="#fn-1">note 1</a>, <a class="xref" href="#fn-2">note 2</a>.`);
    expect(article.notes.notes.map((note) => note.text)).toEqual(["See note 2.", "Written first."]);
    expect(article.env.crossrefs?.references.map((reference) => `${reference.target?.kind} ${reference.target?.number}`)).toEqual(["note 2", "note 1", "note 2", "note 2"]);
  });

  it("never reads fn: as a citation key, with a bibliography", async () => {
    writeFileSync(file, `---\ntitle: T\nbibliography: works.json\n---\n\nText.[^a] See @fn:a and [@hartley1998].\n\n[^a]: A note.\n`);
    const html = renderArticle(await loadArticle(file), webNoteRenderer);
    expect(html).toContain(`See <a class="xref" href="#fn-1">note 1</a> and`);
  });

  it("refuses a label no called note has, defined or not, with its line", () => {
    expect(refusal("Text.\n\nSee @fn:gone.")).toBe("ROOT/article.md:7: @fn:gone refers to no note: no note [^gone] is called in this file");
    expect(refusal("Text, see @fn:quiet.\n\n[^quiet]: Never called.")).toBe("ROOT/article.md:5: @fn:quiet refers to no note: no note [^quiet] is called in this file");
  });
});

describe("cross-references and citations", () => {
  it("reads sec:, fig:, tbl: as references, never citation keys, with a bibliography", async () => {
    writeFileSync(file, `---\ntitle: T\nbibliography: works.json\ncsl: chicago-author-date\n---\n\n## A {#sec:a}\n\nAs @sec:a shows [@sec:a], and [@hartley1998].\n`);
    const article = await loadArticle(file);
    const html = renderArticle(article, webNoteRenderer);
    expect(html).toContain(`As <a class="xref" href="#sec_a">section 1</a> shows <a class="xref" href="#sec_a">section 1</a>, and`);
    expect(html).toContain("Hartley");
    expect(article.env.crossrefs?.references).toHaveLength(2);
  });

  it("refuses an unknown label that looks like a reference even with a bibliography", async () => {
    writeFileSync(file, `---\ntitle: T\nbibliography: works.json\n---\n\nSee @fig:none.\n`);
    await expect(loadArticle(file)).rejects.toThrow(/refers to no label/);
  });
});

describe("refusals, with file and line", () => {
  it("an unknown label", () => {
    expect(refusal("Text.\n\nSee @fig:nowhere.")).toBe("ROOT/article.md:7: @fig:nowhere refers to no label: write {#fig:nowhere} on the figure it means");
  });

  it("pandoc-crossref's number without its word, which would print the word twice or not at all", () => {
    expect(refusal("## A {#sec:a}\n\nSee figure [-@fig:map] here.\n\n![Map.](map.png){#fig:map}")).toBe(
      'ROOT/article.md:7: [-@fig:map] asks for the number without its word, which no edition prints: write @fig:map (or [@fig:map]), which prints "figure 1" with its number, and leave out the "figure" written before it',
    );
    expect(refusal("## A {#sec:a}\n\nSections [@sec:a; -@sec:a].")).toContain("ROOT/article.md:7: [-@sec:a] asks for the number");
    // A citation's `[-@key]` (the authors left out) is not a cross-reference.
    expect(() => parse("Text [-@okafor2011].")).not.toThrow();
  });

  it("a label given twice", () => {
    expect(refusal("## A {#sec:a}\n\n## B {#sec:a}")).toBe("ROOT/article.md:7: the label {#sec:a} is already given at line 5; a label names one section");
  });

  it("a label of the wrong kind, and one inside a note", () => {
    expect(refusal("## A {#fig:a}")).toBe("ROOT/article.md:5: {#fig:a} is on a heading; a heading's label starts with sec:");
    expect(refusal("Text.[^n]\n\n[^n]: ![x](map.png){#fig:x}")).toContain("ROOT/article.md:7: {#fig:x} is inside a note");
  });

  it("an equation label", () => {
    expect(refusal("See @eq:one.")).toContain("ROOT/article.md:5: @eq:one: equations are not numbered");
  });
});
