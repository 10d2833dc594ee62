/**
 * The text of each marked-content sequence of a page (by its MCID), as an extractor reads it:
 * /ActualText where a span gives one, else each glyph's ToUnicode text. The structure tree
 * points at content through these MCIDs, so this is the text of its elements.
 */
import { PDFName, PDFStream, type PDFDocument, type PDFPage } from "pdf-lib";
import { contentOperations, decodeTextString, glyphCodes } from "./pdf-content-tokens.ts";
import { streamBytes } from "./pdf-stream-bytes.ts";
import { pageFonts, toUnicodeOf, type ToUnicode } from "./pdf-to-unicode.ts";

const textShowing = new Set(["Tj", "TJ", "'", '"']);

/** MCID → text of one page (its content as one stream, as markContent leaves it). */
export function markedTexts(doc: PDFDocument, page: PDFPage): Map<number, string> {
  const texts = new Map<number, string>();
  const stream = doc.context.lookup(page.node.get(PDFName.of("Contents")));
  if (!(stream instanceof PDFStream)) return texts;
  const fonts = pageFonts(doc, page.node.Resources());
  const maps = new Map<string, ToUnicode>();
  let font = "";
  /** Open marked content: the MCID it belongs to, and whether an /ActualText replaces the glyphs in it. */
  const open: Array<{ mcid: number | undefined; actual: boolean }> = [];
  const currentMcid = (): number | undefined => {
    for (let i = open.length - 1; i >= 0; i--) if (open[i]?.mcid !== undefined) return open[i]?.mcid;
    return undefined;
  };
  const append = (text: string): void => {
    const mcid = currentMcid();
    if (mcid !== undefined) texts.set(mcid, (texts.get(mcid) ?? "") + text);
  };
  for (const { operator, operands } of contentOperations(streamBytes(stream))) {
    if (operator === "Tf" && operands[0]?.kind === "name") font = operands[0].value;
    else if (operator === "BDC" || operator === "BMC") {
      const properties = operands[1]?.kind === "dict" ? operands[1].entries : undefined;
      const mcid = properties?.get("MCID");
      const actual = properties?.get("ActualText");
      open.push({ mcid: mcid?.kind === "number" ? mcid.value : undefined, actual: actual?.kind === "string" });
      if (actual?.kind === "string") append(decodeTextString(actual.bytes));
    } else if (operator === "EMC") open.pop();
    else if (textShowing.has(operator) && !open.some((mark) => mark.actual)) {
      let map = maps.get(font);
      if (!map) maps.set(font, (map = toUnicodeOf(doc, fonts.get(font))));
      const known = map;
      append(glyphCodes(operands).map((code) => known.get(code) ?? "").join(""));
    }
  }
  return texts;
}
