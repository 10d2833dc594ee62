/**
 * A note call never starts a line: shown to happen in Chromium when nothing keeps a call with
 * the character before it (after "?", "!", a dash, an ellipsis, a hyphen, a CJK character or a
 * space), and not with the print runtime's call groups. The same article is built through the
 * CLI in block-notes-cli.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { callGlueMarkdown } from "./call-glue-article.ts";
import { linesStartingWithACall, pdfLines } from "./line-starts.ts";
import { findCalls, generatedArticle, printArticle, stextChars, writePdf } from "./print-harness.ts";

let session: BrowserSession;

beforeAll(async () => {
  session = await BrowserSession.launch();
}, 60_000);

afterAll(async () => {
  await session?.close();
});

describe("note calls after characters Chromium may break after", () => {
  const article = generatedArticle(callGlueMarkdown(60), "call-glue");

  it("start lines when left to Chromium's line breaking", async () => {
    const file = writePdf((await printArticle(session, article, { glueCalls: false })).pdf, "call-glue-off");
    expect(linesStartingWithACall(pdfLines(stextChars(file))).length).toBeGreaterThan(0);
  }, 120_000);

  it("stay on the line of the character before them, every call printed in order", async () => {
    const file = writePdf((await printArticle(session, article)).pdf, "call-glue-on");
    const chars = stextChars(file);
    expect(linesStartingWithACall(pdfLines(chars))).toEqual([]);
    expect(findCalls(chars).map((call) => call.number)).toEqual(article.notes.calls.map((call) => call.number));
  }, 120_000);
});
