/**
 * The words the editions add around the author's text follow the document's language, the
 * same in the PDF, the EPUB and the web, and the read-back reads them back in it. Through the
 * real CLI (Chromium, the EPUB writer, the verifier, EPUBCheck):
 * - the cross-reference fixture in German: references, captions, "auf Seite N" naming the
 *   right page, the contents' title, the notes' heading and the links' names for screen readers;
 * - the cited book in French: its bibliography's heading, its copyright page, its printed
 *   contents and the links between its chapter pages;
 * - a Persian article with cross-references: headings in Persian, references and captions
 *   in the English words the read-back can follow in a right-to-left PDF (edition-words.ts).
 * The verifier is also fed the German PDF with one page number changed, and must name it.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../scripts/lib/project-paths.ts";
import { loadArticle } from "../scripts/lib/document/article.ts";
import { readPdfPages } from "../scripts/lib/verify/pdf-lines.ts";
import { lineText } from "../scripts/lib/verify/pdf-line-metrics.ts";
import { readPdfCrossrefs } from "../scripts/lib/verify/pdf-cross-references.ts";
import { pdfCrossrefMismatches } from "../scripts/lib/verify/cross-reference-check.ts";
import { expectedCrossrefs } from "../scripts/lib/verify/crossref-expected.ts";
import { pdfPageTexts } from "./helpers/crossref-book.ts";
import { runCli, type CliResult } from "./helpers/run-cli.ts";

const work = mkdtempSync(join(tmpdir(), "press-edition-languages-"));

/** A fixture folder copied under `name`, its `file` given `lang` (and any other change), built by the real CLI. */
async function buildCopy(fixture: string, name: string, file: string, change: (text: string) => string): Promise<{ folder: string; out: string; build: CliResult }> {
  const folder = join(work, name);
  const out = join(work, `dist-${name}`);
  cpSync(fixture, folder, { recursive: true });
  writeFileSync(join(folder, file), change(readFileSync(join(folder, file), "utf8")));
  const input = file === "book.yml" ? folder : join(folder, file);
  const build = await runCli("build.ts", [input, "--out", out, "--epubcheck"], { PRESS_CACHE_DIR: join(work, ".cache") });
  return { folder, out, build };
}

async function epubTexts(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names = Object.keys(zip.files).filter((name) => name.endsWith(".xhtml")).sort();
  return (await Promise.all(names.map((name) => zip.file(name)!.async("string")))).join("\n");
}

function qdf(pdf: string): string {
  return execFileSync("qpdf", ["--qdf", "--object-streams=disable", pdf, "-"], { maxBuffer: 64 << 20 }).toString("latin1").toUpperCase();
}

const hex = (text: string): string => `<FEFF${Buffer.from(text, "utf16le").swap16().toString("hex").toUpperCase()}>`;

