import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Diagnostic } from "../errors.ts";
import { decodeLegacyBytes } from "./legacy-encoding.ts";
import { importLegacyText, type LegacyImportOptions } from "./legacy-notes.ts";

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "../../../tests/fixtures/legacy");

function run(text: string, options: Partial<LegacyImportOptions> = {}) {
  return importLegacyText(text, { sourceName: "legacy.txt", ...options });
}

/** Lines of `text` joined with "\n", so tests read like the files they imitate. */
function doc(...lines: string[]): string {
  return lines.join("\n");
}

function body(markdown: string): string {
  const afterFrontMatter = markdown.replace(/^---\n[\s\S]*?\n---\n\n/u, "");
  // A definition's later paragraphs are indented under it: theirs too, and the blank lines between.
  let inDefinition = false;
  const kept = afterFrontMatter.split("\n").filter((line) => {
    if (/^\[\^\d+\]:/u.test(line)) inDefinition = true;
    else if (line !== "" && !line.startsWith("    ")) inDefinition = false;
    return !inDefinition;
  });
  return kept.join("\n").trim();
}

function definitions(markdown: string): Array<[number, string]> {
  return [...markdown.matchAll(/^\[\^(\d+)\]: ?(.*)$/gmu)].map((m) => [Number(m[1]), m[2] ?? ""]);
}

function frontMatter(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/u.exec(markdown);
  if (!match) throw new Error(`no front matter in:\n${markdown}`);
  return parse(match[1] ?? "") as Record<string, unknown>;
}

