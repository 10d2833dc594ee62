/**
 * Books end to end, through the real CLI: a folder of three chapter files (each with its own
 * `[^1]`) publishes as one work, read back in all three editions; numbered per chapter too; each
 * chapter opens a PDF page; the EPUB has a file per chapter and passes EPUBCheck; editing one
 * chapter rebuilds the book; and a book's errors name the chapter file and line.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../scripts/lib/project-paths.ts";
import { runEpubcheck } from "../scripts/lib/verify/epubcheck.ts";
import { runCli, type CliResult } from "./helpers/run-cli.ts";
import { servedPagesViolations } from "./a11y/axe.ts";

const fixture = join(projectRoot, "tests", "fixtures", "books", "small");
const work = mkdtempSync(join(tmpdir(), "press-books-"));
const out = join(work, "dist");

/** A copy of the fixture book, with book.yml changed by `edit`. */
function bookCopy(name: string, edit: (yml: string) => string = (yml) => yml): string {
  const folder = join(work, name);
  cpSync(fixture, folder, { recursive: true });
  writeFileSync(join(folder, "book.yml"), edit(readFileSync(join(folder, "book.yml"), "utf8")));
  return folder;
}

function pageTexts(pdf: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
  return Array.from({ length: pages }, (_, index) => execFileSync("pdftotext", ["-f", String(index + 1), "-l", String(index + 1), pdf, "-"], { encoding: "utf8" }));
}

const firstLines = (text: string): string[] => text.split("\n").map((line) => line.trim()).filter(Boolean).slice(0, 2);

