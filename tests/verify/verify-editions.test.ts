/**
 * The verifier end to end: real web pages (Eleventy and the project's layouts), PDFs printed
 * by Chromium, EPUBs zipped by hand, compared with the footnote model. Correct editions of
 * every kind of note pass; editions broken on purpose fail with the exact lines a person
 * would need to find the fault.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { loadArticle, parseArticle, type Article } from "../../scripts/lib/document/article.ts";
import { formatVerifyReport } from "../../scripts/lib/verify/format-report.ts";
import { verifyEditions } from "../../scripts/lib/verify/verify-editions.ts";
import type { VerifyReport } from "../../scripts/lib/verify/verify-report.ts";
import { editEpubEntry, makeFixtureEpub, type EpubPlan } from "./helpers/fixture-epub.ts";
import { printFixturePdf, type PrintPlan } from "./helpers/fixture-pdf.ts";
import { renderWebPages } from "./helpers/fixture-web.ts";
import { manyNotesMarkdown } from "./helpers/many-notes.ts";

const fixtures = join(import.meta.dirname, "..", "fixtures", "verify");

let session: BrowserSession;
let workDir: string;
let mixed: Article;
let sample: Article;
let many: Article;
let typography: Article;
let webPages: Map<string, string>;

interface Editions {
  web: string;
  pdf: Uint8Array;
  epub: Uint8Array;
}

const goodPdfs = new Map<string, Uint8Array>();
const goodEpubs = new Map<string, Uint8Array>();

async function editions(article: Article, print: PrintPlan = { blocksPerPage: 2 }, epub: EpubPlan = {}): Promise<Editions> {
  return {
    web: webPages.get(article.slug) ?? "",
    pdf: await printFixturePdf(session, article, print),
    epub: await makeFixtureEpub(article, epub),
  };
}

let folders = 0;
async function verify(article: Article, files: Editions): Promise<VerifyReport> {
  const dir = join(workDir, `${article.slug}-${++folders}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "index.html"), files.web);
  await writeFile(join(dir, `${article.slug}.pdf`), files.pdf);
  await writeFile(join(dir, `${article.slug}.epub`), files.epub);
  return verifyEditions(dir, article, {});
}

const lines = (report: VerifyReport): string[] => report.mismatches.map((mismatch) => mismatch.message);

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "verify-test-"));
  mixed = await loadArticle(join(fixtures, "mixed-notes.md"));
  sample = await loadArticle(join(fixtures, "mko-sample.md"));
  typography = await loadArticle(join(fixtures, "typography-notes.md"));
  many = parseArticle(manyNotesMarkdown(300), join(workDir, "many-notes.md"));
  [webPages, session] = await Promise.all([renderWebPages([mixed, sample, typography, many]), BrowserSession.launch()]);
  for (const article of [mixed, sample]) {
    goodPdfs.set(article.slug, await printFixturePdf(session, article, { blocksPerPage: 2 }));
    goodEpubs.set(article.slug, await makeFixtureEpub(article, { chapters: 3 }));
  }
});

afterAll(async () => {
  await session?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

const good = (article: Article): Editions => ({
  web: webPages.get(article.slug) ?? "",
  pdf: goodPdfs.get(article.slug) ?? new Uint8Array(),
  epub: goodEpubs.get(article.slug) ?? new Uint8Array(),
});

describe("editions that carry the same notes pass", () => {
  it("repeated, inline, out-of-order, multi-paragraph, table and block-quote notes", async () => {
    expect(mixed.notes.notes.map((note) => note.label ?? "(inline)")).toEqual(["report", "(inline)", "long", "table", "quote", "early"]);
    const report = await verify(mixed, good(mixed));
    expect(lines(report)).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.rows.map((row) => [row.note, row.web, row.pdf, row.epub, row.status])).toEqual([
      [1, 1, 1, 1, "ok"],
      [2, 2, 2, 2, "ok"],
      [3, 3, 3, 3, "ok"],
      [4, 4, 4, 4, "ok"],
      [5, 5, 5, 5, "ok"],
      [6, 6, 6, 6, "ok"],
    ]);
    // The repeated call of note 1 is read back from every edition.
    expect([report.editions.web.calls, report.editions.pdf.calls, report.editions.epub.calls]).toEqual([7, 7, 7]);
  });

  it("the sample article, with notes in a separate EPUB file linked across files", async () => {
    const report = await verify(sample, { ...good(sample), epub: await makeFixtureEpub(sample, { notes: "notes-file" }) });
    expect(lines(report)).toEqual([]);
    expect(report.rows.map((row) => [row.note, row.pdfCallPage, row.pdfNotePage])).toEqual([
      [1, 1, 1],
      [2, 1, 1],
      [3, 2, 2],
      [4, 2, 2],
      [5, 2, 2],
      [6, 2, 2],
      [7, 3, 3],
      [8, 3, 3],
      [9, 3, 3],
      [10, 3, 3],
      [11, 4, 4],
    ]);
  });

  it("notes with typographic quotes, dashes, escapes, code and links", async () => {
    expect(typography.notes.notes[0]?.text).toBe("He said \u201cno\u201d \u2013 twice\u2026 and \u2018once\u2019 \u2014 then stopped.");
    const report = await verify(typography, await editions(typography, { blocksPerPage: 1 }));
    expect(lines(report)).toEqual([]);
  });

  it("an article with hundreds of notes, some years starting a wrapped note line", async () => {
    const report = await verify(many, await editions(many, { blocksPerPage: 2 }, { chapters: 5, notes: "notes-file" }));
    expect(lines(report)).toEqual([]);
    expect(report.editions.pdf).toMatchObject({ notes: 300, calls: many.notes.calls.length, parts: 50 });
  });

  it("notes set without a first-line indent", async () => {
    const pdf = await printFixturePdf(session, many, { blocksPerPage: 2, indentNotes: false });
    const report = await verify(many, { web: webPages.get(many.slug) ?? "", pdf, epub: await makeFixtureEpub(many) });
    expect(lines(report)).toEqual([]);
  });
});

describe("broken editions fail with the exact lines", () => {
  it("a PDF whose note numbers restart at 1 on each page", async () => {
    const pdf = await printFixturePdf(session, sample, { blocksPerPage: 2, shownNumber: (_note, onPage) => onPage.localIndex });
    const report = await verify(sample, { ...good(sample), pdf });
    expect(lines(report)).toEqual([
      "note 3: PDF shows 1 on page 2",
      "note 4: PDF shows 2 on page 2",
      "note 5: PDF shows 3 on page 2",
      "note 6: PDF shows 4 on page 2",
      "note 7: PDF shows 1 on page 3",
      "note 8: PDF shows 2 on page 3",
      "note 9: PDF shows 3 on page 3",
      "note 10: PDF shows 4 on page 3",
      "note 11: PDF shows 1 on page 4",
    ]);
    expect(report.passed).toBe(false);
    expect(report.editions.pdf.passed).toBe(false);
    expect(report.editions.web.passed && report.editions.epub.passed).toBe(true);
  });

  it("a PDF that pushes a note to the page after its call", async () => {
    const pdf = await printFixturePdf(session, sample, { blocksPerPage: 2, pushToNextPage: [5] });
    const report = await verify(sample, { ...good(sample), pdf });
    expect(lines(report)).toEqual(["note 5: PDF places it on page 3, after its call on page 2"]);
    expect(report.rows[4]).toMatchObject({ note: 5, pdf: 5, pdfCallPage: 2, pdfNotePage: 3, status: "mismatch", problems: ["pdf"] });
  });

  it("a PDF where a page break leaves a call alone at the top of the next page", async () => {
    const pdf = await printFixturePdf(session, sample, { blocksPerPage: 2, strandCallOnNextPage: [6] });
    const report = await verify(sample, { ...good(sample), pdf });
    expect(lines(report)).toEqual(["note 6: PDF prints its call alone on a line on page 3, apart from its text"]);
  });

  it("an EPUB with the texts of two notes swapped", async () => {
    const epub = await editEpubEntry(good(sample).epub, "OEBPS/text/chapter-2.xhtml", (xhtml) => swapNoteTexts(xhtml, 5, 6));
    const report = await verify(sample, { ...good(sample), epub });
    expect(lines(report)).toEqual([
      'note 5: the EPUB prints "Fars News Agency, Moqtada Sadr Reiterates Iraq’s Demand for …" where the source has "Aswat-al-Iraq, Maliki, Kopler discuss evacuation Iranian Ash…"',
      'note 6: the EPUB prints "Aswat-al-Iraq, Maliki, Kopler discuss evacuation Iranian Ash…" where the source has "Fars News Agency, Moqtada Sadr Reiterates Iraq’s Demand for …"',
    ]);
  });

  it("an EPUB with two notes printed in the wrong order", async () => {
    const epub = await editEpubEntry(good(sample).epub, "OEBPS/text/chapter-2.xhtml", (xhtml) => swapAsides(xhtml, 5, 6));
    const report = await verify(sample, { ...good(sample), epub });
    expect(lines(report)).toEqual(["note 5: EPUB prints it after note 6"]);
  });

  it("an EPUB whose note sends its backlink to a file without the call (a note placed in the wrong chapter)", async () => {
    const epub = await editEpubEntry(good(sample).epub, "OEBPS/text/chapter-2.xhtml", (xhtml) => replaceOnce(xhtml, 'href="chapter-2.xhtml#fnref-5"', 'href="chapter-3.xhtml#fnref-5"'));
    const report = await verify(sample, { ...good(sample), epub });
    expect(lines(report)).toEqual(["note 5: EPUB backlink leads nowhere (chapter-3.xhtml#fnref-5)"]);
    expect(report.passed).toBe(false);
    expect(report.editions.epub.passed).toBe(false);
  });

  it("an EPUB whose call leads to a file without its note", async () => {
    const epub = await editEpubEntry(good(sample).epub, "OEBPS/text/chapter-2.xhtml", (xhtml) => replaceOnce(xhtml, 'href="chapter-2.xhtml#fn-6"', 'href="chapter-3.xhtml#fn-6"'));
    const report = await verify(sample, { ...good(sample), epub });
    expect(lines(report)).toEqual(["note 6: EPUB call leads nowhere (chapter-3.xhtml#fn-6)"]);
  });

  it("a web page whose backlink reaches another note's call, and one that reaches nothing", async () => {
    const web = replaceOnce(replaceOnce(good(sample).web, 'href="#fnref-4"', 'href="#fnref-3"'), 'href="#fnref-7"', 'href="#fnref-77"');
    const report = await verify(sample, { ...good(sample), web });
    expect(lines(report)).toEqual(["note 4: web edition backlink leads to a call of note 3 (index.html#fnref-3)", "note 7: web edition backlink leads nowhere (index.html#fnref-77)"]);
  });

  it("a web page missing a note", async () => {
    const web = good(sample).web.replace(/<li id="fn-4"[\s\S]*?<\/li>\n/, "");
    expect(web).not.toContain('id="fn-4"');
    const report = await verify(sample, { ...good(sample), web });
    expect(lines(report)).toEqual(["note 4: missing from the web edition"]);
  });

  it("a web page whose call shows another number than its note", async () => {
    const web = good(mixed).web.replace(/(id="fnref-3" role="doc-noteref" aria-label="Note 3">)3</, "$18<");
    const report = await verify(mixed, { ...good(mixed), web });
    expect(lines(report)).toEqual(["note 3: web edition call shows 8"]);
  });

  it("a missing edition file", async () => {
    const dir = join(workDir, "no-epub");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "index.html"), good(sample).web);
    await writeFile(join(dir, `${sample.slug}.pdf`), good(sample).pdf);
    const report = await verifyEditions(dir, sample);
    expect(lines(report)).toEqual([`EPUB: ${sample.slug}.epub not found in ${dir}`]);
    expect(report.rows.every((row) => row.epub === null)).toBe(true);
  });
});

describe("the report", () => {
  it("is written to verify.json and printed as a table with one line per mismatch", async () => {
    const pdf = await printFixturePdf(session, mixed, { blocksPerPage: 2, pushToNextPage: [4] });
    const report = await verify(mixed, { ...good(mixed), pdf });
    const written = JSON.parse(await readFile(join(workDir, `${mixed.slug}-${folders}`, "verify.json"), "utf8")) as VerifyReport;
    expect(written.passed).toBe(false);
    expect(written.mismatches.map((m) => m.message)).toEqual(["note 4: PDF places it on page 3, after its call on page 2"]);
    expect(written.rows[3]).toEqual({ note: 4, web: 4, pdf: 4, epub: 4, pdfCallPage: 2, pdfNotePage: 3, status: "mismatch", problems: ["pdf"] });
    expect(Object.keys(written.timings)).toContain("total");

    const text = formatVerifyReport(report).split("\n");
    expect(text[0]).toBe("note  web  PDF  EPUB  PDF call p.  PDF note p.  status");
    expect(text[4]).toBe("   4    4    4     4            2            3  mismatch: PDF");
    expect(text).toContain("note 4: PDF places it on page 3, after its call on page 2");
    expect(text[text.length - 1]).toMatch(/^verify FAILED for mixed-notes: 1 mismatch \(PDF\) \(\d+ ms\)$/);
  });
});

/** `text` with its one occurrence of `from` replaced: a test that edits nothing proves nothing. */
function replaceOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`expected ${from} once, found it ${count} times`);
  return text.replace(from, to);
}

