/**
 * Shared steps of the print edition's end-to-end tests: article → print HTML (the real
 * print layout) → PDF in a real Chromium, and readers for what comes out, using the
 * system's PDF tools (poppler's pdftotext/pdfinfo/pdffonts, MuPDF's mutool).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { loadArticle, parseArticle, type Article } from "../../scripts/lib/document/article.ts";
import { printPage } from "../../layouts/print-page.ts";
import { renderPrintBody, type PrintResult } from "../../scripts/lib/editions/print/print-edition.ts";
import { webView } from "../../scripts/lib/editions/web/web-edition.ts";
import { addPrintPage, registerPrintAssets } from "../../scripts/lib/editions/print/print-assets.ts";
import { renderPdf, type RenderPdfOptions } from "../../scripts/lib/editions/print/render-pdf.ts";
import { projectRoot } from "../../scripts/lib/project-paths.ts";

export const fixturesDir = join(projectRoot, "tests", "fixtures", "print");
export const sampleFile = join(projectRoot, "content", "mko-fears-us-withdrawal.md");

/** A browser whose site serves the print edition's assets (stylesheets, fonts, Paged.js and the runtime), as a build's does. */
export async function launchPrintSession(): Promise<BrowserSession> {
  const session = await BrowserSession.launch();
  registerPrintAssets(session.site);
  return session;
}

export function loadFixture(name: string): Promise<Article> {
  return loadArticle(join(fixturesDir, `${name}.md`));
}

/** A generated article, named as if it were a fixture file. */
export function generatedArticle(markdown: string, name: string): Article {
  return parseArticle(markdown, join(fixturesDir, `${name}.md`));
}

/** The print HTML of one article, from the layouts, as the build makes it. */
export async function printHtmlOf(article: Article): Promise<string> {
  return printPage(webView(article, renderPrintBody(article)));
}

export async function printArticle(session: BrowserSession, article: Article, options?: RenderPdfOptions): Promise<PrintResult> {
  return renderPdf(session, article, await printHtmlOf(article), options);
}

/**
 * Opens an article's print page in a page of `session` (whose site has the print assets),
 * waits for Paged.js to finish, and returns what `expression` evaluates to in the laid-out
 * page. `onNewDocument` runs in the page before any of its scripts.
 */
export async function evaluateAfterLayout<T>(session: BrowserSession, article: Article, expression: string, onNewDocument?: string): Promise<T> {
  const printPage = addPrintPage(session.site, article.slug, await printHtmlOf(article), article.meta.lang);
  const opened = await session.newPage();
  try {
    if (onNewDocument) await opened.page.evaluateOnNewDocument(onNewDocument);
    await opened.page.goto(session.site.url(printPage.path), { waitUntil: "domcontentloaded" });
    await opened.page.evaluate("window.__pressLayout");
    return (await opened.page.evaluate(expression)) as T;
  } finally {
    // Scripts added for this page must not run in the next use of the pooled page.
    await opened.close({ discard: true });
    printPage.remove();
  }
}

const outDir = mkdtempSync(join(tmpdir(), "print-test-"));

/** Writes the PDF to a temporary file for the command-line tools; returns its path. */
export function writePdf(pdf: Uint8Array, name: string): string {
  const file = join(outDir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

export function tool(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
}

/** Text of each page (pdftotext reads Chromium's ActualText: ligatures and soft hyphens come out right). */
export function pageTexts(file: string, layout = false): string[] {
  const text = tool("pdftotext", [...(layout ? ["-layout"] : []), "-enc", "UTF-8", file, "-"]);
  const pages = text.split("\f");
  if (pages[pages.length - 1]?.trim() === "") pages.pop();
  return pages;
}

/** `Key: value` lines of pdfinfo. */
export function pdfInfo(file: string): Map<string, string> {
  const info = new Map<string, string>();
  for (const line of tool("pdfinfo", [file]).split("\n")) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1]) info.set(match[1].trim(), (match[2] ?? "").trim());
  }
  return info;
}