describe("a book folder, numbered continuously", () => {
  let build: CliResult;
  const folder = bookCopy("small");
  beforeAll(async () => {
    build = await runCli("build.ts", [folder, "--out", out]);
  }, 180_000);

  it("publishes one work whose notes agree in all three editions", () => {
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    expect(build.stdout).toContain("verified small: 7 notes, 9 calls identical in the web edition, PDF and EPUB");
    // The web edition: a contents page, then a page per chapter holding its own notes.
    const contents = readFileSync(join(out, "small", "index.html"), "utf8");
    expect(contents).toContain('<li><a href="chapter-02.html">The Middle</a></li>');
    expect(contents).not.toContain("note-number");
    const middle = readFileSync(join(out, "small", "chapter-02.html"), "utf8");
    expect(middle).toContain('<span class="note-number">4.</span> Second chapter, its own note one.');
    expect(middle).not.toContain("First chapter, first note.");
    expect(middle).toContain('<a href="chapter-03.html" rel="next">Next: The End</a>');
  });

  it("opens each chapter on a page of its own, with the chapter's title as the right-hand running head", () => {
    const pages = pageTexts(join(out, "small", "small.pdf"));
    const chapters = [
      ["The Start", "The first chapter opens here."],
      ["The Middle", "The second chapter reuses the label."],
      ["The End", "The last chapter has an inline note."],
    ];
    const openings = chapters.map(([title, opening]) => {
      const index = pages.findIndex((text) => text.includes(opening ?? ""));
      // The opening page starts with the chapter's title, and the page before it ends the previous chapter.
      expect(firstLines(pages[index] ?? "")[0]).toBe(title);
      return index + 1;
    });
    // After the contents (iii), a blank left-hand page: the first chapter opens on a right-hand page.
    expect(openings[0]).toBe(5);
    expect(pages[3]?.trim()).toBe("");
    expect(openings).toEqual([...openings].sort((a, b) => a - b));
    expect(new Set(openings).size).toBe(3);
    // The chapter's second page, a left-hand one, carries the book's title above its text; the
    // third, a right-hand one, the chapter's.
    expect(firstLines(pages[5] ?? "")[0]).toBe("A Small Book of Notes");
    if (openings[1] !== 7) expect(firstLines(pages[6] ?? "")[0]).toBe("The Start");
    expect(pages[4]).not.toContain("The Middle");
  });

  it("opens with a title page, a copyright page and the contents, numbered in roman figures; the first chapter is page 1", () => {
    const pages = pageTexts(join(out, "small", "small.pdf"));
    const lines = pages.map((text) => text.split("\n").map((line) => line.trim()).filter(Boolean));
    expect(lines[0]?.[0]).toBe("A Small Book of Notes");
    expect(lines[1]).toEqual(["A Small Book of Notes", "© 2024 Jane Doe", "Published by Example Press, 2024", "ii"]);
    // Each chapter's entry gives the folio of the page it opens on, found by its first words.
    // Pages i-iii, a blank page, then page 1.
    const openingFolio = (opening: string): string => String(pages.findIndex((text) => text.includes(opening)) - 3);
    const folios = ["The first chapter opens here.", "The second chapter reuses the label.", "The last chapter has an inline note."].map(openingFolio);
    expect(lines[2]).toEqual(["Contents", "The Start", folios[0], "The Middle", folios[1], "The End", folios[2], "iii"]);
    expect(folios[0]).toBe("1");
    expect(lines.map((page) => page[page.length - 1])).toEqual(["i", "ii", "iii", undefined, ...pages.slice(4).map((_, index) => String(index + 1))]);
  });

  it("makes one EPUB file per chapter that EPUBCheck passes without a message", async () => {
    const epub = join(out, "small", "small.epub");
    const zip = await JSZip.loadAsync(readFileSync(epub));
    const files = Object.keys(zip.files).filter((name) => /chapter-\d+\.xhtml$/.test(name)).sort();
    expect(files).toEqual(["OEBPS/chapter-00.xhtml", "OEBPS/chapter-01.xhtml", "OEBPS/chapter-02.xhtml", "OEBPS/chapter-03.xhtml"]);
    expect(await zip.file("OEBPS/chapter-02.xhtml")?.async("string")).toContain("The Middle");
    const check = await runEpubcheck(epub);
    expect(check.status, check.messages.join("\n")).toBe("passed");
    expect(check.messages).toEqual([]);
  }, 120_000);

  it("has web pages with no axe-core violation, a phone's width and a desktop's", async () => {
    expect(await servedPagesViolations(out, ["small/index.html", "small/chapter-01.html", "small/chapter-02.html"], [375, 1280])).toEqual([]);
  }, 120_000);

  it("names the chapter file and line of a passage an edition lacks, when read back", async () => {
    const copy = join(work, "tampered", "small");
    // The published folder is a link to its version: copied as the files it holds.
    cpSync(join(out, "small"), copy, { recursive: true, dereference: true });
    const page = readFileSync(join(copy, "chapter-02.html"), "utf8");
    const paragraph = /<p>The second chapter reuses the label\.[\s\S]*?<\/p>/.exec(page)?.[0] ?? "";
    expect(paragraph).not.toBe("");
    writeFileSync(join(copy, "chapter-02.html"), page.replace(paragraph, ""));
    const check = await runCli("verify.ts", [copy]);
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toContain('the web edition lacks the passage "The second chapter reuses the label." (chapters/02-middle.md, line 3)');
  }, 120_000);

  it("rebuilds the book when one chapter changes, and only then", async () => {
    const again = await runCli("build.ts", [folder, "--out", out]);
    expect(again.stdout).toContain("1 up to date");
    appendFileSync(join(folder, "chapters", "02-middle.md"), "\nA sentence added later.[^3]\n\n[^3]: A note added later.\n");
    const edited = await runCli("build.ts", [folder, "--out", out]);
    expect(edited.stderr).toBe("");
    expect(edited.stdout).not.toContain("up to date");
    expect(edited.stdout).toContain("verified small: 8 notes, 10 calls identical");
  }, 180_000);
});

