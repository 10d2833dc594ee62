/**
 * Citations end to end, through the real build (Chromium, the EPUB writer, the verifier): an
 * article citing a CSL-JSON bibliography with locators, author's notes between citations, a
 * citation inside an author's note and an author named in the sentence. Each edition is read
 * back here (with the verifier's readers, which read the files as a reader sees them) and
 * must print the same words in the same notes, "Ibid." exactly where Chicago puts it, and a
 * bibliography listing each cited work once. The same article in an author-date style has no
 * citation notes. An unknown key stops the build with its line and the closest keys.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { extractEpubEdition } from "../scripts/lib/verify/epub-edition.ts";
import { extractPdfEdition } from "../scripts/lib/verify/pdf-edition.ts";
import { readPdfPages } from "../scripts/lib/verify/pdf-lines.ts";
import { extractWebEdition } from "../scripts/lib/verify/web-edition.ts";
import { joinPdfLines, normaliseText } from "../scripts/lib/verify/normalize-text.ts";
import type { ExtractedEdition } from "../scripts/lib/verify/edition-types.ts";
import { runCli, type CliResult } from "./helpers/run-cli.ts";

const fixtures = join(import.meta.dirname, "fixtures", "citations");

/** What Chicago (17th ed., full note with ibid.) prints in each note of ibid-article.md. */
const chicagoNotes = [
  "Margaret Hartley, The River and the Border: Water Politics in the Upper Tigris (Boston: Meridian University Press, 1998), 33.",
  "Ibid.",
  "Ibid., 40–42.",
  "This note is the author’s, with no citation in it.",
  // The author's note 4 stands between: a short form, not "Ibid.".
  "Hartley, The River and the Border: Water Politics in the Upper Tigris, 50.",
  "See Daniel Okafor, “Exiles and Their Newspapers, 1979–2003,” Journal of Diaspora Media 14, no. 2 (2011): 205; Eva Lindqvist, “Camps without Walls,” in Refuge and Rebellion, ed. Tomás Barros (London: Northgate, 2005), chap. 2.",
  // Note 6 cites two works: not "Ibid." either.
  "Okafor, “Exiles and Their Newspapers, 1979–2003,” 210.",
  "Leila Nasser and Jonah Weiss, A Thin Peace (New York: Harbor Books, 2016), 12.",
  "The critics quoted it at once: (Lindqvist, “Camps without Walls,” 50); see also (Nasser and Weiss, A Thin Peace, 14).",
  "“Exiles and Their Newspapers, 1979–2003,” 220.",
  "Nasser and Weiss, A Thin Peace.",
];

const bibliographyEntries = [
  "Hartley, Margaret. The River and the Border: Water Politics in the Upper Tigris. Boston: Meridian University Press, 1998.",
  "Lindqvist, Eva. “Camps without Walls.” In Refuge and Rebellion, edited by Tomás Barros, 45–78. London: Northgate, 2005.",
  "Nasser, Leila, and Jonah Weiss. A Thin Peace. New York: Harbor Books, 2016.",
  "Okafor, Daniel. “Exiles and Their Newspapers, 1979–2003.” Journal of Diaspora Media 14, no. 2 (2011): 201–29.",
];

interface Editions {
  web: ExtractedEdition;
  pdf: ExtractedEdition;
  epub: ExtractedEdition;
  html: string;
  epubFiles: Map<string, string>;
  pdfText: string;
}

async function readEditions(dir: string, slug: string): Promise<Editions> {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const epubBytes = readFileSync(join(dir, `${slug}.epub`));
  const zip = await JSZip.loadAsync(epubBytes);
  const epubFiles = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((file) => file.endsWith(".xhtml"))) epubFiles.set(name.split("/").pop() ?? name, await zip.file(name)!.async("string"));
  const pdf = await extractPdfEdition(readFileSync(join(dir, `${slug}.pdf`)));
  return { web: extractWebEdition(html), pdf, epub: await extractEpubEdition(epubBytes), html, epubFiles, pdfText: [pdf.bodyText ?? ""].join("") };
}

