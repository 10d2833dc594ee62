/**
 * The e-books of the sample, the mixed-script article and a Persian one under Ace by DAISY and EPUBCheck:
 * no violation, no message, and the conformance claim the package makes (accessibility.ts) is
 * there, so the claim is shown to hold for the books it is made for. Calls are named for
 * screen readers without changing what they show.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { epubCheck, openEpub } from "../epub/epub-reader.ts";
import { findAll } from "../epub/xhtml-reader.ts";
import { runAce } from "./ace.ts";
import { buildArticles, mixedSlug, persianSlug, sampleSlug, type BuiltArticles } from "./built-articles.ts";

let built: BuiltArticles;

beforeAll(async () => {
  built = await buildArticles();
}, 240_000);

describe.each([sampleSlug, mixedSlug, persianSlug])("the e-book %s", (slug) => {
  it("has no Ace violation, and claims EPUB Accessibility 1.1 (WCAG 2.2 AA)", async () => {
    expect(built.result.code, built.result.stderr).toBe(0);
    const report = await runAce(built.epub(slug));
    expect(report.violations.map((v) => `${v.document}: ${v.rule} (${v.impact}) ${v.html}`)).toEqual([]);
    expect(report.outcome).toBe("pass");
    expect(report.missingMetadata).not.toContain("dcterms:conformsTo");
    const opened = await openEpub(readFileSync(built.epub(slug)));
    expect(opened.packageXml).toContain('<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>');
  }, 240_000);

  it("passes EPUBCheck with no message", async () => {
    const report = await epubCheck(built.epub(slug));
    expect(report.output.split("\n").filter((line) => /^(FATAL|ERROR|WARNING)/.test(line))).toEqual([]);
    expect([report.fatals, report.errors, report.warnings]).toEqual([0, 0, 0]);
  }, 120_000);

  it("names every call \"Note N\" (in the book's language) while it shows only N", async () => {
    const opened = await openEpub(readFileSync(built.epub(slug)));
    const lang = /<dc:language>([^<]+)<\/dc:language>/.exec(opened.packageXml)?.[1] ?? "";
    const word = { en: "Note", fa: "یادداشت" }[lang];
    expect(word, lang).toBeDefined();
    const calls = opened.documents.flatMap((document) => findAll(document.root, (e) => e.attributes["epub:type"] === "noteref"));
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      const shown = call.children.filter((child): child is string => typeof child === "string").join("");
      expect(shown).toMatch(/^\d+$/);
      expect(call.attributes["aria-label"]).toBe(`${word} ${shown}`);
    }
  });
});
