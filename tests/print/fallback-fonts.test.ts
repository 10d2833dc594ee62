/**
 * The faces behind the text face, through the CLI: an article with the characters real books
 * stopped the build on (Wade–Giles ʽ, subscripts, superscripts, polytonic Greek, U+2010 and
 * U+2011) and emoji publishes in every edition, each character printed in the face the build
 * chose for it (the same choice the browser makes), read back exactly from the PDF, and the
 * EPUB passes EPUBCheck, emoji and letters past U+FFFF included. Characters no face has stop
 * the build with their line.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { epubCheck } from "../epub/epub-reader.ts";
import { runCli, type CliResult } from "../helpers/run-cli.ts";
import { facesHolding } from "../../scripts/lib/fonts/faces-for-text.ts";
import { pageTexts, pdfFonts, stextChars } from "./print-harness.ts";

const article = [
  "---",
  "title: Fallback faces",
  "lang: en",
  "---",
  "",
  "Wade–Giles writes Chʽi.[^1] Water is H₂O, and C₀₁₂ is not x⁷.",
  "",
  "A co‐op, a non‑stop line, and a → b ≤ c.[^2] A smile 😀 and a bold 𝐀.",
  "",
  "[^1]: In polytonic Greek: ὺ ῶ ἀ, as in ἀγαθὸς.",
  "[^2]: A ball ⚽, a star ⭐ and a heart ❤; *italic ʽ ₂ ὺ* and **bold ʽ ₂ ὺ ⚽**.",
  "",
].join("\n");

/** Each passage as the source has it, to be read back whole from the PDF. */
const passages = ["Chʽi", "H₂O", "C₀₁₂", "x⁷", "co‐op", "non‑stop", "a → b ≤ c", "ὺ ῶ ἀ", "ἀγαθὸς", "A ball ⚽, a star ⭐ and a heart ❤", "A smile 😀", "italic ʽ ₂ ὺ", "bold ʽ ₂ ὺ ⚽"];

let work: string;
let out: string;
let built: CliResult;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "press-fallback-"));
  writeFileSync(join(work, "fallback.md"), article);
  out = join(work, "out");
  built = await runCli("build.ts", [join(work, "fallback.md"), "--out", out], { PRESS_CACHE_DIR: join(work, "cache") });
}, 240_000);

const pdf = (): string => join(out, "fallback", "fallback.pdf");
/** `NotoSerif-Italic` → `NotoSerif`: the family of a PDF font, as a family name without spaces. */
const familyOf = (font: string): string => font.replace(/^[A-Z]{6}\+/, "").replace(/-.*$/, "");