/** Each note as "number text", its lines joined as a reader reads them. */
function notesOf(edition: ExtractedEdition, expected: readonly string[]): string[] {
  return edition.notes.map((note, index) => `${note.number} ${normaliseText(edition.kind === "pdf" ? joinPdfLines(note.text, expected[index] ?? "") : note.text)}`);
}

describe("citations in a real build", () => {
  const work = mkdtempSync(join(tmpdir(), "press-citations-"));
  const folder = join(work, "articles");
  const out = join(work, "dist");
  let build: CliResult;
  let notes: Editions;
  let authorDate: Editions;

  beforeAll(async () => {
    mkdirSync(folder);
    copyFileSync(join(fixtures, "works.json"), join(folder, "works.json"));
    const source = readFileSync(join(fixtures, "ibid-article.md"), "utf8");
    writeFileSync(join(folder, "notes.md"), source);
    writeFileSync(join(folder, "author-date.md"), source.replace("bibliography: works.json", "bibliography: works.json\ncsl: chicago-author-date"));
    // A citation cache of its own, empty: the citations are made by the processor in this build.
    build = await runCli("build.ts", [folder, "--out", out], { PRESS_CACHE_DIR: join(work, "cache") });
    if (build.code === 0) {
      notes = await readEditions(join(out, "notes"), "notes");
      authorDate = await readEditions(join(out, "author-date"), "author-date");
    }
  }, 300_000);

  it("builds both articles and the build's own read-back passes", () => {
    expect(build.code, build.stderr).toBe(0);
    for (const slug of ["notes", "author-date"]) {
      const verify = JSON.parse(readFileSync(join(out, slug, "verify.json"), "utf8")) as { passed: boolean };
      expect(verify.passed, slug).toBe(true);
    }
  });

  it("prints the same words in the same notes in the web page, the PDF and the EPUB, Ibid. where Chicago puts it", () => {
    const expected = chicagoNotes.map((text, index) => `${index + 1} ${text}`);
    for (const kind of ["web", "pdf", "epub"] as const) {
      expect(notesOf(notes[kind], chicagoNotes), kind).toEqual(expected);
      const ibid = notes[kind].notes.filter((note) => /\bibid\./i.test(note.text)).map((note) => note.number);
      expect(ibid, `${kind}: notes with Ibid.`).toEqual([2, 3]);
      expect(notes[kind].calls.map((call) => call.number), kind).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    }
  });

  it("lists each cited work once, in the style's order, in every edition; the uncited work not at all", () => {
    const webEntries = [...notes.html.matchAll(/<p id="(ref-[^"]+)" class="csl-entry"[^>]*>([\s\S]*?)<\/p>/g)].map((match) => normaliseText((match[2] ?? "").replace(/<[^>]+>/g, "")));
    expect(webEntries).toEqual(bibliographyEntries);
    const epubText = [...notes.epubFiles.values()].join("\n");
    const epubEntries = [...epubText.matchAll(/<p id="ref-[^"]+" class="csl-entry"[^>]*>([\s\S]*?)<\/p>/g)].map((match) => normaliseText((match[1] ?? "").replace(/<[^>]+>/g, "")));
    expect(epubEntries).toEqual(bibliographyEntries);
    const pdfBody = normaliseText(notes.pdf.bodyText ?? "").replace(/\u00ad/g, "");
    for (const entry of bibliographyEntries) {
      const start = entry.slice(0, 30);
      expect(pdfBody.split(start).length - 1, `PDF: "${start}"`).toBe(1);
    }
    for (const text of [notes.html, epubText, pdfBody]) expect(text).not.toContain("Nobody");
  });

  it("links every cited work to its entry on the web and in the EPUB, and nowhere in print", () => {
    const webIds = new Set([...notes.html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    const webLinks = [...notes.html.matchAll(/<a class="citation" href="#([^"]+)"/g)].map((match) => match[1]);
    // 12 cited works in notes, and the authors named in the sentence.
    expect(webLinks.length).toBe(13);
    for (const id of webLinks) expect(webIds.has(id), id).toBe(true);
    const epubLinks = [...[...notes.epubFiles.values()].join("\n").matchAll(/<a class="citation" href="([^"#]+)#([^"]+)"/g)];
    expect(epubLinks.length).toBe(webLinks.length);
    for (const [, file, id] of epubLinks) expect(notes.epubFiles.get(file ?? "") ?? "", `${file}#${id}`).toContain(`id="${id}"`);
  });

  it("makes no link of a citation in the PDF: its only links are the 11 calls and the 11 note numbers", async () => {
    const pages = await readPdfPages(readFileSync(join(out, "notes", "notes.pdf")));
    expect(pages.flatMap((page) => page.internalLinks ?? [])).toHaveLength(22);
  });

  it("with an author-date style: no citation notes, the author's two notes numbered 1 and 2, citations in the text", () => {
    for (const kind of ["web", "pdf", "epub"] as const) {
      const edition = authorDate[kind];
      expect(edition.notes.map((note) => note.number), kind).toEqual([1, 2]);
      expect(edition.calls.map((call) => call.number), kind).toEqual([1, 2]);
      expect(normaliseText(edition.notes[0]?.text ?? ""), kind).toBe("This note is the author’s, with no citation in it.");
      expect(normaliseText(joinPdfLines(edition.notes[1]?.text ?? "", "")), kind).toContain("(Lindqvist 2005, 50)");
      const body = normaliseText(edition.bodyText ?? "").replace(/\u00ad/g, "");
      expect(body, kind).toContain("(Hartley 1998, 33)");
      expect(body, kind).toContain("Nasser and Weiss (2016, 12) call it a thin peace");
    }
  });
});

/** A folder of its own holding the fixtures' works.json and an article `name` with `source`. */
function citingArticle(purpose: string, name: string, source: string): { work: string; article: string } {
  const work = mkdtempSync(join(tmpdir(), `press-citation-${purpose}-`));
  copyFileSync(join(fixtures, "works.json"), join(work, "works.json"));
  const article = join(work, name);
  writeFileSync(article, source);
  return { work, article };
}

describe("a changed bibliography", () => {
  it("rebuilds the article that cites it, and only when it changed", async () => {
    const { work, article } = citingArticle("rebuild", "short.md", "---\ntitle: Short\nbibliography: works.json\n---\n\nOne source [@hartley1998, p. 2].\n");
    const out = join(work, "dist");
    const cache = { PRESS_CACHE_DIR: join(work, "cache") };
    expect((await runCli("build.ts", [article, "--out", out], cache)).code).toBe(0);
    const again = await runCli("build.ts", [article, "--out", out], cache);
    expect(again.stdout).toMatch(/up to date/);
    writeFileSync(join(work, "works.json"), readFileSync(join(work, "works.json"), "utf8").replace("The river and the border", "The river and the frontier"));
    const changed = await runCli("build.ts", [article, "--out", out], cache);
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout).not.toMatch(/up to date/);
    expect(readFileSync(join(out, "short", "index.html"), "utf8")).toContain("The River and the Frontier");
  }, 180_000);
});

describe("a citation the bibliography does not have", () => {
  it("stops the build with the file, the line and the closest keys, and publishes nothing", async () => {
    const { work, article } = citingArticle("error", "typo.md", "---\ntitle: A typo\nbibliography: works.json\n---\n\nFine [@hartley1998].\n\nWrong [@okafor2001, 12].\n");
    const result = await runCli("build.ts", [article, "--out", join(work, "dist")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${article}:8: unknown citation key "okafor2001"; closest: okafor2011, `);
    expect(existsSync(join(work, "dist", "typo"))).toBe(false);
  }, 120_000);
});
