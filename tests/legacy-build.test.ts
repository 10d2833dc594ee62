/**
 * A legacy article nobody here wrote, from import to published editions: every note keeps
 * its number and its text exactly (straight apostrophes stay straight), and the build's own
 * read-back of all three editions passes. Then a legacy text made of what Markdown would read
 * as markup: the PDF shows every line of it as typed.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.ts";

const legacy = join(import.meta.dirname, "fixtures", "legacy", "winter-cycling.txt");

/** The trailing note list of the legacy text, read here with its own rules: `[n] text`, wrapped lines joined. */
function legacyNotes(): Map<number, string> {
  const notes = new Map<number, string>();
  let current: number | undefined;
  const lines = readFileSync(legacy, "utf8").split("\n");
  const start = lines.findIndex((line) => /^\[1\]/.test(line.trim()));
  for (const line of lines.slice(start)) {
    const note = /^\[(\d+)\]\s*(.*)$/.exec(line.trim());
    if (note) {
      current = Number(note[1]);
      notes.set(current, (note[2] ?? "").trim());
    } else if (current !== undefined && line.trim()) {
      notes.set(current, `${notes.get(current)} ${line.trim()}`);
    }
  }
  return notes;
}

describe("a legacy article, imported and built", () => {
  it("publishes every note with its number and text, and verifies", async () => {
    const work = mkdtempSync(join(tmpdir(), "press-legacy-"));
    const markdown = join(work, "winter-cycling.md");
    const imported = await runCli("import-legacy.ts", [legacy, "--out", markdown, "--slug", "winter-cycling"]);
    expect(imported.code, imported.stderr).toBe(0);
    const built = await runCli("build.ts", [markdown, "--out", join(work, "dist")]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toContain("verified winter-cycling: 7 notes");

    const html = readFileSync(join(work, "dist", "winter-cycling", "index.html"), "utf8");
    const shown = new Map(
      [...html.matchAll(/<li id="fn-(\d+)" class="note"><p><span class="note-number">\d+\.<\/span> (.*?) <a href="#fnref-/g)].map((m) => [
        Number(m[1]),
        (m[2] ?? "").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&"),
      ]),
    );
    const expected = legacyNotes();
    expect(expected.size).toBe(7);
    expect([...shown.keys()]).toEqual([...expected.keys()]);
    for (const [number, text] of expected) expect(shown.get(number)).toBe(text);
  }, 120_000);

  it("prints lines that look like Markdown exactly as the legacy text has them", async () => {
    const tricky = join(import.meta.dirname, "fixtures", "legacy", "markdown-lookalikes.txt");
    const work = mkdtempSync(join(tmpdir(), "press-lookalikes-"));
    const markdown = join(work, "markdown-lookalikes.md");
    const imported = await runCli("import-legacy.ts", [tricky, "--out", markdown, "--slug", "markdown-lookalikes"]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toBe("");
    const built = await runCli("build.ts", [markdown, "--out", join(work, "dist")]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toContain("verified markdown-lookalikes: 3 notes");

    // -layout keeps each printed line apart (plain pdftotext joins a line ending in "-" to the
    // next); soft hyphens are the print edition's hyphenation points, not text.
    const pdfPath = join(work, "dist", "markdown-lookalikes", "markdown-lookalikes.pdf");
    const pdf = execFileSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" }).replace(/\u00AD/gu, "");
    const printed = new Set(pdf.split("\n").map((line) => line.trim()));
    // Each legacy paragraph is one printed line: its lines joined by a space, each call `[n]`
    // printed as a raised n against the text before it.
    const legacy = readFileSync(tricky, "utf8");
    const paragraphs = legacy
      .slice(legacy.indexOf("\n\n") + 2, legacy.indexOf("\n\n\n\n"))
      .split(/\n\n/u)
      .map((paragraph) => paragraph.split("\n").map((line) => line.trim()).join(" ").replace(/ ?\[([1-3])\]/gu, "$1"));
    expect(paragraphs).toHaveLength(20);
    for (const paragraph of paragraphs) expect(printed, paragraph).toContain(paragraph);
    // The notes, after their numbers, as typed.
    expect(pdf).toContain("*Stars*, `ticks`, &copy; and -- 'quotes'");
    expect(pdf).toContain("# still the note: 1. * - > | ~~ _x_");
    expect(pdf).toContain("See [source]: http://example.com/a_b_c and (c) ...");
    rmSync(work, { recursive: true, force: true });
  }, 120_000);
});
