/**
 * Citations in a book, through the real CLI: two chapter files cite works of one bibliography
 * named in book.yml, numbered per chapter. Every edition prints the same words in the same
 * notes, "Ibid." only after a citation of the same work in the same chapter (a chapter's first
 * citation of a work is given in full), one bibliography closing the last chapter, and links
 * from every chapter's citations to it on the web and in the EPUB. An unknown key stops the
 * build with the chapter file and line.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../scripts/lib/project-paths.ts";
import { extractEpubEdition } from "../scripts/lib/verify/epub-edition.ts";
import { extractPdfEdition } from "../scripts/lib/verify/pdf-edition.ts";
import { extractLinkedWebEdition } from "../scripts/lib/verify/web-edition.ts";
import { joinPdfLines, normaliseText } from "../scripts/lib/verify/normalize-text.ts";
import type { ExtractedEdition } from "../scripts/lib/verify/edition-types.ts";
import { runCli, type CliResult } from "./helpers/run-cli.ts";
import { servedPagesViolations } from "./a11y/axe.ts";

const fixture = join(projectRoot, "tests", "fixtures", "books", "cited");
const work = mkdtempSync(join(tmpdir(), "press-book-citations-"));

/** Chicago notes (the bundled default), numbered per chapter: chapter 2 starts at 1 and cites in full again. */
const expectedNotes = [
  "1 Ruth Hartley, Rivers under Concrete (Leeds: Meridian Press, 1998), 33.",
  "2 Ibid.",
  "3 This note is the author’s, and cites a book within it: (Maja Lindqvist, The Canal Years (Uppsala: Nordic Academic, 2005), 50).",
  "4 Chidi Okafor, “Papers in Exile,” Journal of the Press Abroad 14, no. 2 (2011): 205.",
  // Chapter 2: the work cited last in chapter 1 is cited in full, not "Ibid." across the chapter's start.
  "1 Chidi Okafor, “Papers in Exile,” Journal of the Press Abroad 14, no. 2 (2011): 210.",
  "2 Ibid.",
  "3 Ruth Hartley, Rivers under Concrete (Leeds: Meridian Press, 1998), 34.",
];

const expectedEntries = [
  "Hartley, Ruth. Rivers under Concrete. Leeds: Meridian Press, 1998.",
  "Lindqvist, Maja. The Canal Years. Uppsala: Nordic Academic, 2005.",
  "Okafor, Chidi. “Papers in Exile.” Journal of the Press Abroad 14, no. 2 (2011): 190–231.",
];

function notesOf(edition: ExtractedEdition): string[] {
  return edition.notes.map((note, index) => {
    const expectedText = expectedNotes[index]?.replace(/^\d+ /, "") ?? "";
    return `${note.number} ${normaliseText(edition.kind === "pdf" ? joinPdfLines(note.text, expectedText) : note.text)}`;
  });
}

/** Replaces `from` by `to` in a file of a book's copy. */
function replaceIn(file: string, from: string, to: string): void {
  writeFileSync(file, readFileSync(file, "utf8").replace(from, to));
}

/** The fixture copied to a folder `name` of its own, changed by `change`, and built into `dist-<name>` by the real CLI. */
async function buildCopy(name: string, change: (folder: string) => void = () => undefined, args: readonly string[] = []): Promise<{ out: string; build: CliResult }> {
  const folder = join(work, name);
  const out = join(work, `dist-${name}`);
  cpSync(fixture, folder, { recursive: true });
  change(folder);
  return { out, build: await runCli("build.ts", [folder, "--out", out, ...args], { PRESS_CACHE_DIR: join(work, "cache") }) };
}

