/**
 * Cross-references, figures and tables end to end: the fixture built by the real build
 * (Chromium, the EPUB writer, the verifier and EPUBCheck), then each edition read here with
 * other tools: pdftotext page by page for every "on page N", qpdf for the figures' /Alt, the
 * EPUB's and the web page's markup. The verifier must fail loudly when a number is wrong: its
 * PDF check is fed the real PDF's pages with one digit changed, and the real verifier is run
 * on a published web page whose reference was altered.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticle } from "../scripts/lib/document/article.ts";
import { readPdfPages, type PdfPage } from "../scripts/lib/verify/pdf-lines.ts";
import { readPdfCrossrefs } from "../scripts/lib/verify/pdf-cross-references.ts";
import { pdfCrossrefMismatches } from "../scripts/lib/verify/cross-reference-check.ts";
import { expectedCrossrefs } from "../scripts/lib/verify/crossref-expected.ts";
import { verifyEditions } from "../scripts/lib/verify/verify-editions.ts";
import { buildCrossrefBook, crossrefFixture, pdfPageTexts, readText, type BuiltCrossrefBook } from "./helpers/crossref-book.ts";

let book: BuiltCrossrefBook;
let pages: string[];

beforeAll(async () => {
  book = await buildCrossrefBook("crossrefs-");
  pages = pdfPageTexts(book.pdf);
}, 240_000);
afterAll(() => book && rmSync(book.out, { recursive: true, force: true }));

/** The 1-based pages whose text shows `pattern`. */
function pagesShowing(pattern: RegExp): number[] {
  return pages.flatMap((text, index) => (pattern.test(text) ? [index + 1] : []));
}

describe("the fixture publishes, read back identical", () => {
  it("builds, passes the read-back and EPUBCheck with no error and no warning", () => {
    expect(book.result.stderr).toBe("");
    expect(book.result.code).toBe(0);
    expect(book.result.stdout).toContain("verified article: 3 notes, 3 calls, 15 cross-references, 6 contents entries identical in the web edition, PDF and EPUB");
    const report = JSON.parse(readText(join(book.dir, "verify.json"))) as { passed: boolean; epubcheck: { errors: number; warnings: number; fatals: number } };
    expect(report.passed).toBe(true);
    expect(report.epubcheck).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
  });
});

describe("every 'on page N' of the PDF, read with pdftotext", () => {
  it("names the page where its target is", () => {
    const references = pages.flatMap((text) => [...text.replace(/\s+/g, " ").matchAll(/\b(section|figure|table) (\d+(?:\.\d+)*) on page (\d+)/gi)]);
    expect(references.length).toBeGreaterThanOrEqual(13);
    for (const [, kind, number, page] of references) {
      const target = (kind as string).toLowerCase() === "section" ? new RegExp(`^\\s*${(number as string).replace(".", "\\.")} [A-Z]`, "m") : new RegExp(`${kind === "table" || kind === "Table" ? "Table" : "Figure"} ${number}\\.`);
      // The first page (after the contents) that shows the target is the page the words name.
      const shown = pagesShowing(target).filter((p) => p > 1);
      expect(shown[0], `${kind} ${number} on page ${page}`).toBe(Number(page));
    }
  });

  it("names the page where a note referred to by its label is printed", () => {
    const said = /note 2 on page (\d+)/.exec(pages.join(" ").replace(/\s+/g, " "));
    expect(said).not.toBeNull();
    expect(pagesShowing(/^\s*2\. Yearbooks 1950 to 2005/m)).toEqual([Number(said?.[1])]);
  });

  it("prints no page number in the web edition or the EPUB", async () => {
    expect(readText(book.web)).not.toContain("on page");
    const zip = await JSZip.loadAsync(readFileSync(book.epub));
    const chapters = await Promise.all(Object.keys(zip.files).filter((name) => name.endsWith(".xhtml")).map((name) => zip.file(name)!.async("string")));
    expect(chapters.join("")).not.toContain("on page");
    expect(chapters.join("")).toContain(`>figure 1</a>`);
  });
});

