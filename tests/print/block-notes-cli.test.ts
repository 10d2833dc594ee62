/**
 * Notes as authors write them, built through the real CLI and read back from the PDF: block
 * content in notes printed as blocks at the foot of the call's page (lists with their own
 * numbers indented past the notes' numbers, code line by line with long lines wrapped under
 * a hanging indent, tables row by row, quotations, headings, figures); no note call starting
 * a line; a paragraph made only of calls.
 * Every article must also pass the read-back and be published.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "../helpers/run-cli.ts";
import { callGlueMarkdown } from "./call-glue-article.ts";
import { linesStartingWithACall, pdfLines, type PdfLine } from "./line-starts.ts";
import { fixturesDir, pageTexts, pdfInfo, stextChars } from "./print-harness.ts";

const work = mkdtempSync(join(tmpdir(), "press-block-notes-"));
const out = join(work, "dist");
let build: CliResult;

const callsOnly = `---
title: Calls Alone
lang: en
date: 2024-05-02
slug: calls-alone
---

Some body text to begin with.

[^a][^b][^c]

More body text after.

[^a]: The first of three notes.
[^b]: The second of three notes.
[^c]: The third of three notes.
`;

beforeAll(async () => {
  const src = join(work, "src");
  mkdirSync(join(src, "figures"), { recursive: true });
  cpSync(join(fixturesDir, "block-notes.md"), join(src, "block-notes.md"));
  cpSync(join(fixturesDir, "figures", "bar.png"), join(src, "figures", "bar.png"));
  writeFileSync(join(src, "call-glue.md"), callGlueMarkdown(60).replace("---\n", "---\nslug: call-glue\n"));
  writeFileSync(join(src, "calls-alone.md"), callsOnly);
  build = await runCli("build.ts", [src, "--out", out]);
}, 300_000);

/** The published PDF of `slug`. */
function pdfOf(slug: string): string {
  return join(out, slug, `${slug}.pdf`);
}

/** Text of a line without spaces (the PDF's characters, as read by MuPDF). */
const compact = (line: PdfLine): string => line.chars.map((char) => char.c).join("");
const squeeze = (text: string): string => text.replace(/\s+/g, "");

function lineWith(lines: PdfLine[], text: string): PdfLine {
  const found = lines.find((line) => compact(line).includes(squeeze(text)));
  if (!found) throw new Error(`no line holds "${text}"`);
  return found;
}

const left = (line: PdfLine): number => line.chars[0]?.x ?? NaN;

describe("notes holding blocks", () => {
  let lines: PdfLine[];
  let noteSize: number;

  beforeAll(() => {
    lines = pdfLines(stextChars(pdfOf("block-notes")));
    noteSize = lineWith(lines, "A list follows:").chars[0]?.size ?? 0;
  });

  it("is laid out, printed, verified and published with the other articles", () => {
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/verified block-notes: 7 notes/);
    expect(existsSync(pdfOf("block-notes"))).toBe(true);
  });

  it("prints a list's own numbers at the start of its items, indented past the notes' numbers", () => {
    const note = lineWith(lines, "1. A list follows:");
    const first = lineWith(lines, "1. first item");
    const second = lineWith(lines, "2. second item");
    const nested = lineWith(lines, "1. nested one");
    // A reader tells an item's number from a note's by where it stands: a clear indent further in.
    expect(left(first) - left(note)).toBeGreaterThan(0.8 * noteSize);
    expect(left(second)).toBeCloseTo(left(first), 0);
    expect(left(nested) - left(first)).toBeGreaterThan(0.8 * noteSize);
    // The item's wrapped line hangs under the item's text, not under its number.
    const wrapped = lineWith(lines, "the hanging indent");
    expect(left(wrapped)).toBeGreaterThan(left(second) + 0.8 * noteSize);
    // The note's number starts the note's first line.
    expect(compact(note).startsWith("1.Alistfollows:")).toBe(true);
  });

  it("prints code line by line, indentation kept, a long line wrapped visibly and nothing past the edge", () => {
    const start = lineWith(lines, "const x = 1;");
    const indented = lineWith(lines, "indented();");
    expect(compact(start)).toBe("constx=1;");
    // Four spaces in: wider than half a note-size em in the text face.
    expect(left(indented)).toBeGreaterThan(left(start) + 0.5 * noteSize);
    // The long line goes on under a hanging indent, all of it printed.
    const lastPart = lineWith(lines, "argumentNumberTwo)");
    expect(left(lastPart)).toBeGreaterThan(left(start) + noteSize);
    expect(compact(lineWith(lines, "aVeryLongFunctionName"))).toContain("aVeryLongFunctionNameThatWillNotFitOnOneLine(");
    const width = Number(/([\d.]+) x/.exec(pdfInfo(pdfOf("block-notes")).get("Page size") ?? "")?.[1]);
    for (const char of [...lines.flatMap((line) => line.chars)]) expect(char.x).toBeLessThan(width);
    expect(compact(lineWith(lines, "deeper")).startsWith("deeper")).toBe(true);
  });

  it("prints a table row by row, header first, the right-aligned column to the right", () => {
    expect(compact(lineWith(lines, "Year Count Note"))).toBe("YearCountNote");
    const row = lineWith(lines, "2002");
    expect(compact(row)).toBe("2002345second,withalongercelltextthatwraps");
    // "12" and "345" end at the same x: the column is right-aligned.
    const endOf = (line: PdfLine, digits: string): number => {
      const text = compact(line);
      const index = text.indexOf(digits, 4);
      const char = line.chars[index + digits.length - 1];
      return char ? char.x : NaN;
    };
    expect(Math.abs(endOf(lineWith(lines, "2001"), "12") - endOf(row, "345"))).toBeLessThan(1.5);
  });

  it("prints quotations and headings inside the note, and a figure's caption", () => {
    const text = pageTexts(pdfOf("block-notes")).join("\n");
    for (const words of ["A quotation in a note, on two lines.", "A heading in a note", "Text after the heading.", "Figure 1. The trend.", "Tenth item of a list that starts at ten."]) {
      expect(text.replace(/\s+/g, " ")).toContain(words);
    }
    // A note that opens with a list keeps its number first.
    expect(text).toMatch(/^\s*7\.\s*\n?\s*A note that opens with a bullet\./m);
  });
});

describe("note calls", () => {
  it("never start a line, whatever the character before them", () => {
    expect(build.stdout).toContain("verified call-glue:");
    const lines = pdfLines(stextChars(pdfOf("call-glue")));
    expect(lines.length).toBeGreaterThan(100);
    expect(linesStartingWithACall(lines).map(compact)).toEqual([]);
  });

  it("in a paragraph of their own are printed, with their notes on the same page", () => {
    expect(build.stdout).toContain("verified calls-alone: 3 notes, 3 calls identical");
    const [page] = pageTexts(pdfOf("calls-alone"), true);
    expect(page).toMatch(/^\s*1,\s*2,\s*3\s*$/m);
    for (const [number, text] of [[1, "first"], [2, "second"], [3, "third"]] as const) expect(page).toMatch(new RegExp(`^\\s*${number}\\. The ${text} of three notes\\.`, "m"));
  });
});