function brief(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.severity} ${d.location?.line ?? "-"}: ${d.message}`);
}

const errors = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity === "error");

describe("note calls", () => {
  it("gives a call glued to the next word the space a reader expects", () => {
    const result = run(doc("T", "", "the government.”[7]There’s no doubt[8]2011 was hard.", "", "[7] a", "[8] b"));
    expect(body(result.markdown)).toBe("the government.”[^7] There’s no doubt[^8] 2011 was hard.");
  });

  it("adds no space before closing punctuation or a following call", () => {
    const result = run(doc("T", "", "one[1], two[2][3].", "", "[1] a", "[2] b", "[3] c"));
    expect(body(result.markdown)).toBe("one[^1], two[^2][^3].");
  });

  it("removes the space before a call so it attaches to the preceding text", () => {
    const result = run(doc("T", "", "will be over.” [1] Obama spoke. Maliki told reporters. [2]", "", "[1] a", "", "[2] b"));
    expect(body(result.markdown)).toBe("will be over.”[^1] Obama spoke. Maliki told reporters.[^2]");
  });

  it("leaves editorial brackets untouched", () => {
    const text = "after the end of the [withdrawal] period.”[1] the alleged “inhuman siege [of Camp Ashraf] by Iran [sic]”";
    const result = run(doc("T", "", text, "", "[1] a"));
    expect(body(result.markdown)).toBe(text.replace("[1]", "[^1]"));
    expect(result.diagnostics).toEqual([]);
  });

  it("leaves a bracketed year untouched, inside a paragraph and opening the last one", () => {
    const result = run(doc("T", "", "In [2012] it changed.[1]", "", "[2012] The year of the move.[2]", "", "[1] a", "[2] b"));
    expect(body(result.markdown)).toBe("In [2012] it changed.[^1]\n\n[2012] The year of the move.[^2]");
    expect(definitions(result.markdown)).toEqual([[1, "a"], [2, "b"]]);
    expect(result.diagnostics).toEqual([]);
  });

  it("does not turn a call that opens a line into a definition", () => {
    const result = run(doc("T", "", "Text", "[1]: more", "", "[1] a"));
    expect(body(result.markdown)).toBe("Text\n[^1]\\: more");
  });

  it("escapes what Markdown would read as markup, so the text shows as written", () => {
    const text = "reports *The Wall Street Journal*. She adds, ''on two occasions — his *fedayeen*.”[1]  ";
    const result = run(doc("T", "", text, "", "[1] a"));
    // Trailing spaces would be a hard break; a reader never sees them.
    expect(body(result.markdown)).toBe("reports \\*The Wall Street Journal\\*. She adds, \\'\\'on two occasions — his \\*fedayeen\\*.”[^1]");
  });

  it("escapes lines that would open a block, and note texts alike", () => {
    const result = run(doc("T", "", "# one", "1984.", "    code", "> quote", "---", "", "[1] - a list? no", "", "Text.[1]", "", "[1] 1. *b* & (c)"));
    // The indented line opens a paragraph (a typewritten paragraph's first line), not a code block.
    expect(body(result.markdown)).toBe("\\# one\n1984\\.\n\ncode\n\\> quote\n\\-\\-\\-\n\n[^1] - a list? no\n\nText.[^1]");
    expect(result.markdown).toContain("[^1]: 1\\. \\*b\\* \\& \\(c)\n");
  });
});

describe("note list", () => {
  it("takes the list under a heading line (Notes:, References, Anmerkungen), glued to it or not, and leaves the heading out of the body", () => {
    for (const heading of ["Notes:", "NOTES", "References", "Endnotes:", "Anmerkungen", "منابع"]) {
      for (const list of [
        [heading, "[1] A source", "[2] ibid"],
        [heading, "", "[1] A source", "", "[2] ibid"],
      ]) {
        const result = run(doc("Title", "", "First.[1] Second.[2]", "", ...list));
        expect(brief(result.diagnostics), heading).toEqual([]);
        expect(body(result.markdown), heading).toBe("First.[^1] Second.[^2]");
        expect(definitions(result.markdown), heading).toEqual([
          [1, "A source"],
          [2, "ibid"],
        ]);
      }
    }
    // Windows line ends and a byte order mark, as old word processors save text.
    const windows = run("\uFEFFTitle\r\n\r\nText.[1]\r\n\r\nNotes:\r\n[1] Minutes, 3 May 2011\r\n");
    expect(brief(windows.diagnostics)).toEqual([]);
    expect(definitions(windows.markdown)).toEqual([[1, "Minutes, 3 May 2011"]]);
  });

  it("takes a list numbered as word processors save one (1. or 1)) under a notes heading", () => {
    for (const [one, two] of [["1.", "2."], ["1)", "2)"]]) {
      const result = run(doc("Title", "", "First.[1] Second [2].", "", "Notes", "", `${one} Smith, A Book,`, "   12.", `${two} Ibid., 14.`));
      expect(brief(result.diagnostics), one).toEqual([]);
      expect(body(result.markdown), one).toBe("First.[^1] Second[^2].");
      expect(definitions(result.markdown), one).toEqual([
        [1, "Smith, A Book, 12."],
        [2, "Ibid., 14."],
      ]);
    }
  });

  it("leaves a numbered list in the body when no notes heading stands above it, it is not last, or nothing calls [1]", () => {
    const unheaded = run(doc("Title", "", "First.[1]", "", "1. A step", "2. Another"));
    expect(definitions(unheaded.markdown)).toEqual([]);
    expect(errors(unheaded.diagnostics).map((d) => d.location?.line)).toEqual([3]);
    const notLast = run(doc("Title", "", "First.[1]", "", "Sources", "", "1. A step", "", "A closing paragraph.", "", "[1] The note"));
    expect(definitions(notLast.markdown)).toEqual([[1, "The note"]]);
    expect(body(notLast.markdown)).toContain("A closing paragraph.");
    const uncalled = run(doc("Title", "", "No calls here.", "", "Sources", "", "1. A step", "2. Another"));
    expect(definitions(uncalled.markdown)).toEqual([]);
    expect(body(uncalled.markdown)).toContain("A step");
  });

  it("takes notes copied with superscript figures (calls June.¹, a list of ¹ lines) under a notes heading", () => {
    const result = run(doc("Title", "", "The wells failed in June.¹ The herds moved south,² and back.¹⁰", "", "Notes", "", "¹ Field notes,", "  3 June 1998.", "²Interview.", ...Array.from({ length: 8 }, (_, index) => `${"³⁴⁵⁶⁷⁸⁹"[index] ?? "¹⁰"} Note ${index + 3}.`)));
    // Notes 3 to 9 are listed and never called: warned about, as for any list.
    expect(brief(result.diagnostics).filter((line) => !line.includes("is never called"))).toEqual([]);
    expect(body(result.markdown)).toBe("The wells failed in June.[^1] The herds moved south,[^2] and back.[^10]");
    expect(definitions(result.markdown).slice(0, 2)).toEqual([
      [1, "Field notes, 3 June 1998."],
      [2, "Interview."],
    ]);
    expect(definitions(result.markdown).map(([number]) => number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("leaves superscripts that are powers or units' powers as typed, and says so of one with no note", () => {
    const result = run(doc("Title", "", "A field of 10⁶ volts over 5 km² and 20 m³.¹ Then³ again.", "", "Notes", "", "¹ The source."));
    expect(body(result.markdown)).toBe("A field of 10⁶ volts over 5 km² and 20 m³.[^1] Then³ again.");
    expect(brief(result.diagnostics)).toEqual(["warning 3: superscript ³ has no note 3 in the note list; it is left as typed"]);
  });

  it("takes no superscript list without a notes heading above it, nor when the text has no ¹", () => {
    expect(definitions(run(doc("Title", "", "Text.¹", "", "¹ A line.")).markdown)).toEqual([]);
    expect(definitions(run(doc("Title", "", "Text.", "", "Notes", "", "¹ A line.")).markdown)).toEqual([]);
  });

  it("keeps a line that reads like a heading but stands in the body, away from the list", () => {
    const result = run(doc("Title", "", "Sources", "", "They spoke.[1]", "", "[1] A source"));
    expect(body(result.markdown)).toBe("Sources\n\nThey spoke.[^1]");
  });

  it("joins wrapped notes, indented or glued under the note, with one space", () => {
    const result = run(
      doc("T", "", "Body.[1] More.[2]", "", "[1] Feller, Ben, AP,", "    Obama Complete Troop", "\tWithdrawal, 2011", "[2] Dagher, Sam,", "Wall Street Journal"),
    );
    expect(definitions(result.markdown)).toEqual([
      [1, "Feller, Ben, AP, Obama Complete Troop Withdrawal, 2011"],
      [2, "Dagher, Sam, Wall Street Journal"],
    ]);
    expect(result.noteCount).toBe(2);
  });

  it("keeps an indented continuation after a blank line as the note's second paragraph", () => {
    const result = run(doc("T", "", "Body.[1][2]", "", "[1] first part", "", "    second part", "", "[2] b"));
    expect(definitions(result.markdown)).toEqual([[1, "first part"], [2, "b"]]);
    expect(result.markdown).toContain("[^1]: first part\n\n    second part\n[^2]: b");
  });

  it("keeps a body paragraph opening with a small bracketed number in the body", () => {
    const result = run(doc("T", "", "a[1] b[2] c[3]", "", "[4] Fourth, the camp.", "", "[1] w", "[2] x", "[3] y", "[4] z"));
    expect(body(result.markdown)).toBe("a[^1] b[^2] c[^3]\n\n[^4] Fourth, the camp.");
    expect(definitions(result.markdown)).toEqual([[1, "w"], [2, "x"], [3, "y"], [4, "z"]]);
    expect(result.diagnostics).toEqual([]);
  });

  it("starts a list that lacks [1] at the first number that can begin it", () => {
    const result = run(doc("T", "", "a[2] b[3]", "", "[2012] Year paragraph.", "", "[2] x", "[3] y"));
    expect(body(result.markdown)).toBe("a[^2] b[^3]\n\n[2012] Year paragraph.");
    expect(definitions(result.markdown)).toEqual([[2, "x"], [3, "y"]]);
    expect(result.diagnostics).toEqual([]);
  });

  it("reads notes not separated by blank lines, and notes glued to their number", () => {
    const result = run(doc("T", "", "A[1] b[2] c[3]", "", "[1] one", "[2]two", "   [3]   three   "));
    expect(definitions(result.markdown)).toEqual([[1, "one"], [2, "two"], [3, "three"]]);
  });

  it("keeps ibid variants exactly as written", () => {
    const result = run(doc("T", "", "a[1] b[2] c[3] d[4] e[5]", "", "[1] Source", "[2] ibid", "[3] Ibid.", "[4] ibid., 118", "[5] Ibidem"));
    expect(definitions(result.markdown).map(([, text]) => text)).toEqual(["Source", "ibid", "Ibid.", "ibid., 118", "Ibidem"]);
  });

  it("separates definitions from the body by a blank line, one per line", () => {
    const result = run(doc("T", "", "Body.[1][2]", "", "", "", "[1] a", "", "[2] b"));
    expect(result.markdown.endsWith("Body.[^1][^2]\n\n[^1]: a\n[^2]: b\n")).toBe(true);
  });

  it("keeps a body paragraph glued above a [n] line in the body", () => {
    const result = run(doc("T", "", "Last paragraph", "[1] still the paragraph", "", "[1] note"));
    expect(body(result.markdown)).toBe("Last paragraph\n[^1] still the paragraph");
    expect(definitions(result.markdown)).toEqual([[1, "note"]]);
  });

  it("imports a text with no notes as body only", () => {
    const result = run(doc("T", "", "Only [sic] body."));
    expect(result).toMatchObject({ noteCount: 0, diagnostics: [] });
    expect(result.markdown.endsWith("\n\nOnly [sic] body.\n")).toBe(true);
  });
});

describe("diagnostics", () => {
  it("reports a call with no note as an error at the call's line", () => {
    const result = run(doc("T", "", "a[1]", "", "b[5] and [2012]", "", "[1] x", "[2] y", "[3] z", "[4] w"));
    expect(brief(errors(result.diagnostics))).toEqual(["error 5: note call [5] has no note in the note list"]);
    expect(result.diagnostics[0]?.location).toEqual({ file: "legacy.txt", line: 5 });
  });

  it("warns about a note never called, at the note's line", () => {
    const result = run(doc("T", "", "a[1]", "", "[1] x", "[2] y"));
    expect(brief(result.diagnostics)).toEqual(["warning 6: note [2] is never called in the text"]);
  });

  it("warns when calls first appear out of order", () => {
    const result = run(doc("T", "", "a[1] b[2]", "c[4] d[3] e[5] f[3]", "", "[1] x", "[2] x", "[3] x", "[4] x", "[5] x"));
    expect(brief(result.diagnostics)).toEqual(["warning 4: note call [4] appears before [3]"]);
  });

  it("reports a note number listed twice as an error at the second", () => {
    const result = run(doc("T", "", "a[1] b[2]", "", "[1] x", "[2] y", "", "[2] z"));
    expect(brief(result.diagnostics)).toEqual(["error 8: note [2] is listed twice (first at line 6)"]);
    const uncalled = run(doc("T", "", "a[1]", "", "[1] x", "[2] y", "[2] z"));
    expect(brief(uncalled.diagnostics)).toEqual([
      "warning 6: note [2] is never called in the text",
      "error 7: note [2] is listed twice (first at line 6)",
    ]);
  });

  it("reports note numbers that cannot be note numbers, with their lines, never gluing them onto a note", () => {
    const result = run(doc("T", "", "a[1] b[2]", "", "[1] one", "[01] zero-one", "[2] two", "[99999999999999999999] huge", "", "[007] seven"));
    expect(brief(result.diagnostics)).toEqual([
      "error 6: note number [01] has a leading zero: it repeats note [1] (line 5)",
      "error 8: note number [99999999999999999999] is too large: a note number has at most 6 digits",
      "error 10: note number [007] has a leading zero; write [7]",
    ]);
    expect(definitions(result.markdown)).toEqual([[1, "one"], [2, "two"]]);
  });

  it("keeps the notes after a [0] or [-1] in the list, and reports that number", () => {
    for (const bad of ["[0]", "[-1]", "[+1]"]) {
      const glued = run(doc("T", "", "a[1] b[2]", "", `${bad} nothing`, "[1] one", "[2] two"));
      const apart = run(doc("T", "", "a[1] b[2]", "", "[1] one", "", `${bad} nothing`, "", "[2] two"));
      for (const [result, line] of [[glued, 5], [apart, 7]] as const) {
        expect(errors(result.diagnostics).map((d) => [d.location?.line, d.code])).toEqual([[line, "legacy-bad-note-number"]]);
        expect(definitions(result.markdown)).toEqual([[1, "one"], [2, "two"]]);
      }
    }
    expect(brief(run(doc("T", "", "a[1]", "", "[0] zero", "[1] one")).diagnostics)).toEqual([
      "error 5: note number [0] is not a positive whole number; notes are numbered from [1]",
    ]);
    expect(brief(run(doc("T", "", "a[1]", "", "[1] one", "[+1] plus")).diagnostics)).toEqual([
      "error 6: note number [+1] has a sign: it repeats note [1] (line 5)",
    ]);
  });

  it("leaves a body paragraph with an odd bracketed number in the body", () => {
    const result = run(doc("T", "", "[0] is where arrays start, [-1] where they end.", "", "Then[1] more.", "", "[1] one"));
    expect(result.diagnostics).toEqual([]);
    expect(body(result.markdown)).toContain("[0] is where arrays start, [-1] where they end.");
  });

  it("warns about a note list out of order", () => {
    const result = run(doc("T", "", "a[1] b[2] c[3]", "", "[1] x", "[3] y", "[2] z"));
    expect(brief(result.diagnostics)).toEqual(["warning 7: note [2] is listed after [3]"]);
  });

  it("reports an empty file", () => {
    for (const text of ["", "\n\n  \n", "\uFEFF"]) {
      expect(brief(run(text).diagnostics)).toEqual(["error 1: file is empty"]);
    }
  });

  it("reports a file with no body, pointing at the title", () => {
    expect(brief(run("\nTitle only\n").diagnostics)).toEqual(["error 2: no body text after the title"]);
    expect(brief(run(doc("Title", "", "[1] a note")).diagnostics)).toContain("error 1: no body text between the title and the note list");
  });

  it("counts lines the same with CRLF line endings", () => {
    const result = run("T\r\n\r\nbody[2]\r\n\r\n[1] x\r\n");
    expect(brief(result.diagnostics)).toEqual(["error 3: note call [2] has no note in the note list", "warning 5: note [1] is never called in the text"]);
    expect(result.markdown).not.toContain("\r");
  });

  it("reports non-UTF-8 bytes with their line", () => {
    const bytes = Buffer.concat([Buffer.from("Title\n\nCaf"), Buffer.from([0xe9]), Buffer.from(" ok\r\nfine\nbad "), Buffer.from([0xc0, 0xaf])]);
    expect(brief(decodeLegacyBytes(bytes, "x.txt").diagnostics)).toEqual([
      "error 3: invalid UTF-8 byte 0xE9; save the file as UTF-8",
      "error 5: invalid UTF-8 byte 0xC0; save the file as UTF-8",
    ]);
    expect(brief(decodeLegacyBytes(Buffer.from([0xff, 0xfe, 0x41, 0]), "x.txt").diagnostics)).toEqual(["error 1: file is UTF-16; save it as UTF-8"]);
    expect(decodeLegacyBytes(Buffer.from("\uFEFFTitle ‹ok›"), "x.txt")).toEqual({ text: "Title ‹ok›", diagnostics: [] });
  });

  it("rejects overlong forms, surrogates and code points past U+10FFFF", () => {
    for (const bad of [[0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf0, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc1, 0xbf], [0xe2, 0x82]]) {
      const { diagnostics } = decodeLegacyBytes(Buffer.from([0x54, 0x0a, ...bad]), "x.txt");
      expect(brief(diagnostics), bad.join(" ")).toHaveLength(1);
      expect(diagnostics[0]?.location?.line).toBe(2);
    }
  });

  it("caps encoding errors for a file that is wholly in another encoding", () => {
    const latin1 = Buffer.from(Array.from({ length: 30 }, () => "caf\xe9").join("\n"), "latin1");
    const { diagnostics } = decodeLegacyBytes(latin1, "x.txt");
    expect(diagnostics).toHaveLength(11);
    expect(diagnostics[10]?.message).toBe("20 more lines have invalid UTF-8 bytes");
  });

  it("warns about U+FFFD left by an earlier lossy decode", () => {
    expect(brief(run(doc("T", "", "caf\uFFFD")).diagnostics)).toEqual([
      "warning 3: U+FFFD replacement character: the text was probably decoded from non-UTF-8 bytes",
    ]);
  });
});

describe("front matter", () => {
  it("quotes a title with a colon and quotes so it reads back unchanged", () => {
    const title = `MKO: “fears” the 'U.S.' "withdrawal" # not a comment`;
    const result = run(doc(`  ${title}  `, "", "Body."));
    expect(result.markdown.split("\n")[1]).not.toBe(`title: ${title}`);
    expect(frontMatter(result.markdown)).toEqual({ title, lang: "en", source: "legacy.txt" });
  });

  it("uses the base name of the source and the given options, never a clock", () => {
    const options = { sourceName: "../seed/a b.txt", lang: "fa-IR", slug: "a-b", date: "2011-11-05", description: "One: two." };
    const result = importLegacyText(doc("T", "", "Body."), options);
    expect(frontMatter(result.markdown)).toEqual({
      title: "T",
      date: "2011-11-05",
      lang: "fa-IR",
      slug: "a-b",
      description: "One: two.",
      source: "a b.txt",
    });
    expect(importLegacyText(doc("T", "", "Body."), options).markdown).toBe(result.markdown);
  });

  it("reports invalid options", () => {
    const result = run(doc("T", "", "Body."), { date: "2011-02-30", lang: "english!", slug: "Not A Slug" });
    expect(errors(result.diagnostics).map((d) => d.code)).toEqual(["legacy-option", "legacy-option", "legacy-option"]);
  });

  it("takes the author from a clear byline and removes it from the body", () => {
    for (const text of [doc("T", "By Jane Doe", "", "Body."), doc("T", "", "By Jane van der Berg-Smith", "", "Body.")]) {
      const result = run(text);
      expect(frontMatter(result.markdown)["author"]).toMatch(/^Jane /u);
      expect(body(result.markdown)).toBe("Body.");
    }
  });

  it("does not mistake a sentence for a byline", () => {
    for (const text of [
      doc("T", "", "By the end of 2011, troops left.", "", "Body."),
      doc("T", "", "By Jane Doe", "and her friends we were told.", "", "Body."),
      doc("T", "", "Body.", "", "By Jane Doe"),
    ]) {
      const result = run(text);
      expect(frontMatter(result.markdown)).not.toHaveProperty("author");
      expect(body(result.markdown)).toContain("By ");
    }
  });

  it("lets --author win over a byline", () => {
    const result = run(doc("T", "By Jane Doe", "", "Body."), { author: "J. Doe" });
    expect(frontMatter(result.markdown)["author"]).toBe("J. Doe");
  });
});