describe("a German article with cross-references", () => {
  let built: { folder: string; out: string; build: CliResult };
  let pages: string[];
  const dir = (): string => join(built.out, "article");

  beforeAll(async () => {
    built = await buildCopy(join(projectRoot, "tests", "fixtures", "crossrefs"), "de", "article.md", (text) => text.replace(/^lang: en$/m, "lang: de"));
    pages = pdfPageTexts(join(dir(), "article.pdf"));
  }, 240_000);

  it("publishes, read back identical in its own words, with EPUBCheck clean", () => {
    expect(built.build.stderr).toBe("");
    expect(built.build.code).toBe(0);
    expect(built.build.stdout).toContain("3 notes, 3 calls, 15 cross-references, 6 contents entries identical in the web edition, PDF and EPUB");
    expect(built.build.stdout).toContain("EPUBCheck: 0 fatals / 0 errors / 0 warnings");
  });

  it("prints every reference as 'Abbildung N auf Seite P', P the page its target is on (pdftotext)", () => {
    const text = pages.map((page) => page.replace(/\s+/g, " "));
    const references = text.flatMap((page) => [...page.matchAll(/\b(Abschnitt|Abbildung|Tabelle) (\d+(?:\.\d+)*) auf Seite (\d+)/g)]);
    expect(references.length).toBeGreaterThanOrEqual(13);
    for (const [, kind, number, page] of references) {
      const target = kind === "Abschnitt" ? new RegExp(`^\\s*${(number as string).replace(".", "\\.")} [A-Z]`, "m") : new RegExp(`${kind} ${number}\\.`);
      const shown = pages.flatMap((pageText, index) => (target.test(pageText) && index > 0 ? [index + 1] : []));
      expect(shown[0], `${kind} ${number} auf Seite ${page}`).toBe(Number(page));
    }
    const all = pages.join("\n");
    expect(all).toMatch(/^\s*Inhalt\s*$/m);
    expect(all).toContain("Abbildung 1. Where the two rivers meet");
    expect(all).toContain("Tabelle 1. Yearly counts and seasons");
    expect(all).not.toMatch(/\bon page\b|\bFigure \d|\bTable \d/);
  });

  it("names links for screen readers in German (/Contents)", () => {
    const pdf = qdf(join(dir(), "article.pdf"));
    expect(pdf).toContain(`/CONTENTS ${hex("Verweis auf Abbildung 2")}`);
    expect(pdf).toContain(`/CONTENTS ${hex("Anmerkung 1")}`);
  });

  it("words the web page and the EPUB the same, without the print edition's page numbers", async () => {
    const web = readFileSync(join(dir(), "index.html"), "utf8");
    expect(web).toContain(`href="#fig_map">Abbildung 1</a>`);
    expect(web).toContain(`<span class="caption-label">Tabelle 1.</span>`);
    expect(web).toContain(`<h2 id="notes-heading">Anmerkungen</h2>`);
    expect(web).toContain(`aria-label="Anmerkung 1"`);
    expect(web).toContain(">Druckausgabe (PDF)</a>");
    expect(web).toContain("<p>3 Anmerkungen, gleich nummeriert in der Web-, Druck- und E-Book-Ausgabe.</p>");
    expect(web).toMatch(/>Inhalt<\/h2>/);
    const epub = await epubTexts(join(dir(), "article.epub"));
    expect(epub).toContain(`>Abbildung 1</a>`);
    expect(epub).toContain(`<span class="caption-label">Abbildung 2.</span>`);
    expect(epub).toMatch(/<h1 id="toc-title">Inhalt<\/h1>/);
    for (const text of [web, epub]) expect(text).not.toMatch(/auf Seite|on page|>figure \d|>Figure \d/);
  });

  it("reads the German PDF with German words: a changed page number is named, the printed one passes", async () => {
    const article = await loadArticle(join(built.folder, "article.md"));
    const expected = expectedCrossrefs(article);
    expect(expected.lang).toBe("de");
    const read = await readPdfPages(readFileSync(join(dir(), "article.pdf")));
    expect(pdfCrossrefMismatches(expected, readPdfCrossrefs(read, "de"))).toEqual([]);
    // Read as English, the same PDF shows none of its references: the words are what is read.
    expect(readPdfCrossrefs(read, "en").references).toEqual([]);
    for (const page of read) {
      const chars = page.lines.flatMap((line) => line.chars);
      const link = (page.internalLinks ?? []).find((box) => {
        const words = chars.filter((ch) => (ch.x + ch.right) / 2 >= box.left && (ch.x + ch.right) / 2 <= box.right && (ch.top + ch.bottom) / 2 >= box.top && (ch.top + ch.bottom) / 2 <= box.bottom);
        return /^Abbildung\s*2\s*auf\s*Seite/.test(words.map((ch) => ch.c).join(""));
      });
      if (!link) continue;
      const digit = chars.filter((ch) => /\d/.test(ch.c) && (ch.x + ch.right) / 2 <= link.right && (ch.x + ch.right) / 2 >= link.left && (ch.top + ch.bottom) / 2 >= link.top && (ch.top + ch.bottom) / 2 <= link.bottom).at(-1);
      if (digit) digit.c = digit.c === "9" ? "8" : "9";
      break;
    }
    const messages = pdfCrossrefMismatches(expected, readPdfCrossrefs(read, "de")).map((m) => m.message);
    expect(messages).toContainEqual(expect.stringMatching(/^figure 2 \(page \d+\): the PDF says "on page 9", but figure 2 is on page \d+$/));
  });
});

describe("a French book with citations", () => {
  let built: { folder: string; out: string; build: CliResult };
  // A book's slug is its folder's name.
  const dir = (): string => join(built.out, "fr");

  beforeAll(async () => {
    built = await buildCopy(join(projectRoot, "tests", "fixtures", "books", "cited"), "fr", "book.yml", (text) => `${text.trimEnd()}\nlang: fr\nedition: "2"\npublisher: Éditions du Fleuve\n`);
  }, 240_000);

  it("publishes, read back identical, with EPUBCheck clean", () => {
    expect(built.build.stderr).toBe("");
    expect(built.build.code).toBe(0);
    expect(built.build.stdout).toContain("EPUBCheck: 0 fatals / 0 errors / 0 warnings");
  });

  it("heads the list of works 'Bibliographie' and prints its front matter in French", async () => {
    const pdf = pdfPageTexts(join(dir(), "fr.pdf")).join("\n");
    expect(pdf).toMatch(/^\s*Bibliographie\s*$/m);
    expect(pdf).toMatch(/^\s*Table des matières\s*$/m);
    expect(pdf).toContain("Édition 2");
    expect(pdf).toContain("Publié par Éditions du Fleuve, 2024");
    expect(pdf).not.toMatch(/^\s*(Bibliography|Contents)\s*$|Published by|Edition 2/m);
    const lastPage = readFileSync(join(dir(), "chapter-02.html"), "utf8");
    expect(lastPage).toMatch(/<h2[^>]*>Bibliographie<\/h2>/);
    expect(lastPage).toContain(`rel="prev">Précédent: `);
    expect(readFileSync(join(dir(), "index.html"), "utf8")).toContain(`<h2 id="contents-heading">Table des matières</h2>`);
    expect(await epubTexts(join(dir(), "fr.epub"))).toMatch(/>Bibliographie<\/h[12]>/);
  });
});

