/**
 * Chinese, Japanese and Korean through the CLI: every edition sets them in the embedded Noto
 * Serif faces (no system font, no missing-glyph box), the language picks the face of its Han
 * characters, and a character no embedded face covers stops the build with its line.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { epubCheck } from "../epub/epub-reader.ts";
import { runCli, type CliResult } from "../helpers/run-cli.ts";
import { facesFor } from "../../scripts/lib/fonts/faces-for-text.ts";
import { pageTexts, pdfFonts } from "./print-harness.ts";

const articles = {
  mixed: ["---", "title: CJK", "---", "", "中文文本。[^zh] 日本語のテキスト。[^ja] 한국어 텍스트.[^ko]", "", "[^zh]: 这是中文注释。", "[^ja]: これは日本語の注です。", "[^ko]: 이것은 한국어 주석입니다.", ""],
  japanese: ["---", "title: 日本語の記事", "lang: ja", "---", "", "日本語の本文です。[^1]", "", "[^1]: 注の本文。", ""],
  traditional: ["---", "title: 繁體中文", "lang: zh-TW", "---", "", "這是繁體中文的文章。[^1]", "", "[^1]: 註釋。", ""],
};

let out: string;
let built: CliResult;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), "press-cjk-"));
  const folder = join(work, "articles");
  mkdirSync(folder);
  for (const [name, lines] of Object.entries(articles)) writeFileSync(join(folder, `${name}.md`), lines.join("\n"));
  out = join(work, "out");
  built = await runCli("build.ts", [folder, "--out", out], { PRESS_CACHE_DIR: join(work, "cache") });
}, 240_000);

const pdf = (name: string): string => join(out, name, `${name}.pdf`);
/** PostScript names without the subset tag: NotoSerifKRExtraLight-Regular (the variable font's default instance name). */
const fontNames = (name: string): string[] => pdfFonts(pdf(name)).map((font) => font.name.replace(/^[A-Z]{6}\+/, ""));

describe("a Markdown article in Chinese, Japanese and Korean", () => {
  it("builds", () => {
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
  });

  it("prints the CJK text in the embedded Noto Serif SC, JP and KR faces, and in no other font", () => {
    const fonts = pdfFonts(pdf("mixed"));
    expect(fonts.every((font) => font.embedded && font.subset)).toBe(true);
    const names = fontNames("mixed");
    for (const family of ["NotoSerifSC", "NotoSerifJP", "NotoSerifKR"]) expect(names.some((name) => name.startsWith(family)), family).toBe(true);
    expect(names.every((name) => /^(SourceSerif4|NotoSerif(SC|JP|KR|TC))/.test(name)), names.join(", ")).toBe(true);
  });

  it("reads back from the PDF exactly as written, with no replacement character", () => {
    const text = pageTexts(pdf("mixed")).join("\n");
    expect(text).not.toContain("\uFFFD");
    for (const sentence of ["中文文本。", "日本語のテキスト。", "한국어 텍스트.", "这是中文注释。", "これは日本語の注です。", "이것은 한국어 주석입니다."]) expect(text).toContain(sentence);
  });

  it("sets Han in the face of the article's language", () => {
    expect(fontNames("japanese").some((name) => name.startsWith("NotoSerifJP"))).toBe(true);
    expect(fontNames("japanese").some((name) => name.startsWith("NotoSerifSC"))).toBe(false);
    expect(fontNames("traditional").some((name) => name.startsWith("NotoSerifTC"))).toBe(true);
    expect(fontNames("traditional").some((name) => name.startsWith("NotoSerifSC"))).toBe(false);
    expect(pageTexts(pdf("traditional")).join("\n")).toContain("這是繁體中文的文章。");
  });

  it("embeds the CJK slices its text uses in the EPUB, and declares them", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, "mixed", "mixed.epub")));
    const fonts = Object.keys(zip.files).filter((path) => path.endsWith(".ttf"));
    for (const family of ["sc", "jp", "kr"]) expect(fonts.some((path) => path.includes(`noto-serif-${family}-`)), family).toBe(true);
    expect(fonts.length).toBeLessThan(40);
    const css = (await Promise.all(Object.keys(zip.files).filter((path) => path.endsWith(".css")).map((path) => zip.file(path)?.async("string")))).join("\n");
    expect(css).toContain('font-family: "Noto Serif KR Hangul"');
    expect(css).toMatch(/html:lang\(ja\) \{ font-family: "Source Serif 4 Accented", "Source Serif 4", "Noto Serif JP"/);
  });

  it("passes EPUBCheck with no message", async () => {
    const report = await epubCheck(join(out, "mixed", "mixed.epub"));
    expect(report.output.split("\n").filter((line) => /^(FATAL|ERROR|WARNING)/.test(line))).toEqual([]);
    expect([report.fatals, report.errors, report.warnings]).toEqual([0, 0, 0]);
  }, 120_000);

  it("links the CJK families' sheets from the web page that needs them, and serves their faces from assets/fonts", () => {
    const fonts = join(out, "assets", "fonts");
    const served = new Set(readdirSync(fonts));
    const page = readFileSync(join(out, "mixed", "index.html"), "utf8");
    const sheets = [...page.matchAll(/<link rel="stylesheet" href="\.\.\/assets\/fonts\/([^"]+)">/g)].map((match) => match[1] ?? "");
    // Noto Sans Math's for the web edition's backlink arrow, ↩︎, which no other face has.
    expect(sheets.sort()).toEqual(["noto-sans-math.css", "noto-serif-jp-kana.css", "noto-serif-kr-hangul.css", "noto-serif-sc.css"]);
    for (const sheet of sheets.filter((name) => name.startsWith("noto-serif-"))) expect(readFileSync(join(fonts, sheet), "utf8"), sheet).toMatch(/url\("\.\/noto-serif-[a-z]+-\d+-400-normal\.woff2"\)/);
    // Of the CJK files, those a browser fetches for the page's text are published, and not every slice.
    const needed = facesFor(page, "en").map((face) => face.fileName);
    expect(needed.some((file) => file.startsWith("noto-serif-kr-"))).toBe(true);
    expect(needed.filter((file) => !served.has(file))).toEqual([]);
    expect([...served].filter((file) => file.startsWith("noto-serif-")).length).toBeLessThan(100);
    expect(readFileSync(join(out, "japanese", "index.html"), "utf8")).toContain('href="../assets/fonts/noto-serif-jp.css"');
    const css = readFileSync(join(out, "assets", "web.css"), "utf8");
    expect(css).not.toContain("noto-serif-");
    expect(css).toContain(":root:lang(ko) { --font-text:");
  });
});

describe("a character no embedded face covers", () => {
  it("stops the build with one line per source line: file, line, code point and character", async () => {
    const work = mkdtempSync(join(tmpdir(), "press-uncovered-"));
    const file = join(work, "uncovered.md");
    writeFileSync(file, ["---", "title: Uncovered", "---", "", "A rare character 㪷 here.", "", "Fine text.", "", "Unassigned \u0378 here.", ""].join("\n"));
    const result = await runCli("build.ts", [file, "--out", join(work, "out")], { PRESS_CACHE_DIR: join(work, "cache") });
    expect(result.code).toBe(1);
    const lines = result.stderr.split("\n").filter((line) => line.includes("no font covers"));
    expect(lines).toEqual([`${file}:5: no font covers U+3AB7 (㪷)`, `${file}:9: no font covers U+0378 (unassigned)`]);
  }, 60_000);
});