describe("fixture", () => {
  it("imports the winter-cycling article exactly as expected", () => {
    const text = readFileSync(resolve(FIXTURES, "winter-cycling.txt"), "utf8");
    const expected = readFileSync(resolve(FIXTURES, "winter-cycling.expected.md"), "utf8");
    const result = importLegacyText(text, { sourceName: "winter-cycling.txt" });
    expect(result.diagnostics).toEqual([]);
    expect(result.noteCount).toBe(7);
    expect(result.markdown).toBe(expected);
  });
});

describe("properties", () => {
  const word = fc.stringMatching(/^[a-z]{1,8}$/u);
  const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(" "));
  /** How a call sits against its neighbours in old exports. */
  const glue = fc.constantFrom(
    (n: number) => `[${n}]`,
    (n: number) => ` [${n}]`,
    (n: number) => `.” [${n}]`,
    (n: number) => `,[${n}]`,
  );
  const after = fc.constantFrom("", " ", ". ");
  const noteText = fc.oneof(words(1, 12), fc.constantFrom("ibid", "Ibid.", "ibid.", "Ibidem", "Ibid., 4"));

  interface Generated {
    text: string;
    notes: string[];
    calls: number;
  }

  const legacyDocument: fc.Arbitrary<Generated> = fc
    .integer({ min: 1, max: 14 })
    .chain((n) =>
      fc.record({
        title: words(1, 6),
        // Each call: the word before it, how it is glued, what follows.
        calls: fc.array(fc.tuple(word, glue, after), { minLength: n, maxLength: n }),
        paragraphBreaks: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        extra: fc.array(fc.constantFrom("[sic]", "[2012]", "[of Camp Ashraf]", "[1990]"), { maxLength: 3 }),
        notes: fc.array(
          fc.record({ text: noteText, wrapAt: fc.nat(), indent: fc.constantFrom("", "    ", "\t"), blankAfter: fc.boolean(), space: fc.constantFrom("", " ", "  ") }),
          { minLength: n, maxLength: n },
        ),
        gap: fc.constantFrom("\n\n", "\n\n\n\n"),
      }),
    )
    .map(({ title, calls, paragraphBreaks, extra, notes, gap }) => {
      let bodyText = `Opening ${extra.join(" words ")}`;
      calls.forEach(([before, place, follow], i) => {
        bodyText += ` ${before}${place(i + 1)}${follow}next`;
        if (paragraphBreaks[i]) bodyText += "\n\nParagraph";
      });
      const list = notes.map(({ text, wrapAt, indent, blankAfter, space }, i) => {
        const parts = text.split(" ");
        const cut = 1 + (wrapAt % parts.length);
        const first = parts.slice(0, cut).join(" ");
        const rest = parts.slice(cut).join(" ");
        // An unindented continuation is only a continuation when nothing separates it.
        const wrapped = rest === "" ? "" : `\n${indent}${rest}`;
        return `[${i + 1}]${space}${first}${wrapped}${blankAfter ? "\n" : ""}`;
      });
      return { text: `${title}\n\n${bodyText}${gap}${list.join("\n")}`, notes: notes.map((note) => note.text), calls: calls.length };
    });

  it("returns exactly N definitions with matching numbers and texts, and no diagnostics", () => {
    fc.assert(
      fc.property(legacyDocument, ({ text, notes, calls }) => {
        const result = importLegacyText(text, { sourceName: "gen.txt" });
        expect(result.diagnostics).toEqual([]);
        expect(result.noteCount).toBe(notes.length);
        expect(definitions(result.markdown)).toEqual(notes.map((note, i) => [i + 1, note]));
        expect(body(result.markdown).match(/\[\^\d+\]/gu) ?? []).toHaveLength(calls);
        expect(body(result.markdown)).not.toMatch(/ \[\^\d+\]|\[[1-9]\d?\]/u);
      }),
      { numRuns: 300 },
    );
  });

  const oddUnits = fc.constantFrom("[", "]", "1", "2", "0", "[1]", "[2]", "[2012]", " ", "    ", "\t", "\n", "\r\n", "\r", "By ", "Jane", ":", "\uFEFF", "\uFFFD", "\uD800", "”", "ibid", "*");

  it("never throws on arbitrary text, and points diagnostics at lines that exist", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string({ unit: oddUnits, maxLength: 60 })), (text) => {
        const result = importLegacyText(text, { sourceName: "any.txt" });
        expect(typeof result.markdown).toBe("string");
        const lineCount = text.split(/\r\n|\r|\n/u).length;
        for (const diagnostic of result.diagnostics) {
          expect(diagnostic.message).not.toBe("");
          const line = diagnostic.location?.line ?? 1;
          expect(line >= 1 && line <= lineCount).toBe(true);
        }
        if (errors(result.diagnostics).length === 0) expect(result.markdown.startsWith("---\n")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("decodes bytes exactly when they are UTF-8, and never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: "binary" }).map((s) => new TextEncoder().encode(s))), (bytes) => {
        let strict: string | undefined;
        try {
          strict = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          strict = undefined;
        }
        const decoded = decodeLegacyBytes(bytes, "b.txt");
        const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
        if (strict !== undefined && !utf16) expect(decoded).toEqual({ text: strict, diagnostics: [] });
        else expect(errors(decoded.diagnostics).length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the ends of a note list that real files have", () => {
  it("reads a wrapped note line opening with a bracketed year as the note's text, not as a note", () => {
    const result = run(doc("Title", "", "Appealed.[1] Upheld.[2]", "", "Notes", "", "[1] Water Code s. 4.", "[2] Report of the", "[1998] session, p. 3."));
    expect(definitions(result.markdown)).toEqual([
      [1, "Water Code s. 4."],
      [2, "Report of the [1998] session, p. 3."],
    ]);
    expect(brief(result.diagnostics)).toEqual([]);
  });

  it("keeps a signature after the notes as the last paragraph, with a warning at its line", () => {
    const result = run(doc("Title", "", "Body.[1] More.[2]", "", "Notes", "", "[1] First.", "[2] Second.", "", "-- ", "Peter Hale, Editor"));
    expect(definitions(result.markdown)).toEqual([
      [1, "First."],
      [2, "Second."],
    ]);
    expect(body(result.markdown)).toMatch(/^Body\.\[\^1\] More\.\[\^2\]\n\n.*\nPeter Hale, Editor$/u);
    expect(brief(result.diagnostics)).toEqual(["warning 10: the lines after the note list are kept as the text's last paragraph, before the notes"]);
  });

  it("warns, at its heading's line, of a note list it cannot read, whose lines stay body text", () => {
    const result = run(doc("Title", "", "The grid failed (1).", "", "NOTES", "", "1) Grid Authority, Report 2002."));
    expect(body(result.markdown)).toContain("Grid Authority, Report 2002.");
    expect(brief(result.diagnostics)).toEqual([expect.stringMatching(/^warning 5: "NOTES" heads no note list this importer reads/u)]);
  });
});

describe("forms of real files the importer once misread", () => {
  it("opens a paragraph at each typewritten first-line indent, and keeps an indented quotation's wrapped lines together", () => {
    const result = run(doc("T", "\tFirst paragraph.[1]", "\tSecond paragraph, wrapped", "onto a second line.", "  Third, by spaces.", "", "\tA quotation that wraps", "\tin the middle of its sentence.", "", "Notes", "[1] One."));
    expect(body(result.markdown)).toBe("First paragraph.[^1]\n\nSecond paragraph, wrapped\nonto a second line.\n\nThird, by spaces.\n\nA quotation that wraps\nin the middle of its sentence.");
  });

  it("reads notes called together, [1, 2] and [3-5], as calls side by side, and leaves a range of years as text", () => {
    const result = run(doc("T", "", "See [1, 2] and [3–5]; in [1998-2003] prices rose.", "", "References", "", "[1] A.", "[2] B.", "[3] C.", "[4] D.", "[5] E."));
    expect(body(result.markdown)).toBe("See[^1][^2] and[^3][^4][^5]; in [1998-2003] prices rose.");
    expect(brief(result.diagnostics)).toEqual([]);
  });

  it("reports notes called together of which one is not listed, at the call's line", () => {
    const result = run(doc("T", "", "See [1, 3].", "", "[1] A.", "[2] B."));
    expect(brief(result.diagnostics)).toContain("error 3: note call [1, 3] names [3], which the note list lacks");
  });

  it("keeps a note called on the title line, as a call at the end of the front matter's title", () => {
    const result = run(doc("Title[1]", "", "Text.[2]", "", "Notes", "", "[1] First published in 1998.", "[2] Two."));
    expect(frontMatter(result.markdown).title).toBe("Title[^1]");
    expect(definitions(result.markdown)).toEqual([[1, "First published in 1998."], [2, "Two."]]);
    expect(brief(result.diagnostics)).toEqual([]);
  });

  it("joins a wrapped line opening with a number to its unfinished note when no call names that number", () => {
    const result = run(doc("T", "", "Text.[1] More.[2]", "", "Notes", "", "1. One.", "2. Meyer, Bd. 2,", "3. Aufl., 1990."));
    expect(definitions(result.markdown)).toEqual([[1, "One."], [2, "Meyer, Bd. 2, 3. Aufl., 1990."]]);
    expect(brief(result.diagnostics)).toEqual([]);
  });

  it("keeps a numbered note after a finished one, called or not, as a note of its own", () => {
    const result = run(doc("T", "", "Text.[1] More.[2]", "", "Notes", "", "1. One.", "2. Two.", "3. Three."));
    expect(definitions(result.markdown).map(([number]) => number)).toEqual([1, 2, 3]);
    expect(brief(result.diagnostics)).toEqual(["warning 9: note [3] is never called in the text"]);
  });

  it("reads a list numbered 1) by its own numbering: a wrapped line opening 3. continues a note", () => {
    const result = run(doc("T", "", "A.[1] B.[2] C.[3]", "", "Anmerkungen:", "", "1) Eins.", "2) Meyer, Bd. 2,", "3. Aufl., 1990.", "3) Ebd."));
    expect(definitions(result.markdown)).toEqual([[1, "Eins."], [2, "Meyer, Bd. 2, 3. Aufl., 1990."], [3, "Ebd."]]);
    expect(brief(result.diagnostics)).toEqual([]);
  });

  it("takes a rule of dashes for the notes' heading, the list glued under it or not, and a rule under the word Notes with it", () => {
    for (const rule of [["-----"], ["Notes", "====="], ["_____", ""]]) {
      const result = run(doc("T", "", "Text.[1] More.[2]", "", ...rule, "[1] One.", "[2] Two."));
      expect(body(result.markdown), rule.join(" ")).toBe("Text.[^1] More.[^2]");
      expect(definitions(result.markdown), rule.join(" ")).toEqual([[1, "One."], [2, "Two."]]);
      expect(brief(result.diagnostics), rule.join(" ")).toEqual([]);
    }
  });

  it("keeps a rule between the text's sections in the text, with nothing said of a note list", () => {
    const result = run(doc("T", "", "One part.", "", "* * *", "", "Another part."));
    expect(body(result.markdown)).toBe("One part.\n\n\\* \\* \\*\n\nAnother part.");
    expect(brief(result.diagnostics)).toEqual([]);
  });

  it("keeps a note's second paragraph, written unindented before the next note, in that note", () => {
    const result = run(doc("T", "", "Text.[1] More.[2]", "", "Notes", "", "[1] One.", "", "Second paragraph of note one.", "", "[2] Two."));
    expect(body(result.markdown)).toBe("Text.[^1] More.[^2]");
    expect(definitions(result.markdown)).toEqual([[1, "One."], [2, "Two."]]);
    // Its own paragraph, indented under the note's first as Markdown continues a note.
    expect(result.markdown).toContain("[^1]: One.\n\n    Second paragraph of note one.\n[^2]: Two.");
    expect(brief(result.diagnostics)).toEqual([]);
  });

  it("keeps two short paragraphs after the notes (an author's note) at the end of the text, with a warning", () => {
    const result = run(doc("T", "", "Text.[1] More.[2]", "", "Notes", "", "[1] One.", "[2] Two.", "", "About the author: A is a teacher.", "", "She lives in Leeds."));
    expect(body(result.markdown)).toBe("Text.[^1] More.[^2]\n\nAbout the author: A is a teacher.\n\nShe lives in Leeds.");
    expect(definitions(result.markdown)).toEqual([[1, "One."], [2, "Two."]]);
    expect(brief(result.diagnostics)).toEqual(["warning 10: the lines after the note list are kept as the text's last paragraphs, before the notes"]);
  });

  it("reads calls written ^1 over a list of 1 lines under a rule, and leaves a power 10^6 as typed", () => {
    const result = run(doc("T", "", "Mills stood there.^1 Three worked, 10^6 of them.^2", "", "__________", "", "1 Tithe map, 1840.", "2 Directory, 1900."));
    expect(body(result.markdown)).toBe("Mills stood there.[^1] Three worked, 10\\^6 of them.[^2]");
    expect(definitions(result.markdown)).toEqual([[1, "Tithe map, 1840."], [2, "Directory, 1900."]]);
    expect(brief(result.diagnostics)).toEqual([]);
  });
});

describe("the language the front matter names", () => {
  it("is the text's own when its script tells it, English for Latin letters, --lang when given", () => {
    const persian = doc("گزارش سالانه", "", "متن اصلی گزارش با یک یادداشت است.[1]", "", "یادداشت‌ها", "[1] منبع گزارش.");
    expect(frontMatter(run(persian).markdown).lang).toBe("fa");
    const english = doc("Annual report", "", "The report's text, with a note.[1]", "", "Notes", "[1] The source.");
    expect(frontMatter(run(english).markdown).lang).toBe("en");
    expect(frontMatter(run(english, { lang: "fr" }).markdown).lang).toBe("fr");
  });
});

describe("a text with a note list in each of its parts", () => {
  it("is refused at the earlier list's heading, its notes never given to the other part's calls", () => {
    const text = doc(
      "Newsletter",
      "",
      "THE BUDGET",
      "The budget grew.[1] Spending fell.[2]",
      "",
      "Notes",
      "[1] Treasury, 2010.",
      "[2] Ibid., p. 4.",
      "",
      "THE ELECTION",
      "Turnout rose.[1] The incumbent lost.[2]",
      "",
      "Notes",
      "[1] Electoral Commission, 2010.",
      "[2] BBC, 7 May 2010.",
    );
    const refused = errors(run(text).diagnostics);
    expect(refused.map((d) => [d.code, d.location?.line])).toEqual([["legacy-several-note-lists", 6]]);
    expect(refused[0]?.message).toContain("above the one that ends the text at line 13");
  });

  it("leaves a heading in the text over no note-shaped line alone", () => {
    const text = doc("Report", "", "Sources", "", "We spoke to many people.[1]", "", "Notes", "[1] Interviews, 2010.");
    expect(errors(run(text).diagnostics)).toEqual([]);
  });
});
