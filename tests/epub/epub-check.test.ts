/**
 * The real EPUBCheck on the three kinds of book: it must report no fatal error, no error and
 * no warning. Each run takes several seconds of Java, so only these three books are checked.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { books, buildBook, samplePageStarts } from "./books.ts";
import { epubCheck, type EpubCheckReport } from "./epub-reader.ts";
import { loadArticle } from "../../scripts/lib/document/article.ts";

const folder = mkdtempSync(join(tmpdir(), "epubcheck-"));
let session: BrowserSession;
const files: Record<string, string> = {};

beforeAll(async () => {
  session = await BrowserSession.launch();
  const sample = await buildBook(books.sample, { session });
  const long = await buildBook(books.long, { pageStarts: samplePageStarts(await loadArticle(books.long)) });
  const notes = await buildBook(books.notes, { session });
  for (const [name, book] of Object.entries({ sample, long, notes })) {
    files[name] = join(folder, `${name}.epub`);
    writeFileSync(files[name], book.epub);
  }
}, 120_000);

afterAll(async () => {
  await session?.close();
});

function expectClean(report: EpubCheckReport): void {
  const messages = report.output.split("\n").filter((line) => /^(FATAL|ERROR|WARNING)/.test(line));
  expect(messages).toEqual([]);
  expect([report.fatals, report.errors, report.warnings]).toEqual([0, 0, 0]);
}

describe("EPUBCheck", () => {
  it("passes the sample article with its cover", async () => {
    expectClean(await epubCheck(files.sample ?? ""));
  }, 120_000);

  it("passes the long book in several scripts with print page numbers", async () => {
    expectClean(await epubCheck(files.long ?? ""));
  }, 120_000);

  it("passes the note edge cases (repeated, inline, out-of-order, multi-paragraph)", async () => {
    expectClean(await epubCheck(files.notes ?? ""));
  }, 120_000);
});