describe("a book folder numbered per chapter", () => {
  let build: CliResult;
  beforeAll(async () => {
    const folder = bookCopy("per-chapter", (yml) => `${yml}notes: per-chapter\nslug: per-chapter\n`);
    build = await runCli("build.ts", [folder, "--out", out]);
  }, 180_000);

  it("prints 1 again in each chapter, identically in all three editions", async () => {
    expect(build.stderr).toBe("");
    expect(build.stdout).toContain("verified per-chapter: 7 notes, 9 calls identical in the web edition, PDF and EPUB");
    const pages = pageTexts(join(out, "per-chapter", "per-chapter.pdf"));
    const middle = pages.find((text) => firstLines(text)[0] === "The Middle") ?? "";
    expect(middle).toContain("The second chapter reuses the label.1");
    expect(middle).toContain("1. Second chapter, its own note one.");
    const zip = await JSZip.loadAsync(readFileSync(join(out, "per-chapter", "per-chapter.epub")));
    const end = (await zip.file("OEBPS/chapter-03.xhtml")?.async("string")) ?? "";
    // Ids stay unique in the book: the third chapter's note 1 is the book's sixth note.
    expect(end).toMatch(/id="fnref-6"[^>]*>1<\/a>/);
  });
});

describe("a chapter whose title calls a note", () => {
  let build: CliResult;
  beforeAll(async () => {
    const folder = bookCopy("titled", (yml) => `${yml}slug: titled\n`);
    const chapter = join(folder, "chapters", "01-start.md");
    writeFileSync(chapter, `${readFileSync(chapter, "utf8").replace("# The Start\n", "# The Start[^talk]\n")}\n[^talk]: First given as a talk.\n`);
    build = await runCli("build.ts", [folder, "--out", out]);
  }, 180_000);

  it("prints the call on the title only: not in its running head, its bookmark or the contents", () => {
    expect(build.stderr).toBe("");
    expect(build.stdout).toContain("verified titled: 8 notes, 10 calls");
    const pdf = join(out, "titled", "titled.pdf");
    const pages = pageTexts(pdf);
    expect(firstLines(pages[4] ?? "")[0]).toBe("The Start1");
    // No running head of the chapter's other pages carries the call: the opening title alone shows it.
    expect(pages.filter((text) => text.includes("The Start1"))).toHaveLength(1);
    expect(pages[2]).toMatch(/^The Start$/m);
    expect(pages[2]).not.toContain("The Start1");
    const outline = execFileSync("mutool", ["show", pdf, "outline"], { encoding: "utf8" });
    expect(outline).toContain('"The Start"');
    expect(outline).not.toContain("The Start1");
  });
});

