/**
 * A legacy article nobody here wrote, from import to published editions: every note keeps
 * its number and its text (straight apostrophes become typographic ones, as in the body),
 * and the build's own read-back of all three editions passes.
 */
import { mkdtempSync, readFileSync } from "node:fs";
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
      [...html.matchAll(/<li id="fn-(\d+)" class="note" role="doc-endnote"><p><span class="note-number">\d+\.<\/span> (.*?) <a href="#fnref-/g)].map((m) => [
        Number(m[1]),
        (m[2] ?? "").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&"),
      ]),
    );
    const expected = legacyNotes();
    expect(expected.size).toBe(7);
    expect([...shown.keys()]).toEqual([...expected.keys()]);
    for (const [number, text] of expected) expect(shown.get(number)).toBe(text.replace(/'/g, "’"));
  }, 120_000);
});
