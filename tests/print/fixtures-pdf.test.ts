/**
 * Print edition fixtures read back from their PDFs: headings become a nested outline (A4),
 * notes in Persian, Arabic and German come out as text in the project's embedded faces (Letter).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import type { Article } from "../../scripts/lib/document/article.ts";
import type { PrintResult } from "../../scripts/lib/editions/print/print-edition.ts";
import { findCalls, fixturesDir, loadFixture, normalise, notesOnPage, pageTexts, pdfFonts, pdfInfo, printArticle, stextChars, tool, writePdf } from "./print-harness.ts";

let session: BrowserSession;
const rendered = new Map<string, { article: Article; result: PrintResult; file: string }>();

beforeAll(async () => {
  session = await BrowserSession.launch();
  for (const name of ["headings", "multilingual-notes"]) {
    const article = await loadFixture(name);
    const result = await printArticle(session, article);
    rendered.set(name, { article, result, file: writePdf(result.pdf, name) });
  }
}, 120_000);

afterAll(async () => {
  await session?.close();
});

function get(name: string): { article: Article; result: PrintResult; file: string } {
  const found = rendered.get(name);
  if (!found) throw new Error(`${name} was not rendered`);
  return found;
}

/** `mutool show outline` lines as [depth, title]; depth is the number of tabs before the title. */
function outline(file: string): Array<[number, string]> {
  return tool("mutool", ["show", file, "outline"])
    .split("\n")
    .filter((line) => line.includes('"'))
    .map((line) => {
      const match = /^[-|+]?(\t+)"(.*)"\t/.exec(line);
      return [match?.[1]?.length ?? 0, match?.[2] ?? line] as [number, string];
    });
}

describe("a fixture with ## and ### headings (A4)", () => {
  it("lists the title and every heading in the PDF outline, nested by level, spelt as written", () => {
    const { article, file } = get("headings");
    expect(outline(file)).toEqual([
      [1, article.meta.title],
      [2, "First Section"],
      [3, "A Subsection"],
      [2, "Second Section, With a Heading Long Enough to Wrap Onto a Second Line of the Page"],
    ]);
  });

  it("carries authors, keywords and the A4 size", () => {
    const info = pdfInfo(get("headings").file);
    expect(info.get("Author")).toBe("Jane Doe, Omid Karimi");
    expect(info.get("Keywords")).toBe("print, outline");
    expect(info.get("Page size")).toContain("(A4)");
    expect(info.get("Tagged")).toBe("yes");
  });

  it("numbers calls from a table cell, a quotation and a list as the model does, a repeated call printing its first number", () => {
    const { article, file } = get("headings");
    const calls = findCalls(stextChars(file)).map((call) => call.number);
    expect(calls).toEqual(article.notes.calls.map((call) => call.number));
    expect(calls).toEqual([1, 2, 3, 4, 5, 1]);
    const notes = notesOnPage(pageTexts(file, true)[0] ?? "", [1, 2, 3, 4, 5]);
    expect(notes.get(3)).toBe("A note called from a table cell.");
    expect(notes.get(2)).toBe("break-after: avoid on headings.");
    // Printed once, although cited twice.
    expect(pageTexts(file).join("").split("Chromium writes the bookmarks").length - 1).toBe(1);
  });

  it("uses only the project's faces, code included", () => {
    for (const font of pdfFonts(get("headings").file)) expect(font.name).toMatch(/^[A-Z]{6}\+SourceSerif4-/);
  });
});

describe("a fixture with Persian, Arabic and German in its notes (Letter)", () => {
  /** Arabic-script letters, presentation forms folded to the letters they show, as a sorted list. */
  const arabicLetters = (text: string): string =>
    [...text.normalize("NFKC")]
      .filter((char) => /[\u0600-\u06FF]/.test(char))
      .sort()
      .join("");

  it("comes out as text: German exactly, Persian and Arabic letter for letter", () => {
    const { file } = get("multilingual-notes");
    const text = pageTexts(file).join("\n");
    expect(text).toContain("Die Straßenbahnhaltestelle „Größenwahn“ in Köln, S. 12–14.");
    expect(text).toContain("„Übersicht“, Tehran Review 7 (2022): 112–130.");
    const source = readFileSync(join(fixturesDir, "multilingual-notes.md"), "utf8");
    const notesSource = source.slice(source.indexOf("[^fa]:"));
    expect(arabicLetters(notesSource).length).toBeGreaterThan(40);
    expect(arabicLetters(text)).toBe(arabicLetters(notesSource));
  });

  it("sets the Arabic-script names in the embedded Vazirmatn, on a Letter page", () => {
    const { file } = get("multilingual-notes");
    const fonts = pdfFonts(file);
    expect(fonts.some((font) => font.name.includes("Vazirmatn"))).toBe(true);
    for (const font of fonts) {
      expect(font.embedded && font.subset, font.name).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+(SourceSerif4|Vazirmatn)-/);
    }
    expect(pdfInfo(file).get("Page size")).toContain("(letter)");
  });

  it("keeps each note with its call", () => {
    const { file, result } = get("multilingual-notes");
    expect(result.pageCount).toBe(1);
    expect(findCalls(stextChars(file)).map((call) => call.number)).toEqual([1, 2, 3, 4]);
    const notes = notesOnPage(pageTexts(file, true)[0] ?? "", [2]);
    expect(notes.get(2)).toBe(normalise("Die Straßenbahnhaltestelle „Größenwahn“ in Köln, S. 12–14."));
  });
});