export interface PdfFontRow {
  name: string;
  embedded: boolean;
  subset: boolean;
}

export function pdfFonts(file: string): PdfFontRow[] {
  return tool("pdffonts", [file])
    .split("\n")
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      // name ... emb sub uni objectID gen: the three flags sit before the two object numbers.
      const flags = cells.slice(-5, -2);
      return { name: cells[0] ?? "", embedded: flags[0] === "yes", subset: flags[1] === "yes" };
    });
}

export interface StextChar {
  page: number;
  c: string;
  size: number;
  x: number;
  /** Baseline; y grows downwards. */
  y: number;
  font: string;
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X")) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(Number(body.slice(1)));
    return entities[body] ?? whole;
  });
}

/** Every character with its size and baseline, from `mutool draw -F stext`. */
export function stextChars(file: string): StextChar[] {
  const xml = tool("mutool", ["draw", "-q", "-F", "stext", "-o", "-", file]);
  const chars: StextChar[] = [];
  let page = 0;
  let size = 0;
  let font = "";
  for (const match of xml.matchAll(/<page id="page(\d+)"|<font name="([^"]*)" size="([\d.]+)"|<char [^>]*?x="([\d.-]+)" y="([\d.-]+)"[^>]*? c="([^"]*)"/g)) {
    if (match[1]) page = Number(match[1]);
    else if (match[3]) {
      font = match[2] ?? "";
      size = Number(match[3]);
    } else chars.push({ page, c: decodeXml(match[6] ?? ""), size, x: Number(match[4]), y: Number(match[5]), font });
  }
  return chars;
}

export interface CallMark {
  number: number;
  page: number;
  size: number;
  /** How far above the baseline of the body text it sits in (points). */
  raise: number;
}

/**
 * Note calls as a reader sees them: runs of digits set clearly smaller than the text around
 * them on the same line (body text, a table cell, a quotation) and raised above its baseline.
 */
export function findCalls(chars: StextChar[]): CallMark[] {
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const calls: CallMark[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as StextChar;
    if (!/\d/.test(char.c)) continue;
    let digits = char.c;
    while (i + 1 < chars.length && /\d/.test((chars[i + 1] as StextChar).c) && (chars[i + 1] as StextChar).size === char.size) digits += (chars[++i] as StextChar).c;
    // Its line: larger characters whose baseline lies a little below the digits' own.
    const around = chars.filter((other) => other.page === char.page && other.size >= char.size * 1.25 && other.y - char.y > 0 && other.y - char.y < other.size * 0.7 && other.c.trim() !== "");
    if (around.length < 2) continue;
    const lineSize = median(around.map((other) => other.size));
    const raise = median(around.map((other) => other.y)) - char.y;
    if (raise > lineSize * 0.15) calls.push({ number: Number(digits), page: char.page, size: char.size, raise });
  }
  return calls;
}

/** Whitespace collapsed and typographic apostrophes made plain, for comparing texts. */
export function normalise(text: string): string {
  return text.replace(/\u00AD/g, "").replace(/[’ʼ]/g, "'").replace(/\s+/g, " ").trim();
}

/**
 * The notes printed on one page (text from `pdftotext -layout`): note number → its text, found
 * as a "N. text" line and the lines under it, up to a blank line, the next note, or a centred
 * line (the page number).
 */
export function notesOnPage(pageText: string, numbers: number[]): Map<number, string> {
  const found = new Map<number, string>();
  const lines = pageText.split("\n");
  for (const number of numbers) {
    const start = lines.findIndex((line) => new RegExp(`^\\s*${number}\\.\\s`).test(line));
    if (start === -1) continue;
    const collected: string[] = [(lines[start] ?? "").replace(new RegExp(`^\\s*${number}\\.\\s+`), "")];
    for (let i = start + 1; i < lines.length; i++) {
      const line = lines[i] ?? "";
      if (/^\s*\d+\.\s/.test(line) || line.trim() === "" || /^\s{10,}\S/.test(line)) break;
      collected.push(line);
    }
    found.set(number, normalise(collected.join(" ")));
  }
  return found;
}