describe("a book's images", () => {
  it("may sit in the book's folder beside the chapters' subfolder, and no further out", async () => {
    const folder = bookCopy("pictures", (yml) => `${yml}slug: pictures\n`);
    mkdirSync(join(folder, "images"));
    cpSync(join(projectRoot, "tests", "fixtures", "images", "figures", "bar.png"), join(folder, "images", "bar.png"));
    appendFileSync(join(folder, "chapters", "02-middle.md"), "\n![A bar chart](../images/bar.png)\n\nAfter the chart.\n");
    const build = await runCli("build.ts", [folder, "--out", out]);
    expect(build.stderr).toBe("");
    expect(build.stdout).toContain("verified pictures: 7 notes");
    expect(readFileSync(join(out, "pictures", "chapter-02.html"), "utf8")).toMatch(/<img src="images\/[0-9a-f]{16}\.png" alt="A bar chart">/);

    appendFileSync(join(folder, "chapters", "03-end.md"), "\n![Out](../../bar.png)\n");
    cpSync(join(folder, "images", "bar.png"), join(work, "bar.png"));
    const refused = await runCli("build.ts", [folder, "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/chapters\/03-end\.md:\d+: image "\.\.\/\.\.\/bar\.png" is outside the article's folder/);
  }, 120_000);
});

describe("a book's errors", () => {
  const failing = async (name: string, change: (folder: string) => void): Promise<CliResult> => {
    const folder = bookCopy(name);
    change(folder);
    return runCli("build.ts", [folder, "--out", join(work, `out-${name}`)]);
  };

  it("names book.yml and the line of a chapter listed but missing", async () => {
    const result = await failing("missing", (folder) => rmSync(join(folder, "chapters", "02-middle.md")));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/book\.yml:8: chapter chapters\/02-middle\.md is listed but cannot be read/);
  }, 60_000);

  it("refuses a Markdown file the chapters list leaves out", async () => {
    const result = await failing("unlisted", (folder) => writeFileSync(join(folder, "chapters", "04-draft.md"), "# Draft\n"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/book\.yml:9: chapters\/04-draft\.md is in the book's folder but not listed in `chapters:`/);
  }, 60_000);

  it("names the chapter file and line of a character no font covers", async () => {
    const result = await failing("uncovered", (folder) => appendFileSync(join(folder, "chapters", "02-middle.md"), "\nCherokee Ꭰ here.\n"));
    expect(result.code).toBe(1);
    const lines = readFileSync(join(fixture, "chapters", "02-middle.md"), "utf8").split("\n").length + 1;
    expect(result.stderr).toMatch(new RegExp(`chapters/02-middle\\.md:${lines}: no font covers U\\+13A0`));
  }, 60_000);

  it("names the chapter file and line of a label defined twice", async () => {
    const result = await failing("duplicate", (folder) => appendFileSync(join(folder, "chapters", "03-end.md"), "[^1]: Defined again.\n"));
    expect(result.code).toBe(1);
    const lines = readFileSync(join(fixture, "chapters", "03-end.md"), "utf8").split("\n").length;
    expect(result.stderr).toMatch(new RegExp(`chapters/03-end\\.md:${lines}: footnote \\[\\^1\\] is defined twice`));
  }, 60_000);
});

describe("a book whose chapters open on right-hand pages", () => {
  let build: CliResult;
  beforeAll(async () => {
    const folder = bookCopy("right", (yml) => `${yml}chapterStart: right\nslug: right\n`);
    build = await runCli("build.ts", [folder, "--out", out]);
  }, 180_000);

  it("opens every chapter on an odd page, the book's title over left-hand pages, nothing on a blank one", () => {
    expect(build.stderr).toBe("");
    expect(build.stdout).toContain("verified right: 7 notes, 9 calls identical");
    const pages = pageTexts(join(out, "right", "right.pdf"));
    const openings = ["The Start", "The Middle", "The End"].map((title) => pages.findIndex((text, index) => firstLines(text)[0] === title && !(index > 0 && firstLines(pages[index - 1] ?? "")[0] === title)) + 1);
    // Title page, copyright page, contents on page iii, a blank page iv, the first chapter on page 1 (the fifth).
    expect(openings).toEqual([5, 7, 9]);
    // A blank page carries neither running head nor folio: a lone number there was read as the end of the last note before it.
    expect((pages[3] ?? "").trim()).toBe("");
    for (const [index, text] of pages.entries()) if (index > 0 && !text.trim()) expect(openings, `blank page ${index + 1}`).toContain(index + 2);
    expect(firstLines(pages[5] ?? "")[0]).toBe("A Small Book of Notes");
  });
});

describe("an article with endnotes", () => {
  it("sets its notes after its text, read back identical in the three editions", async () => {
    const folder = join(work, "article");
    mkdirSync(folder);
    const sample = readFileSync(join(projectRoot, "content", "mko-fears-us-withdrawal.md"), "utf8");
    writeFileSync(join(folder, "sample.md"), sample.replace(/^title: (.*)$/m, "title: $1\nnotePlacement: endnotes"));
    const build = await runCli("build.ts", [folder, "--out", join(work, "out-article")]);
    expect(build.stderr).toBe("");
    expect(build.stdout).toContain("verified mko-fears-us-withdrawal: 11 notes, 11 calls identical in the web edition, PDF and EPUB");
    const text = pageTexts(join(work, "out-article", "mko-fears-us-withdrawal", "mko-fears-us-withdrawal.pdf")).join("\n");
    expect(text).toMatch(/security forces\.”11\s+Notes\s+1\. Feller, Ben, AP/);
  }, 120_000);
});

describe("a book with endnotes", () => {
  const builds: Record<string, CliResult> = {};
  beforeAll(async () => {
    for (const [slug, lines] of [
      ["chapter-endnotes", "notePlacement: endnotes\n"],
      ["book-endnotes", "notePlacement: book-endnotes\nnotes: per-chapter\n"],
    ] as const) {
      const folder = bookCopy(slug, (yml) => `${yml}${lines}slug: ${slug}\n`);
      builds[slug] = await runCli("build.ts", [folder, "--out", out, "--epubcheck"]);
    }
  }, 300_000);

  it("sets each chapter's notes after its text, read back identical in the three editions, EPUBCheck silent", () => {
    const build = builds["chapter-endnotes"];
    expect(build?.stderr).toBe("");
    expect(build?.stdout).toContain("verified chapter-endnotes: 7 notes, 9 calls identical in the web edition, PDF and EPUB");
    expect(build?.stdout).toContain("EPUBCheck: 0 fatals / 0 errors / 0 warnings");
    const pages = pageTexts(join(out, "chapter-endnotes", "chapter-endnotes.pdf"));
    const firstChapterEnd = pages.find((text) => text.includes("More text for the first chapter")) ?? "";
    // The first chapter's notes follow its last paragraph, before the second chapter's page.
    expect(firstChapterEnd.replace(/\s+/g, " ")).toMatch(/with a note\.3 Notes 1\. First chapter, first note\. 2\. First chapter, lettered note, which calls another\.3 3\. First chapter, second numbered note\./);
    // No note is left at the foot of a page: each chapter opening shows its text only.
    const middle = pages.find((text) => firstLines(text)[0] === "The Middle") ?? "";
    expect(middle).not.toContain("Second chapter, its own note one.");
  });

  it("gathers every note at the end of the book, grouped by chapter when numbered per chapter, in a last EPUB file", async () => {
    const build = builds["book-endnotes"];
    expect(build?.stderr).toBe("");
    expect(build?.stdout).toContain("verified book-endnotes: 7 notes, 9 calls identical in the web edition, PDF and EPUB");
    expect(build?.stdout).toContain("EPUBCheck: 0 fatals / 0 errors / 0 warnings");
    const pages = pageTexts(join(out, "book-endnotes", "book-endnotes.pdf"));
    const notePages = pages.filter((text) => /^\d+\. /m.test(text));
    expect(notePages.map((text) => firstLines(text).slice(-1)[0])).toEqual(["The Start", "The Middle", "The End"]);
    expect(notePages[1]).toContain("1. Second chapter, its own note one.");
    const zip = await JSZip.loadAsync(readFileSync(join(out, "book-endnotes", "book-endnotes.epub")));
    const last = (await zip.file("OEBPS/chapter-04.xhtml")?.async("string")) ?? "";
    expect(last).toContain('<h2 class="notes-heading">Notes</h2>');
    expect(last).toContain('id="fn-4"');
    // Numbered per chapter, the notes stand under their chapters' titles, in order.
    expect([...last.matchAll(/<h3 class="notes-chapter">([^<]+)<\/h3>/g)].map((match) => match[1])).toEqual(["The Start", "The Middle", "The End"]);
    expect(last.indexOf('class="notes-chapter">The Middle')).toBeLessThan(last.indexOf('id="fn-4"'));
  });
});

describe("a book whose chapters are titled by number", () => {
  it("publishes: a chapter title keeping pace with the page numbers is no running head", async () => {
    // "Chapter 1" opens page 1 and "Chapter 2" page 2, at the height a running head would have.
    const folder = join(work, "numbered-titles");
    mkdirSync(join(folder, "ch"), { recursive: true });
    writeFileSync(join(folder, "book.yml"), "title: Numbered\nauthor: A. Writer\nchapters:\n  - ch/a.md\n  - ch/b.md\n  - ch/c.md\n");
    for (const [file, number] of [["a", 1], ["b", 2], ["c", 3]] as const) {
      writeFileSync(join(folder, "ch", `${file}.md`), `# Chapter ${number}\n\nThe chapter has one short paragraph and a note.[^${file}]\n\n[^${file}]: The note of chapter ${number}.\n`);
    }
    const build = await runCli("build.ts", [folder, "--out", join(work, "numbered-out")]);
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    expect(build.stdout).toContain("verified numbered-titles: 3 notes, 3 calls identical");
  }, 120_000);
});