describe("a book that cites a bibliography", () => {
  let out: string;
  let build: CliResult;
  const editions = new Map<string, ExtractedEdition>();
  let epubFiles: Map<string, string>;

  beforeAll(async () => {
    ({ out, build } = await buildCopy("cited", undefined, ["--epubcheck"]));
    if (build.code !== 0) return;
    const dir = join(out, "cited");
    editions.set("web", await extractLinkedWebEdition(readFileSync(join(dir, "index.html"), "utf8"), "index.html", async (name) => readFileSync(join(dir, name), "utf8")));
    editions.set("pdf", await extractPdfEdition(readFileSync(join(dir, "cited.pdf"))));
    const epub = readFileSync(join(dir, "cited.epub"));
    editions.set("epub", await extractEpubEdition(epub));
    const zip = await JSZip.loadAsync(epub);
    epubFiles = new Map();
    for (const name of Object.keys(zip.files).filter((file) => file.endsWith(".xhtml"))) epubFiles.set(name.split("/").pop() ?? name, await zip.file(name)!.async("string"));
  }, 300_000);

  it("publishes, its read-back passing and EPUBCheck finding nothing", () => {
    expect(build.code, build.stderr).toBe(0);
    const verify = JSON.parse(readFileSync(join(out, "cited", "verify.json"), "utf8")) as { passed: boolean };
    expect(verify.passed).toBe(true);
    expect(build.stdout).toMatch(/EPUBCheck: 0 fatals \/ 0 errors \/ 0 warnings/);
  });

  it("prints the same words in the same notes in every edition, Ibid. only within a chapter", () => {
    for (const kind of ["web", "pdf", "epub"]) {
      const edition = editions.get(kind);
      expect(edition, kind).toBeDefined();
      expect(notesOf(edition as ExtractedEdition), kind).toEqual(expectedNotes);
    }
  });

  it("closes the last chapter with one bibliography, each cited work once, in every edition", () => {
    const chapter2 = readFileSync(join(out, "cited", "chapter-02.html"), "utf8");
    const webEntries = [...chapter2.matchAll(/<p id="(ref-[^"]+)" class="csl-entry"[^>]*>([\s\S]*?)<\/p>/g)].map((match) => normaliseText((match[2] ?? "").replace(/<[^>]+>/g, "")));
    expect(webEntries).toEqual(expectedEntries);
    // On the last chapter's page it follows that page's notes, as an article's follows its notes.
    expect(chapter2.indexOf('role="doc-endnotes"')).toBeGreaterThan(-1);
    expect(chapter2.indexOf('role="doc-endnotes"')).toBeLessThan(chapter2.indexOf("csl-entry"));
    // A section of the page beside the notes, not a second title.
    expect(chapter2).toMatch(/<h2 id="bibliography">Bibliography<\/h2>/);
    expect(chapter2.match(/<h1\b/g)).toHaveLength(1);
    expect(readFileSync(join(out, "cited", "chapter-01.html"), "utf8")).not.toContain("csl-entry");
    const pdfBody = normaliseText(editions.get("pdf")?.bodyText ?? "");
    const papers = pdfBody.indexOf("The Papers");
    const bibliography = pdfBody.indexOf("Bibliography");
    expect(papers).toBeGreaterThan(-1);
    expect(bibliography).toBeGreaterThan(papers);
    for (const entry of expectedEntries) expect(pdfBody.split(entry.slice(0, 30)).length - 1, entry).toBe(1);
    const epubEntries = [...epubFiles.values()].flatMap((xhtml) => [...xhtml.matchAll(/class="csl-entry"/g)]);
    expect(epubEntries).toHaveLength(expectedEntries.length);
  });

  it("links each chapter's citations to the entry on the page or in the file that holds it", () => {
    const chapter1 = readFileSync(join(out, "cited", "chapter-01.html"), "utf8");
    const chapter2 = readFileSync(join(out, "cited", "chapter-02.html"), "utf8");
    const hrefs = (html: string): string[] => [...html.matchAll(/class="citation" href="([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(hrefs(chapter1).length).toBe(4);
    for (const href of [...hrefs(chapter1), ...hrefs(chapter2)]) {
      const [page, id] = href.split("#");
      expect(page, href).toBe("chapter-02.html");
      expect(chapter2, href).toContain(`id="${id}"`);
    }
    // In the EPUB every citation link names a file of the book that holds its target.
    for (const [name, xhtml] of epubFiles) {
      for (const match of xhtml.matchAll(/class="citation" href="([^"#]*)#([^"]+)"/g)) {
        const target = match[1] || name;
        expect(epubFiles.get(target)?.includes(`id="${match[2]}"`), `${name} → ${match[1]}#${match[2]}`).toBe(true);
      }
    }
  });

  it("has chapter pages, the bibliography's included, with no axe-core violation at a phone's and a desktop's width", async () => {
    expect(await servedPagesViolations(out, ["cited/chapter-01.html", "cited/chapter-02.html"], [375, 1280])).toEqual([]);
  }, 120_000);
});

describe("a cited book with notes at the end of each chapter, sidenotes on the web and a contents", () => {
  it("publishes, read back identical, its contents listing the bibliography on the page where it is", async () => {
    const { out, build } = await buildCopy("combined", (folder) => {
      const yml = join(folder, "book.yml");
      replaceIn(yml, "notes: per-chapter", "notes: continuous\nnotePlacement: endnotes\nwebNotes: sidenotes\ntoc: true");
      // A third chapter that cites only inside its note, after a chapter that cited the same works.
      writeFileSync(join(folder, "chapters", "03-quiet.md"), "# Quiet\n\nA chapter with no citation in its text.[^q]\n\n[^q]: Only a note, citing [@okafor2011, 190] and [@hartley1998, 12].\n");
      replaceIn(yml, "  - chapters/02-papers.md", "  - chapters/02-papers.md\n  - chapters/03-quiet.md");
    });
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/verified combined: 8 notes, 8 calls, 4 contents entries identical/);
    const pdf = await extractPdfEdition(readFileSync(join(out, "combined", "combined.pdf")));
    const last = pdf.notes[pdf.notes.length - 1];
    expect(last?.number).toBe(8);
    expect(normaliseText(joinPdfLines(last?.text ?? "", ""))).toMatch(/^Only a note, citing \(Chidi Okafor, “Papers in Exile,”/);
    // In print the bibliography follows the last chapter's notes, opening a page of its own.
    const pages = execFileSync("pdftotext", [join(out, "combined", "combined.pdf"), "-"], { encoding: "utf8" }).split("\f");
    const lines = (page: string): string[] => page.split("\n").map((line) => line.trim()).filter(Boolean);
    const bibliographyPage = pages.findIndex((page) => lines(page).some((line, index) => line === "Bibliography" && lines(page)[index + 1]?.startsWith("Hartley, Ruth.")));
    const lastNotesPage = pages.findLastIndex((page) => lines(page).includes("Notes"));
    expect(bibliographyPage).toBeGreaterThan(lastNotesPage);
    // Its heading opens the page, under the running head at most.
    expect(lines(pages[bibliographyPage] ?? "").indexOf("Bibliography")).toBeLessThanOrEqual(1);
  }, 180_000);
});

describe("a book citing a work its bibliography does not have", () => {
  it("stops with the chapter file, the line and the closest keys, and publishes nothing", async () => {
    const { out, build } = await buildCopy("unknown", (folder) => replaceIn(join(folder, "chapters", "02-papers.md"), "[@hartley1998, p. 34]", "[@hartly1998, p. 34]"));
    expect(build.code).toBe(1);
    expect(build.stderr).toMatch(/chapters\/02-papers\.md:4: unknown citation key "hartly1998"; closest: hartley1998/);
    expect(existsSync(join(out, "unknown"))).toBe(false);
  }, 120_000);
});
