/**
 * Notes as authors really write them (tests/fixtures/practice/): adjacent calls, block content
 * in notes, notes that call notes (also from an inline note), a paragraph made only of calls,
 * calls in tables and headings, an escaped `\[^x]`, a Persian article with English names and
 * heh with hamza (ـهٔ) in its text and notes, and a post as static-site generators stamp it
 * (a timestamped date, links between its own headings, the first one becoming the title), and
 * calls inside a link's text with a date of a month alone, and notes on the title and an author
 * written in front matter, as pandoc reads them, and a note longer than a page with notes called on
 * its line, held over behind it (also behind one three pages long, and on the page after one
 * whose rest fills the next page's foot), and calls in the captions of pictures and tables (under an abstract), verse set as
 * pandoc's line blocks, and the simple and multiline tables pandoc writes from Word, and task lists. One folder build through the CLI, with
 * Chromium and the read-back; every article must publish, and the PDF must show what the
 * web edition shows.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "./helpers/run-cli.ts";
import { runEpubcheck } from "../scripts/lib/verify/epubcheck.ts";

const folder = join(import.meta.dirname, "fixtures", "practice");
const articles = readdirSync(folder).filter((name) => name.endsWith(".md")).map((name) => name.slice(0, -3));
let out: string;
let build: CliResult;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "practice-"));
  build = await runCli("build.ts", [folder, "--out", out, "--force"]);
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const pdfText = (slug: string): string => execFileSync("pdftotext", ["-layout", join(out, slug, `${slug}.pdf`), "-"], { encoding: "utf8" });

describe("notes as authors write them, built through the CLI", () => {
  it("publishes every article, warning only of the call set right after a superscript (r²² for r² and note 2)", () => {
    expect(build.stderr.replaceAll(folder, "FOLDER").trim().split("\n")).toEqual([expect.stringMatching(/^FOLDER\/pandoc-extensions\.md:11: warning: a note call right after a superscript prints as one raised number/)]);
    expect(build.code).toBe(0);
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(articles)("%s passes its read-back in all three editions", (slug) => {
    const report = JSON.parse(readFileSync(join(out, slug, "verify.json"), "utf8")) as { passed: boolean; editions: Record<string, { passed: boolean; mismatches: number }> };
    expect(report.passed).toBe(true);
    expect(Object.values(report.editions).map((edition) => edition.mismatches)).toEqual([0, 0, 0]);
  });

  it("separates adjacent calls with a comma in the PDF, never printing 12 for 1 and 2", () => {
    const text = pdfText("adjacent-calls");
    expect(text).toMatch(/One word\.1,2 Three calls\.3,4,5/);
    expect(text).toMatch(/Repeated among them\.1,6,2/);
  });

  it("gives a note called more than once EPUB backlinks in the text face, embedding no face for an arrow alone", () => {
    const entries = execFileSync("unzip", ["-l", join(out, "adjacent-calls", "adjacent-calls.epub")], { encoding: "utf8" });
    expect(entries).toMatch(/source-serif-4/);
    expect(entries).not.toMatch(/noto-sans-math/);
    const xhtml = execFileSync("unzip", ["-p", join(out, "adjacent-calls", "adjacent-calls.epub"), "OEBPS/chapter-00.xhtml"], { encoding: "utf8" });
    expect(xhtml).toMatch(/class="note-backlink"[^>]*>↑<\/a>/);
  });

  it("keeps a long note's call on the first page and sets the notes called beside it after the long note's remainder, as TeX does", () => {
    const pages = pdfText("long-note-and-its-neighbours").split("\f").map((page) => page.replace(/\s+/g, " "));
    // Page 1: the paragraph with four calls, and the start of note 1, which fills the page's foot.
    expect(pages[0]).toMatch(/Intro paragraph with a long note\.1 Then a table note\.2 Then a quote note\.3 And a note with an image\.4/);
    expect(pages[0]).toMatch(/1\. This sentence makes a long note/);
    expect(pages[0]).not.toMatch(/2\. A table in a note/);
    // Page 2: the rest of note 1 first, then the notes held over behind it.
    expect(pages[1]).toMatch(/\(continued\)[^]*printed at the foot\. 2\. A table in a note:[^]*3\. A quote:/);
  });

  it("sets a note called beside a note three pages long after that note's end, on its last page", () => {
    const pages = pdfText("note-over-pages").split("\f").map((page) => page.replace(/\s+/g, " "));
    const end = pages.findIndex((page) => page.includes("The digression ends here."));
    expect(end).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toMatch(/The history of the rule is long\.1 The rest of this essay discusses what is left of it\.2/);
    for (const page of pages.slice(1, end + 1)) expect(page).toMatch(/\(continued\)/);
    expect(pages[end]).toMatch(/The digression ends here\. 2\. A short note called after the long one\./);
    expect(pages.filter((page) => page.includes("2. A short note"))).toHaveLength(1);
  });

  it("sets a note called beside a long note that fills the next page's foot to its last line at the top of the page after", () => {
    // The long note's length is chosen so that its rest ends on page 2's last line: if the layout
    // shifts (fonts, hyphenation), the shape below no longer holds, and the length wants retuning.
    const pages = pdfText("note-fills-next-foot").split("\f").map((page) => page.replace(/\s+/g, " "));
    expect(pages[0]).toMatch(/The rest of the week was quiet\.1 A later entry\.2/);
    expect(pages[1]).toMatch(/\(continued\)/);
    expect(pages[1]).not.toMatch(/2\. A short note/);
    expect(pages[2]).not.toMatch(/\(continued\)/);
    expect(pages[2]).toMatch(/2\. A short note about the crane\./);
  });

  it("prints a task list's boxes, empty or crossed, as text in all three editions, in the bullet's place", () => {
    const pdf = pdfText("task-lists").replace(/\s+/g, " ");
    expect(pdf).toContain("☒ trim the wicks");
    expect(pdf).toContain("☐ order oil for the winter");
    expect(pdf).toContain("1. ☐ paint the gallery rail");
    expect(pdf).toContain("☐ write to the board about the fog horn");
    expect(pdf).not.toMatch(/\[[ xX]\]/);
    const web = readFileSync(join(out, "task-lists", "index.html"), "utf8");
    expect(web).toContain('<li class="task-list-item">☒ trim the wicks');
    const xhtml = execFileSync("unzip", ["-p", join(out, "task-lists", "task-lists.epub"), "OEBPS/chapter-00.xhtml"], { encoding: "utf8" });
    expect(xhtml).toContain('<li class="task-list-item">☐ order oil for the winter, <em>before</em> the October boat</li>');
  });

  it("prints a list and code inside a note whole, with the item numbers as text", () => {
    const text = pdfText("blocks-in-notes");
    expect(text).toMatch(/1\. A list follows:\s+1\. first item\s+2\. second item\s+3\. third item/);
    expect(text).toContain("console.log(x);");
  });

  it("lands every link to a heading, also the one that became the title, in all three editions; the EPUB passes EPUBCheck", async () => {
    const slug = "links-in-text";
    const web = readFileSync(join(out, slug, "index.html"), "utf8");
    expect(web).toContain('<h1 id="6-dangerous-integration-sites">');
    expect(web).toContain('href="#6-dangerous-integration-sites"');
    expect(web).toMatch(/<time datetime="2023-01-14"/);
    expect(execFileSync("pdfinfo", ["-dests", join(out, slug, `${slug}.pdf`)], { encoding: "utf8" })).toMatch(/6-dangerous-integration-sites/);
    const check = await runEpubcheck(join(out, slug, `${slug}.epub`));
    expect([check.status, check.errors, check.warnings]).toEqual(["passed", 0, 0]);
  }, 120_000);

  it("breaks a long address where the Chicago Manual does, in the text and in a note, never past the text's right edge, and reads it back whole", () => {
    const slug = "long-addresses";
    const file = join(out, slug, `${slug}.pdf`);
    const words = [...execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" }).matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((match) => ({ xMax: Number(match[2]), text: match[3] ?? "" }));
    // The right edge of the text block: where the justified lines of the first paragraph, made of ordinary words, end.
    const edge = Math.max(...words.filter((word) => /^[A-Za-z]+[,.]?$/.test(word.text)).map((word) => word.xMax));
    expect(Math.max(...words.map((word) => word.xMax))).toBeLessThan(edge + 1);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    // The address starts on the line of the words before it, and is found whole once its lines are joined.
    expect(text).toMatch(/records at https:\/\/\S*\n/);
    const joined = text.replace(/\n(?=[/?&=#.\w-])/g, "");
    expect(joined).toContain("https://archive.example.org/collections/manuscripts/series-2/box-14/folder-3/item?id=4471&view=full for anyone");
    expect(joined).toContain("/srv/archive/scans/2024/manuscripts/series_2/box_14/high_resolution/");
    expect(joined).toContain("https://archive.example.org/collections/manuscripts/series-2/box-14/folder-3/item?id=4471&view=full#page-12.");
  });

  it("keeps the inline HTML an exported post holds as formatting in every edition, warning of none; the EPUB passes EPUBCheck", async () => {
    const slug = "inline-html";
    const web = readFileSync(join(out, slug, "index.html"), "utf8");
    expect(web).toContain("H<sub>2</sub>O,<sup class=\"note-call\">");
    expect(web).toContain('<abbr title="World Health Organization">WHO</abbr>');
    expect(web).toContain('<span lang="fr">une note brève</span>.<br>');
    expect(web).toContain('<a href="https://example.org/report">the report</a>');
    expect(web).toContain("The note keeps its own <i>italics</i> and <sup>superscripts</sup>.");
    const text = pdfText(slug);
    expect(text).not.toMatch(/<(?:sub|sup|u|abbr|span|br|i)\b/);
    expect(text).toMatch(/une note brève\.\s*\n\s*A new line after a break/);
    const check = await runEpubcheck(join(out, slug, `${slug}.epub`));
    expect([check.status, check.errors, check.warnings]).toEqual(["passed", 0, 0]);
  }, 120_000);

  it("sets pandoc's extensions (superscripts beside calls, subscripts, definition lists, heading attributes, fenced divs, bracketed spans with classes and ids), and leaves the comment out; the EPUB passes EPUBCheck", async () => {
    const slug = "pandoc-extensions";
    const web = readFileSync(join(out, slug, "index.html"), "utf8");
    expect(web).toContain("10<sup>6</sup> times stronger in H<sub>2</sub>O");
    expect(web).toMatch(/<dt>Flux<\/dt>\s*<dd>/);
    expect(web).toContain('<h2 id="measures">Measures</h2>');
    expect(web).toContain('<a href="#measures">the measures</a>');
    expect(web).not.toContain("Draft");
    const text = pdfText(slug);
    // The author's superscripts stay text beside the calls, which the read-back counted as five.
    expect(text).toMatch(/106 times stronger in H2O than in air,1/);
    expect(text).toMatch(/r22 and the volume as r3\.3/);
    expect(text).not.toContain("{#measures");
    // Fenced divs: blocks of their own, their fences printed nowhere, their notes in the one sequence.
    expect(web).toMatch(/<div class="div-caution">\s*<p>Handle the probe with gloves\.<sup class="note-call"><a href="#fn-6"[^>]*>6<\/a><\/sup><\/p>\s*<div class="div-source" lang="de">\s*<p>Vorsicht, Hochspannung\.<sup class="note-call"><a href="#fn-7"/);
    expect(text).toMatch(/Handle the probe with gloves\.6\s+Vorsicht, Hochspannung\.7/);
    expect(text).not.toContain(":::");
    expect(web).not.toContain(":::");
    // Bracketed spans: pandoc's classes styled, an id as an anchor that a link lands on in every edition.
    expect(web).toContain('The <span class="span-smallcaps">Royal Society</span> kept <span id="probe-settings">the probe’s settings</span> on file,');
    expect(web).toContain('as <span class="span-smallcaps">Nasa</span> did; <a href="#probe-settings">those settings</a> are <mark>marked</mark>.');
    expect(text.replace(/\s+/g, " ")).toContain("The Royal Society kept the probe’s settings on file,8 as Nasa did; those settings are marked.");
    expect(text).not.toMatch(/\{[.#]/);
    expect(execFileSync("pdfinfo", ["-dests", join(out, slug, `${slug}.pdf`)], { encoding: "utf8" })).toMatch(/probe-settings/);
    const chapter = execFileSync("unzip", ["-p", join(out, slug, `${slug}.epub`), "OEBPS/chapter-*.xhtml"], { encoding: "utf8" });
    expect(chapter).toContain('<span id="probe-settings">');
    expect(chapter).toMatch(/<a href="(?:chapter-\d+\.xhtml)?#probe-settings">those settings<\/a>/);
    const check = await runEpubcheck(join(out, slug, `${slug}.epub`));
    expect([check.status, check.errors, check.warnings]).toEqual(["passed", 0, 0]);
  }, 120_000);

  it("sets pandoc's line blocks (verse, an address in a quote, one in a note) line by line with their indents, no bar printed; the EPUB passes EPUBCheck", async () => {
    const slug = "verse-and-addresses";
    const web = readFileSync(join(out, slug, "index.html"), "utf8");
    expect(web).toMatch(/<div class="line-block">There was an old man of the coast,<br>\s*\u00a0{4}Who was fond of his toast<sup class="note-call"><a href="#fn-2"/);
    expect(web).toContain("14 Harbour Road, second floor<sup");
    const lines = execFileSync("pdftotext", [join(out, slug, `${slug}.pdf`), "-"], { encoding: "utf8" }).split("\n").map((line) => line.trim());
    for (const line of ["There was an old man of the coast,", "Who was fond of his toast2 and his roast;", "so late, he said “Wait,", "for the best of the meal is the last.”", "14 Harbour Road, second floor3", "A line block in a note,", "kept line by line."]) expect(lines).toContain(line);
    expect(lines.some((line) => line.startsWith("|"))).toBe(false);
    const check = await runEpubcheck(join(out, slug, `${slug}.epub`));
    expect([check.status, check.errors, check.warnings]).toEqual(["passed", 0, 0]);
  }, 120_000);

  it("sets the simple, multiline and grid tables pandoc writes from Word as tables, in the text and in a note, with their calls, lists and caption", () => {
    const slug = "tables-from-word";
    const web = readFileSync(join(out, slug, "index.html"), "utf8");
    // Each header flush left with its dashes: left-aligned, as pandoc reads it.
    expect(web).toMatch(/<caption>Shares by region\.<\/caption>\s*<thead>\s*<tr>\s*<th style="text-align:left">Region<\/th>\s*<th style="text-align:left">Share<\/th>/);
    expect(web).toMatch(/<td style="text-align:left">North<sup class="note-call"><a href="#fn-2"[^>]*>2<\/a><\/sup><\/td>\s*<td style="text-align:left">41 %<\/td>/);
    expect(web).toMatch(/<th style="text-align:left">Year<\/th>\s*<th style="text-align:right">Cases<\/th>/);
    expect(web).toContain("Most users reported that the new rules were easier to follow.");
    expect(web).not.toMatch(/-{10}/);
    const text = pdfText(slug);
    expect(text).toMatch(/Region\s+Share\s+North2\s+41 %\s+South\s+59 %/);
    expect(text).toMatch(/2019\s+12\s+first3/);
    expect(text).toMatch(/Municipal survey of\s+2019\s+Most users reported/);
    expect(text).not.toMatch(/-{10}/);
    // A grid table, whose cells hold a list (with a call) and two paragraphs.
    expect(web).toMatch(/<td>Harbour<\/td>\s*<td>\s*<ul>\s*<li>two wrecks<sup class="note-call"><a href="#fn-4"[^>]*>4<\/a><\/sup><\/li>\s*<li>one anchor<\/li>\s*<\/ul>\s*<\/td>/);
    expect(web).toMatch(/<td>\s*<p>Nothing on the first day\.<\/p>\s*<p>A coin on the second\.<\/p>\s*<\/td>/);
    expect(text).toMatch(/Harbour\s+(?:• )?two wrecks4\s+(?:• )?one anchor/);
    expect(text).not.toContain("+---");
  });

  it("keeps a link whose text holds a call, with the call set right after it, numbered in reading order; prints a month alone as written", () => {
    const slug = "calls-in-links";
    const web = readFileSync(join(out, slug, "index.html"), "utf8");
    const call = (number: number): string => `<sup class="note-call"><a href="#fn-${number}" id="fnref-${number}" role="doc-noteref" aria-label="Note ${number}">${number}</a></sup>`;
    expect(web).toContain(`<a href="https://example.org/bulletin">the ministry’s own bulletin</a>${call(1)}`);
    expect(web).toContain(`<a href="https://example.org/review" title="The Review">the <em>Review</em></a>${call(3)}`);
    expect(web).toMatch(/<a href="https:\/\/example.org\/archive">a third with two notes<\/a><sup class="note-call"><a href="#fn-4"[^>]*>4<\/a><\/sup><sup class="note-call-separator" aria-hidden="true">,<\/sup><sup class="note-call"><a href="#fn-2"[^>]*>2<\/a><\/sup> settled it/);
    expect(web).toContain('<time datetime="2014-03">March 2014</time>');
    const text = pdfText(slug);
    expect(text).toMatch(/the ministry’s own bulletin1 and\s+reprinted/);
    expect(text).toMatch(/a third with two notes4,2\s+settled it/);
    expect(text).toContain("March 2014");
    expect(execFileSync("pdfinfo", [join(out, slug, `${slug}.pdf`)], { encoding: "utf8" })).toMatch(/CreationDate:\s+Sat Mar\s+1 00:00:00 2014 UTC/);
    const opf = execFileSync("unzip", ["-p", join(out, slug, `${slug}.epub`), "OEBPS/content.opf"], { encoding: "utf8" });
    expect(opf).toContain("<dc:date>2014-03</dc:date>");
  });

  it("prints a note on the title and one on an author first, after them on every title block, their notes at the foot of page 1; the title stays plain where it is text", () => {
    const slug = "notes-on-the-title";
    const pdf = join(out, slug, `${slug}.pdf`);
    const page = (number: number): string => execFileSync("pdftotext", ["-layout", "-f", String(number), "-l", String(number), pdf, "-"], { encoding: "utf8" });
    const first = page(1);
    expect(first).toMatch(/^\s*Notes on the Title1\s+Jane Doe2, John Roe\s+2014\s+The first season opened the survey\.4/);
    expect(first).toMatch(/1\. First read at a seminar in 2013\.\s+2\. University of Somewhere; see also 3\.\s+3\. Funded by a small grant\.\s+4\. The log of the first season is lost\./);
    // Running heads, the window title, the bookmark and the Info dictionary: no call.
    expect(page(2)).toMatch(/^\s*Jane Doe, John Roe\n/);
    expect(page(3)).toMatch(/^\s*Notes on the Title\n/);
    expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Title:\s+Notes on the Title\n[\s\S]*Author:\s+Jane Doe, John Roe\n/);
    expect(execFileSync("mutool", ["show", pdf, "outline"], { encoding: "utf8" })).toMatch(/"Notes on the Title"/);
    const web = readFileSync(join(out, slug, "index.html"), "utf8");
    expect(web).toContain("<title>Notes on the Title</title>");
    expect(web).toMatch(/<h1>Notes on the Title<sup class="note-call"><a href="#fn-1" id="fnref-1" role="doc-noteref"[^>]*>1<\/a><\/sup><\/h1>/);
    expect(web).toMatch(/<p class="byline">Jane Doe<sup class="note-call"><a href="#fn-2" id="fnref-2"[^>]*>2<\/a><\/sup>, John Roe<\/p>/);
    expect(readFileSync(join(out, "index.html"), "utf8")).not.toMatch(/Notes on the Title\s*(<[^>]+>\s*)*\d/);
    const epub = join(out, slug, `${slug}.epub`);
    const opf = execFileSync("unzip", ["-p", epub, "OEBPS/content.opf"], { encoding: "utf8" });
    expect(opf).toContain('<dc:title id="title">Notes on the Title</dc:title>');
    expect(opf).toContain('<dc:creator id="creator-1">Jane Doe</dc:creator>');
    const chapter = execFileSync("unzip", ["-p", epub, "OEBPS/chapter-00.xhtml"], { encoding: "utf8" });
    expect(chapter).toContain("<title>Notes on the Title</title>");
    expect(chapter).toMatch(/<h1 class="title">Notes on the Title<a epub:type="noteref" role="doc-noteref" href="chapter-00.xhtml#fn-1"/);
    expect(execFileSync("unzip", ["-p", epub, "OEBPS/toc.xhtml"], { encoding: "utf8" })).not.toMatch(/Notes on the Title\d/);
  });

  it("prints an inner note right after the note that calls it", () => {
    const text = pdfText("notes-calling-notes");
    expect(text).toMatch(/1\. Outer text, which cites another\.2\s+2\. Inner text\.\s+3\. see 4 for more\s+4\. Second inner\.\s+5\. Last one\./);
  });

  it("sets a call in a picture's description in its caption (numbered figure or not) and one in a table's caption, numbered in reading order", () => {
    const html = readFileSync(join(out, "notes-in-captions", "index.html"), "utf8");
    const captions = [...html.matchAll(/<figcaption>(.*?)<\/figcaption>|<caption>(.*?)<\/caption>/gs)].map((match) => (match[1] ?? match[2] ?? "").replace(/<[^>]+>/g, ""));
    expect(captions).toEqual(["The three basins, after the 2019 survey.2", "Figure 1. The Volta basin, redrawn.3", "Table 1. Documents coded per basin.4"]);
    // The pictures' alt text is the description alone.
    expect(html).toContain('alt="The three basins, after the 2019 survey."');
    const pages = pdfText("notes-in-captions").split("\f");
    expect(pages[0]).toMatch(/The three basins, after the 2019 survey\.2[\s\S]*2\. Basin authorities’ survey of 2019/);
    expect(pages.join("")).toMatch(/Figure 1\. The Volta basin, redrawn\.3[\s\S]*3\. Redrawn by the author/);
  });

  it("prints the abstract under the title block, before the text, in all three editions", () => {
    const html = readFileSync(join(out, "notes-in-captions", "index.html"), "utf8");
    const section = /<section class="abstract" aria-label="Abstract">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
    expect(section.match(/<p>/g)).toHaveLength(2);
    expect(section).toContain("credited in notes on their captions.");
    expect(html.indexOf('class="abstract"')).toBeLessThan(html.indexOf("Sources for pictures and tables are given"));
    const page = (pdfText("notes-in-captions").split("\f")[0] ?? "").replace(/\s+/g, " ");
    expect(page).toMatch(/Ama Owusu .*Abstract Sources for the pictures and tables of a paper are credited in notes on their captions\. This article shows three such notes, numbered with the others\. Sources for pictures and tables are given/);
    const epub = join(out, "notes-in-captions", "notes-in-captions.epub");
    const opening = execFileSync("unzip", ["-p", epub, "OEBPS/chapter-00.xhtml"], { encoding: "utf8" });
    expect(opening).toMatch(/<\/header>\s*<section class="abstract" aria-label="Abstract">\s*<p class="abstract-heading">Abstract<\/p>/);
  });

  it("prints the Persian names whole and the English name in a Persian note", () => {
    const text = execFileSync("pdftotext", [join(out, "persian-with-latin", "persian-with-latin.pdf"), "-"], { encoding: "utf8" });
    for (const word of ["داریوش", "کریمی", "رحیمی", "The Times"]) expect(text, word).toContain(word);
  });
});
