/**
 * A running head is one line within the text block: a title too long for it is cut after a
 * whole word and ends in an ellipsis, and a title that fits is printed whole. Printed by
 * Chromium and read back from the PDF with pdftotext's word boxes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/lib/browser/browser-session.ts";
import { generatedArticle, launchPrintSession, pdfInfo, printArticle, tool, writePdf } from "./print-harness.ts";

const paragraphs = Array.from({ length: 14 }, (_, index) => `Paragraph ${index + 1}. ${"The river rose in the spring and the town moved its market up the hill, where it stayed. ".repeat(4)}`).join("\n\n");
const longTitle = "A Very Long Title That Goes On About the Many Consequences of the Withdrawal of Troops From a Country for Everyone Involved";

let session: BrowserSession;
beforeAll(async () => {
  session = await launchPrintSession();
}, 60_000);
afterAll(async () => session?.close());

interface Word {
  xMin: number;
  yMin: number;
  xMax: number;
  text: string;
}

/** The words of a page, with their boxes. */
function wordsOf(file: string, page: number): Word[] {
  const xml = tool("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), file, "-"]);
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((match) => ({
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    text: match[4] ?? "",
  }));
}

/** The running head of a right-hand page (the first line's words) and the text block's left and right edges. */
async function headOfRightPage(title: string, name: string): Promise<{ head: string; width: number; measure: number }> {
  const article = generatedArticle(`---\ntitle: "${title}"\nauthor: A Tester\nlang: en\npageSize: A5\n---\n\n${paragraphs}\n`, name);
  const { pdf, pageCount } = await printArticle(session, article);
  expect(pageCount).toBeGreaterThanOrEqual(3);
  const file = writePdf(pdf, name);
  // The measuring the fit takes leaves nothing behind to print: the PDF has the pages laid out.
  expect(pdfInfo(file).get("Pages")).toBe(String(pageCount));
  const words = wordsOf(file, 3);
  const top = Math.min(...words.map((word) => word.yMin));
  const head = words.filter((word) => word.yMin < top + 2);
  const body = words.filter((word) => word.yMin > top + 20);
  return {
    head: head.map((word) => word.text).join(" "),
    width: Math.max(...head.map((word) => word.xMax)) - Math.min(...head.map((word) => word.xMin)),
    measure: Math.max(...body.map((word) => word.xMax)) - Math.min(...body.map((word) => word.xMin)),
  };
}

describe("running heads", () => {
  it("cut a title too long for one line after a whole word, with an ellipsis, within the text block", async () => {
    const { head, width, measure } = await headOfRightPage(longTitle, "long-running-head");
    expect(head).toMatch(/…$/);
    expect(longTitle.startsWith(head.slice(0, -1))).toBe(true);
    expect(longTitle[head.length - 1]).toBe(" ");
    expect(width).toBeLessThanOrEqual(measure + 0.5);
  }, 60_000);

  it("print a title that fits whole", async () => {
    const { head } = await headOfRightPage("A Short Title", "short-running-head");
    expect(head).toBe("A Short Title");
  }, 60_000);
});
