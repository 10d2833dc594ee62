/**
 * The edition record: `edition`, `date` and `updated` appear on the title page of every
 * edition and in each edition's metadata, and edition.json records what was published.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.ts";

const out = join(mkdtempSync(join(tmpdir(), "press-edition-")), "dist");
const dir = join(out, "corrected");

describe("edition record", () => {
  beforeAll(async () => {
    const result = await runCli("build.ts", [join(import.meta.dirname, "fixtures", "editions", "corrected.md"), "--out", out]);
    expect(result.code, result.stderr).toBe(0);
  }, 120_000);

  it("web edition: on the page and in its metadata", () => {
    const html = readFileSync(join(dir, "index.html"), "utf8");
    expect(html).toContain('<meta name="edition" content="2">');
    expect(html).toContain('<meta name="dcterms.modified" content="2024-06-02">');
    expect(html).toContain('updated <time datetime="2024-06-02">June 2, 2024</time> · edition 2');
  });

  it("print edition: on the title page and in the PDF's information", () => {
    const pdf = join(dir, "corrected.pdf");
    const info = execFileSync("pdfinfo", ["-custom", pdf], { encoding: "utf8" });
    expect(info).toMatch(/^Edition:\s+2$/m);
    expect(info).toMatch(/^ModDate:\s+Sun Jun {2}2 00:00:00 2024 UTC$/m);
    const firstPage = execFileSync("pdftotext", ["-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" });
    expect(firstPage.replace(/\s+/g, " ")).toContain("updated June 2, 2024 · edition 2");
  });

  it("e-book edition: on its title page and in the package metadata", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "corrected.epub")));
    const opf = await zip.file("OEBPS/content.opf")!.async("string");
    expect(opf).toContain('<meta property="schema:version">2</meta>');
    expect(opf).toContain('<meta property="dcterms:modified">2024-06-02T00:00:00Z</meta>');
    const texts = await Promise.all(Object.keys(zip.files).filter((name) => name.endsWith(".xhtml")).map((name) => zip.file(name)!.async("string")));
    expect(texts.some((text) => text.includes("edition 2") && text.includes('updated <time datetime="2024-06-02">'))).toBe(true);
  });

  it("edition.json: hashes and sizes of what was published, pages, notes, verification", () => {
    const record = JSON.parse(readFileSync(join(dir, "edition.json"), "utf8"));
    expect(record).toMatchObject({ slug: "corrected", edition: "2", date: "2024-05-01", updated: "2024-06-02", notes: 1, verify: { status: "passed" } });
    expect(record.source).toBe("tests/fixtures/editions/corrected.md");
    const pdf = readFileSync(join(dir, "corrected.pdf"));
    expect(record.outputs.pdf.bytes).toBe(pdf.byteLength);
    expect(record.outputs.pdf.sha256).toBe(execFileSync("sha256sum", [join(dir, "corrected.pdf")], { encoding: "utf8" }).split(" ")[0]);
    expect(record.pages).toBe(1);
    expect(Object.keys(record.buildMilliseconds)).toEqual(expect.arrayContaining(["parse", "print", "epub"]));
  });
});
