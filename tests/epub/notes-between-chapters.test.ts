/**
 * A book whose note definitions sit between its chapters (and at the top, in the middle of a
 * run of paragraphs, inside other notes, called from an inline note), built through the CLI as
 * a user builds it. Its EPUB must pass EPUBCheck clean, and every link a reader can follow
 * must land: each call on the aside of the note with its number, each backlink on a call of
 * that note. Such a book once built "verified" with 308 EPUBCheck errors: notes in the wrong
 * chapter files, backlinks leading nowhere.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runEpubcheck, type EpubcheckResult } from "../../scripts/lib/verify/epubcheck.ts";
import { runCli, type CliResult } from "../helpers/run-cli.ts";
import { betweenChaptersBook } from "./between-chapters-book.ts";
import { openEpub, type OpenedEpub } from "./epub-reader.ts";
import { findAll, textOf, type XmlElement } from "./xhtml-reader.ts";

const slug = "notes-between-chapters";
const work = mkdtempSync(join(tmpdir(), "notes-between-"));
const generated = betweenChaptersBook();
let build: CliResult;
let check: EpubcheckResult | undefined;
let opened: OpenedEpub | undefined;

/** The built EPUB; a build that failed before writing it fails every test with its own message. */
function book(): OpenedEpub {
  if (!opened) throw new Error(`the build wrote no EPUB:\n${build.stderr}`);
  return opened;
}

interface Located {
  file: string;
  element: XmlElement;
}

const isCall = (e: XmlElement): boolean => e.name === "a" && e.attributes["epub:type"] === "noteref";
const isNote = (e: XmlElement): boolean => e.name === "aside" && e.attributes["epub:type"] === "footnote";
const isBacklink = (e: XmlElement): boolean => e.attributes.role === "doc-backlink";

const everything = (predicate: (e: XmlElement) => boolean): Located[] =>
  book().documents.flatMap((doc) => findAll(doc.root, predicate).map((element) => ({ file: doc.href, element })));

/** The element a link written in `from` leads to, following the href's file and fragment as a reader does. */
function follow(from: string, href: string): Located | undefined {
  const [path = "", id] = href.split("#");
  const file = path === "" ? from : posix.normalize(posix.join(posix.dirname(from), decodeURIComponent(path)));
  const doc = book().documents.find((d) => d.href === file);
  const element = doc ? findAll(doc.root, (e) => e.attributes.id === id)[0] : undefined;
  return doc && element ? { file, element } : undefined;
}

/** The number an aside shows: its first backlink's text. */
const noteNumber = (aside: XmlElement): string => textOf(findAll(aside, isBacklink)[0] ?? aside).trim();

beforeAll(async () => {
  const source = join(work, `${slug}.md`);
  writeFileSync(source, generated.markdown);
  build = await runCli("build.ts", [source, "--out", join(work, "dist")]);
  // A book the verifier refused is kept aside: its EPUB is still worth checking on its own.
  const file = [join(work, "dist", slug), join(work, "dist", ".rejected", slug)].map((dir) => join(dir, `${slug}.epub`)).find((path) => existsSync(path)) ?? "";
  if (file) [check, opened] = await Promise.all([runEpubcheck(file), openEpub(readFileSync(file))]);
}, 240_000);

describe("a book with its note definitions between chapters", () => {
  it("builds and is verified", () => {
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    expect(build.stdout).toContain(`verified ${slug}: ${generated.notes} notes, ${generated.calls} calls identical`);
  });

  it("passes EPUBCheck with no error and no warning", () => {
    book();
    expect(check?.messages).toEqual([]);
    expect([check?.status, check?.fatals, check?.errors, check?.warnings]).toEqual(["passed", 0, 0, 0]);
  });

  it("has one aside per note and every call the source makes", () => {
    expect(everything(isNote)).toHaveLength(generated.notes);
    expect(everything(isCall)).toHaveLength(generated.calls);
  });

  it("sends every call to the aside of the note with its number", () => {
    for (const { file, element } of everything(isCall)) {
      const number = textOf(element).trim();
      const target = follow(file, element.attributes.href ?? "");
      expect(target, `call ${number} in ${file} → ${element.attributes.href}`).toBeDefined();
      expect(target && isNote(target.element)).toBe(true);
      expect(target && noteNumber(target.element)).toBe(number);
    }
  });

  it("sends every backlink to a call of its note", () => {
    for (const { file, element } of everything(isNote)) {
      const number = noteNumber(element);
      const backlinks = findAll(element, isBacklink);
      expect(backlinks.length).toBeGreaterThan(0);
      for (const link of backlinks) {
        const target = follow(file, link.attributes.href ?? "");
        expect(target, `backlink of note ${number} in ${file} → ${link.attributes.href}`).toBeDefined();
        expect(target && isCall(target.element)).toBe(true);
        expect(target && textOf(target.element).trim()).toBe(number);
      }
    }
  });

  it("keeps each note in the file of its first call, even a first call inside another note", () => {
    const calls = everything(isCall);
    for (const { file, element } of everything(isNote)) {
      const first = calls.find((call) => call.element.attributes.id === `fnref-${noteNumber(element)}`);
      expect(first?.file, `note ${noteNumber(element)}`).toBe(file);
    }
    // Chapter files are numbered from 00 (the title); each chapter's 11 notes live in its file.
    const inChapter = (n: number): number => everything(isNote).filter(({ file }) => file === `chapter-${String(n).padStart(2, "0")}.xhtml`).length;
    // Chapter 1 adds the note defined at the top, 2 the note called again in 9, 5 the note first
    // called inside its first note, 7 the inline note and the note it calls.
    expect([1, 2, 4, 5, 7, 9, 30].map(inChapter)).toEqual([12, 12, 11, 12, 13, 11, 11]);
  });
});