describe("an article with characters the text face lacks", () => {
  it("builds, verified in every edition", () => {
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    expect(built.stdout).toContain("verified fallback");
  });

  it("embeds the fallback faces in the PDF, and neither the Arabic nor a CJK face", () => {
    const fonts = pdfFonts(pdf());
    expect(fonts.every((font) => font.embedded && font.subset)).toBe(true);
    const families = new Set(fonts.map((font) => familyOf(font.name)));
    expect([...families].sort()).toEqual(["NotoEmoji", "NotoSansMath", "NotoSansSymbols2", "NotoSerif", "SourceSerif4"]);
    // Noto Serif's true italic and bold, as the text face's.
    for (const style of ["Regular", "Italic", "Bold"]) expect(fonts.some((font) => font.name.endsWith(`+NotoSerif-${style}`)), style).toBe(true);
  });

  it("reads back from the PDF exactly as written", () => {
    const text = pageTexts(pdf()).join("\n").replace(/\u00AD/g, "");
    expect(text).not.toContain("\uFFFD");
    for (const passage of passages) expect(text, passage).toContain(passage);
  });

  it("prints each character in the face the build chose for it", () => {
    const chosen = new Map<string, string>();
    const printed = new Map<string, Set<string>>();
    const chars = stextChars(pdf());
    for (const char of chars) {
      if (char.c.codePointAt(0) as number <= 0x7f || !char.c.trim()) continue;
      chosen.set(char.c, (facesHolding(char.c.codePointAt(0) as number, "en")?.family ?? "none").replace(/ /g, ""));
      printed.set(char.c, (printed.get(char.c) ?? new Set()).add(familyOf(char.font)));
    }
    for (const [char, families] of printed) expect([...families], `${char} U+${(char.codePointAt(0) as number).toString(16)}`).toEqual([chosen.get(char)]);
    // The ones this article is about, by name.
    expect(printed.get("ʽ")).toEqual(new Set(["NotoSerif"]));
    expect(printed.get("₂")).toEqual(new Set(["NotoSerif"]));
    expect(printed.get("ῶ")).toEqual(new Set(["NotoSerif"]));
    // U+2011 is printed with Noto Sans Math's hyphen glyph (the shaper's substitute), which reads
    // as U+2010 glyph by glyph; the text layer (pdftotext, above) still says U+2011.
    expect(printed.get("\u2010")).toEqual(new Set(["NotoSansMath"]));
    expect(chars.filter((char) => char.c === "\u2010")).toHaveLength(2);
    expect(printed.get("⚽")).toEqual(new Set(["NotoEmoji"]));
    expect(printed.get("❤")).toEqual(new Set(["NotoSansSymbols2"]));
  });

  it("embeds and declares the fallback files in the EPUB, which passes EPUBCheck with no message", async () => {
    const file = join(out, "fallback", "fallback.epub");
    const zip = await JSZip.loadAsync(readFileSync(file));
    const fonts = Object.keys(zip.files).filter((path) => path.endsWith(".ttf")).map((path) => path.replace(/^.*\//, ""));
    for (const prefix of ["noto-serif-latin-ext-", "noto-serif-greek-ext-", "noto-serif-math-", "noto-sans-math-latin-", "noto-sans-symbols-2-symbols-", "noto-emoji-"]) {
      expect(fonts.some((name) => name.startsWith(prefix)), prefix).toBe(true);
    }
    expect(fonts.filter((name) => /^(vazirmatn|noto-serif-(sc|tc|jp|kr))-/.test(name))).toEqual([]);
    const css = (await Promise.all(Object.keys(zip.files).filter((path) => path.endsWith(".css")).map((path) => zip.file(path)?.async("string")))).join("\n");
    for (const family of ["Noto Serif", "Noto Sans Math", "Noto Emoji"]) expect(css).toContain(`font-family: "${family}";`);
    const report = await epubCheck(file);
    expect(report.output.split("\n").filter((line) => /^(FATAL|ERROR|WARNING)/.test(line))).toEqual([]);
    expect([report.fatals, report.errors, report.warnings]).toEqual([0, 0, 0]);
  }, 120_000);

  it("links the fallback families' sheets from the web page, and serves the files they name", () => {
    const page = readFileSync(join(out, "fallback", "index.html"), "utf8");
    const sheets = [...page.matchAll(/<link rel="stylesheet" href="\.\.\/assets\/fonts\/([^"]+)">/g)].map((match) => match[1] ?? "");
    expect(sheets).toEqual(expect.arrayContaining(["noto-serif.css", "noto-sans-math.css", "noto-sans-symbols-2.css", "noto-emoji.css"]));
    const served = new Set(readdirSync(join(out, "assets", "fonts")));
    for (const file of ["noto-serif-latin-ext-400-normal.woff2", "noto-serif-greek-ext-400-italic.woff2", "noto-sans-math-latin-400-normal.woff2", "noto-emoji-4-700-normal.woff2"]) expect(served.has(file), file).toBe(true);
  });
});

describe("characters the editions cannot carry", () => {
  it("stop the build with their line: ideographs of CJK Extensions A and B no face has, while an emoji past U+FFFF publishes", async () => {
    const file = join(work, "refused.md");
    writeFileSync(file, ["---", "title: Refused", "---", "", "A smile 😀 here.", "", "A ball ⚽ is fine.", "", "Rare 㪷 and 𦮼.", ""].join("\n"));
    const result = await runCli("build.ts", [file, "--out", join(work, "refused-out")], { PRESS_CACHE_DIR: join(work, "cache") });
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n").filter((line) => line.startsWith(file))).toEqual([
      `${file}:9: no font covers U+3AB7 (㪷), U+26BBC (𦮼)`,
    ]);
  }, 60_000);
});