/** Exchanges the texts (after the number) of two EPUB asides, keeping ids and numbers. */
function swapNoteTexts(xhtml: string, a: number, b: number): string {
  const pattern = (n: number): RegExp => new RegExp(`(<aside[^>]*id="fn-${n}"><p><a[^>]*>${n}</a>\\. )([^<]*)(</p>)`);
  const textA = pattern(a).exec(xhtml)?.[2];
  const textB = pattern(b).exec(xhtml)?.[2];
  if (textA === undefined || textB === undefined) throw new Error(`notes ${a} and ${b} are not both in this file`);
  return xhtml.replace(pattern(a), (_m, head: string, _t: string, tail: string) => head + textB + tail).replace(pattern(b), (_m, head: string, _t: string, tail: string) => head + textA + tail);
}

/** Exchanges the places of two whole EPUB asides. */
function swapAsides(xhtml: string, a: number, b: number): string {
  const pattern = (n: number): RegExp => new RegExp(`<aside[^>]*id="fn-${n}">[\\s\\S]*?</aside>`);
  const asideA = pattern(a).exec(xhtml)?.[0];
  const asideB = pattern(b).exec(xhtml)?.[0];
  if (asideA === undefined || asideB === undefined) throw new Error(`notes ${a} and ${b} are not both in this file`);
  return xhtml.replace(asideA, "\u0000").replace(asideB, asideA).replace("\u0000", asideB);
}
