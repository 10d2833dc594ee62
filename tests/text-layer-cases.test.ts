/**
 * Text the PDF's text layer shows unusually, through the real CLI (tests/fixtures/text-layer-cases).
 * Calls
 * - after a letter made of several characters (the conjunct प्र, the Thai น้ำ, an emoji family,
 *   a flag, a letter typed with combining marks). The print page keeps a call on the line of the
 *   character before it; cut inside such a letter, its last characters reached the text layer
 *   with no glyph of their own (the र of प्र was lost), and the read-back refused the article.
 * - after an image, which the text layer does not show: the call's line held no text before
 *   it, and a lone small icon split MuPDF's line so that the call opened a line of its own,
 *   read as a note's number.
 * - an editor's initial in a right-to-left script in an English note ("ed. פ. לחובר"): the text
 *   layer set the initial's full stop before the whole name, and the read-back refused the note.
 * - Chinese names on justified English lines: Chromium spaced out their characters (福 澤 諭 吉),
 *   which no search then found.
 * - a run of code with no space longer than a page (a manifest of checksums on one line):
 *   Paged.js cut it at a letter and lost the line the page's foot went through, and a code
 *   block of one such line was kept whole, past the foot of its page.
 * - subscripts in notes (CaCO~3~, H<sub>2</sub>O), the last note's among them: a subscript starts
 *   lower than its line, Paged.js cut the note before it on every page without end, and the
 *   layout never finished.
 * - a note whose last line is mostly <small> words: the read-back took that line for no note's,
 *   and found the note missing from the PDF.
 * - a contents page whose headings call notes, within their words or twice at their end: the
 *   read-back took the call's number or the comma between two calls for the heading's words.
 * - a table in a note whose first cell takes three lines beside a one-line cell set against its
 *   middle line: the first cell's last line, at the note's own left edge, was read as the
 *   note's text after the table, and the read-back refused the note.
 * - a table in a note longer than the page's foot holds: it went on at the next page's foot
 *   without its header row; printed again there, the header is read past by the read-back.
 * - a line with no letter, a year then four calls ("2019.⁸,⁹,¹⁰,¹¹") or a table row of figures
 *   calling a note past 9: the calls' digits outnumbered the year's, their size was taken for
 *   the line's text size, and the read-back found the calls missing.
 * - Indic and Southeast Asian words whose cluster has fewer glyphs than letters (राष्ट्रीय,
 *   স্বাস্থ্য, Khmer ព្រះ, Burmese ကြီး) in notes and a contents entry: MuPDF read the cluster's last
 *   letters twice, and the read-back refused a PDF that prints them right.
 * Each article but cjk-names-justified was refused or lost text before its fix; each must publish, and its PDF read as written.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../scripts/lib/project-paths.ts";
import { runCli, type CliResult } from "./helpers/run-cli.ts";

const fixtures = join(projectRoot, "tests", "fixtures", "text-layer-cases");
const work = mkdtempSync(join(tmpdir(), "press-clusters-"));
const out = join(work, "out");
const pdfText = (slug: string, ...options: string[]): string => execFileSync("pdftotext", [...options, join(out, slug, `${slug}.pdf`), "-"], { encoding: "utf8" }).normalize("NFC");

describe("text the PDF's text layer shows unusually", () => {
  let build: CliResult;

  beforeAll(async () => {
    build = await runCli("build.ts", [fixtures, "--out", out], { PRESS_CACHE_DIR: join(work, ".cache") });
  }, 300_000);

  it("publish, their notes read back identical", () => {
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    expect(build.stdout).toContain("verified clusters: 8 notes, 8 calls identical");
    expect(build.stdout).toContain("verified images: 5 notes, 5 calls identical");
    expect(build.stdout).toContain("verified icon: 1 note, 1 call identical");
    expect(build.stdout).toContain("verified editor-initials: 2 notes, 2 calls identical");
    expect(build.stdout).toContain("verified cjk-names-justified: 1 note, 1 call identical");
    expect(build.stdout).toContain("verified long-code-runs: 2 notes, 2 calls identical");
    expect(build.stdout).toContain("verified subscript-notes: 2 notes, 2 calls identical");
    expect(build.stdout).toContain("verified small-words-in-notes: 2 notes, 2 calls identical");
    expect(build.stdout).toContain("verified contents-heading-calls: 3 notes, 3 calls, 2 contents entries identical");
    expect(build.stdout).toContain("verified note-table-wrapped-cells: 2 notes, 2 calls identical");
    expect(build.stdout).toContain("verified note-long-table: 2 notes, 2 calls identical");
    expect(build.stdout).toContain("verified calls-on-figures: 13 notes, 13 calls identical");
    expect(build.stdout).toContain("verified indic-conjuncts: 6 notes, 6 calls, 2 contents entries identical");
  });

  it("keep every letter before a call in the PDF's text layer, the call right after it", () => {
    const text = pdfText("clusters");
    for (const [letter, number] of [["प्र", 1], ["ক্ষ", 2], ["น้ำ", 3], ["கொ", 4], ["👍🏽", 7], ["Việt", 8]] as const) {
      expect(text, letter).toContain(`${letter}${number}`);
    }
    // pdftotext sets a space after a wide emoji's glyph; what matters is that no part is lost.
    for (const [letter, number] of [["👨‍👩‍👧", 5], ["🇫🇷", 6]] as const) expect(text, letter).toMatch(new RegExp(`${letter} ?${number}`, "u"));
  });

  it("print the call after a small image on the image's line, in its text", () => {
    expect(pdfText("images", "-layout")).toMatch(/press the 1 button to start/);
  });

  it("sets the characters of a Chinese name on a justified English line close, as written", () => {
    const text = pdfText("cjk-names-justified").replace(/\s+/g, " ");
    for (const name of ["福澤諭吉", "魯迅", "社會", "狂人日記"]) expect(text, name).toContain(name);
  });

  it("keeps every letter of a code run with no space that the page's foot cuts", () => {
    const source = readFileSync(join(fixtures, "long-code-runs.md"), "utf8");
    const run = /```\n(\S+)\n```/u.exec(source)?.[1] ?? "";
    expect(run.length).toBeGreaterThan(4000);
    const text = pdfText("long-code-runs");
    expect(text.split("\f").length - 1, "pages").toBeGreaterThanOrEqual(2);
    // The run's lines, folios (a digit or two) left out.
    const lines = text.split("\n").filter((line) => /^[0-9a-f]{5,}$/u.test(line));
    expect(lines.join("")).toBe(run);
    const path = /under `([^`]+)`/u.exec(source)?.[1] ?? "";
    expect(text.replace(/\s+/gu, "")).toContain(path);
  });

  it("sets a note holding a subscript whole at the foot of its call's page", () => {
    const pages = pdfText("subscript-notes").split("\f");
    expect(pages[0]).toContain("2. He wrote each sample as H2O with what he found in it, and the date.");
    expect(pages[0]).toContain("rich in CaCO3, which the brewers");
  });

  it("repeats a note's table header where the table goes on at the next page's foot", () => {
    const pages = pdfText("note-long-table", "-layout").split("\f");
    const continued = pages.findIndex((page) => page.includes("(continued)"));
    expect(continued).toBeGreaterThan(0);
    expect(pages[continued]).toMatch(/\(continued\)\s+Year\s+Item\s+Tons\s+19\d\d\s+Shipment/);
  });
});