describe("figures and tables", () => {
  it("numbers the figures' and the table's captions the same in all three editions", async () => {
    const web = readText(book.web);
    expect(web).toMatch(/<figure id="fig_map"><img [^>]*alt="Where the two rivers meet below the dam"[^>]*><figcaption><span class="caption-label">Figure 1\.<\/span> Where the two rivers meet below the dam<\/figcaption><\/figure>/);
    expect(web).toContain(`<caption><span class="caption-label">Table 1.</span> Yearly counts and seasons</caption>`);
    const zip = await JSZip.loadAsync(readFileSync(book.epub));
    const xhtml = (await Promise.all(Object.keys(zip.files).filter((name) => /chapter-\d+\.xhtml$/.test(name)).map((name) => zip.file(name)!.async("string")))).join("");
    expect(xhtml).toMatch(/<figure id="fig_bars">(?:<span epub:type="pagebreak"[^>]*><\/span>)?<img [^>]*alt="Counts by decade, summed"[^>]*\/><figcaption><span class="caption-label">Figure 2\.<\/span> Counts by <em>decade<\/em>, summed<\/figcaption><\/figure>/);
    expect(pagesShowing(/Figure 1\. Where the two rivers meet/)).toHaveLength(1);
    expect(pagesShowing(/Figure 2\. Counts by decade, summed/)).toHaveLength(1);
    expect(pagesShowing(/Table 1\. Yearly counts and seasons/)).toHaveLength(1);
  });

  it("gives each figure its description as /Alt in the PDF's tags", () => {
    const qdf = execFileSync("qpdf", ["--qdf", "--object-streams=disable", book.pdf, "-"], { maxBuffer: 64 << 20 }).toString("latin1");
    expect(qdf).toContain("/Alt (Where the two rivers meet below the dam)");
    expect(qdf).toContain("/Alt (Counts by decade, summed)");
  });

  it("says where each cross-reference and contents link leads, for screen readers (/Contents)", () => {
    const qdf = execFileSync("qpdf", ["--qdf", "--object-streams=disable", book.pdf, "-"], { maxBuffer: 64 << 20 }).toString("latin1");
    const hex = (text: string): string => `<FEFF${Buffer.from(text, "utf16le").swap16().toString("hex").toUpperCase()}>`;
    expect(qdf.toUpperCase()).toContain(`/CONTENTS ${hex("Link to figure 2")}`);
    expect(qdf.toUpperCase()).toContain(`/CONTENTS ${hex("Link to section 2.1 Years of record")}`);
  });

  it("breaks the long table across pages, its header row repeated on each", () => {
    const tablePages = pagesShowing(/^\s*19[5-9]\d\s+\d+\s+\w+ season/m);
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    // The first header calls note 3; its copies on later pages show no call, so the note prints once.
    expect(pages[(tablePages[0] ?? 0) - 1]).toMatch(/^\s*Year\s+Count3\s+Season\s*$/m);
    for (const page of tablePages.slice(1)) expect(pages[page - 1], `page ${page}`).toMatch(/^\s*Year\s+Count\s+Season\s*$/m);
    expect(pagesShowing(/People counted at the river crossing/)).toEqual([tablePages[0]]);
    // Every year printed once: the repeated header adds no row.
    const years = pages.join("\n").match(/^\s*(19[5-9]\d|200[0-5])\s+\d+\s+\w+ season/gm) ?? [];
    expect(years).toHaveLength(56);
  });
});

describe("the verifier fails loudly on a wrong number", () => {
  /** The real PDF's pages, with the last digit (or the first) inside the first link whose words match `words` changed. */
  async function pagesWithChangedDigit(words: RegExp, which: "first" | "last" = "last"): Promise<PdfPage[]> {
    const read = await readPdfPages(readFileSync(book.pdf));
    for (const page of read) {
      const chars = page.lines.flatMap((line) => line.chars);
      for (const link of page.internalLinks ?? []) {
        const inside = chars.filter((ch) => (ch.x + ch.right) / 2 >= link.left && (ch.x + ch.right) / 2 <= link.right && (ch.top + ch.bottom) / 2 >= link.top && (ch.top + ch.bottom) / 2 <= link.bottom);
        if (!words.test(inside.map((ch) => ch.c).join(""))) continue;
        const digit = inside.filter((ch) => /\d/.test(ch.c)).at(which === "last" ? -1 : 0);
        if (!digit) continue;
        digit.c = digit.c === "9" ? "8" : "9";
        return read;
      }
    }
    throw new Error(`no link reads ${words}`);
  }

  it("passes the PDF as printed", async () => {
    const expected = expectedCrossrefs(await loadArticle(crossrefFixture));
    expect(pdfCrossrefMismatches(expected, readPdfCrossrefs(await readPdfPages(readFileSync(book.pdf))))).toEqual([]);
  });

  it("names a reference whose 'on page N' is wrong", async () => {
    const expected = expectedCrossrefs(await loadArticle(crossrefFixture));
    const mismatches = pdfCrossrefMismatches(expected, readPdfCrossrefs(await pagesWithChangedDigit(/^figure\s*2\s*on\s*page/i)));
    expect(mismatches.map((m) => m.message)).toContainEqual(expect.stringMatching(/^figure 2 \(page \d+\): the PDF says "on page 9", but figure 2 is on page \d+$/));
  });

  it("names a reference to a note that lands on a note with another number", async () => {
    const expected = expectedCrossrefs(await loadArticle(crossrefFixture));
    const messages = pdfCrossrefMismatches(expected, readPdfCrossrefs(await pagesWithChangedDigit(/^note\s*2\s*on\s*page/i, "first"))).map((m) => m.message);
    expect(messages).toContainEqual(expect.stringMatching(/^note 9 \(page \d+\): the PDF's link lands on page \d+, which shows no note 9$/));
  });

  it("refuses a web page whose reference shows another number, through the real verifier", async () => {
    const copy = mkdtempSync(join(tmpdir(), "crossrefs-corrupt-"));
    cpSync(book.dir, copy, { recursive: true, dereference: true });
    const html = readText(join(copy, "index.html"));
    writeFileSync(join(copy, "index.html"), html.replace(`href="#fig_map">figure 1</a>`, `href="#fig_map">figure 3</a>`));
    const report = await verifyEditions(copy, await loadArticle(crossrefFixture), { writeJson: false, kinds: ["web"] });
    rmSync(copy, { recursive: true, force: true });
    expect(report.passed).toBe(false);
    expect(report.mismatches.map((m) => m.message)).toContainEqual(`figure 3: the web edition's link index.html#fig_map leads to figure 1`);
  });
});