describe("a Persian article with cross-references", () => {
  let built: { folder: string; out: string; build: CliResult };
  const dir = (): string => join(built.out, "persian-crossrefs");

  beforeAll(async () => {
    built = await buildCopy(join(projectRoot, "tests", "fixtures", "languages"), "fa", "persian-crossrefs.md", (text) => text);
  }, 240_000);

  it("publishes, read back identical, with EPUBCheck clean", () => {
    expect(built.build.stderr).toBe("");
    expect(built.build.code).toBe(0);
    expect(built.build.stdout).toContain("1 note, 1 call, 5 cross-references, 2 contents entries identical in the web edition, PDF and EPUB");
  });

  it("heads its parts in Persian and keeps the references' words the read-back can follow", async () => {
    const web = readFileSync(join(dir(), "index.html"), "utf8");
    expect(web).toContain(`<h2 id="notes-heading">یادداشت‌ها</h2>`);
    expect(web).toContain(`aria-label="یادداشت 1"`);
    expect(web).toContain(`href="#fig_map">figure 1</a>`);
    const epub = await epubTexts(join(dir(), "persian-crossrefs.epub"));
    expect(epub).toMatch(/<h1 id="toc-title">فهرست<\/h1>/);
    expect(pdfPageTexts(join(dir(), "persian-crossrefs.pdf")).join("\n")).toContain("figure 1 on page 2");
  });
});

describe("a Persian article of several pages, set right to left", () => {
  let built: { folder: string; out: string; build: CliResult };
  const dir = (): string => join(built.out, "persian-pages");

  beforeAll(async () => {
    built = await buildCopy(join(projectRoot, "tests", "fixtures", "languages"), "fa-pages", "persian-pages.md", (text) => text);
  }, 240_000);

  it("publishes, its notes (Persian, and English ones set right to left) read back identical, EPUBCheck clean", () => {
    expect(built.build.stderr).toBe("");
    expect(built.build.code).toBe(0);
    expect(built.build.stdout).toContain("18 notes, 18 calls identical in the web edition, PDF and EPUB");
    expect(built.build.stdout).toContain("EPUBCheck: 0 fatals / 0 errors / 0 warnings");
  });

  it("sets the web page right to left, and each PDF page's lines and notes flush with its right edge", async () => {
    expect(readFileSync(join(dir(), "index.html"), "utf8")).toMatch(/<html lang="fa" dir="rtl">/);
    const pages = await readPdfPages(readFileSync(join(dir(), "persian-pages.pdf")));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      // Justified lines touch both edges; a paragraph's or a note's last line touches only the
      // edge it starts from, which is the right one, on every page.
      const lines = page.lines.filter((line) => line.chars.length > 12);
      const right = Math.max(...lines.map((line) => line.right));
      const left = Math.min(...lines.map((line) => line.left));
      const onlyRight = lines.filter((line) => right - line.right < 2 && line.left - left > 20);
      const onlyLeft = lines.filter((line) => line.left - left < 2 && right - line.right > 20);
      expect(onlyRight.length, `page ${page.number}: lines ending short of the left edge`).toBeGreaterThan(1);
      expect(onlyLeft.map(lineText), `page ${page.number}: lines ending short of the right edge`).toEqual([]);
    }
  });
});

describe("a Hebrew article quoting English sources, set right to left", () => {
  let built: { folder: string; out: string; build: CliResult };

  beforeAll(async () => {
    built = await buildCopy(join(projectRoot, "tests", "fixtures", "languages"), "he", "hebrew-notes.md", (text) => text);
  }, 240_000);

  it("publishes: a call after a bracket closing English words, and a note line MuPDF splits where its numbers start, read back in order", () => {
    expect(built.build.stderr).toBe("");
    expect(built.build.code).toBe(0);
    expect(built.build.stdout).toContain("5 notes, 5 calls identical in the web edition, PDF and EPUB");
    expect(readFileSync(join(built.out, "hebrew-notes", "index.html"), "utf8")).toMatch(/<html lang="he" dir="rtl">/);
  });
});
