/**
 * The text of each marked-content sequence of a page (by its MCID), as an extractor reads it:
 * /ActualText where a span gives one, else each glyph's ToUnicode text. The structure tree
 * points at content through these MCIDs, so this is the text of its elements.
 */
import { PDFName, PDFStream, type PDFDocument, type PDFPage } from "pdf-lib";
import { contentOperations, decodeTextString, glyphCodes } from "./pdf-content-tokens.ts";
import { streamBytes } from "./pdf-stream-bytes.ts";
import { pageFonts, toUnicodeOf } from "./pdf-to-unicode.ts";

const textShowing = new Set(["Tj", "TJ", "'", '"']);

/** MCID → text of one page (its content as one stream, as markContent leaves it). */
export function markedTexts(doc: PDFDocument, page: PDFPage): Map<number, string> {
  const parts = new Map<number, string[]>();
  const stream = doc.context.lookup(page.node.get(PDFName.of("Contents")));
  if (!(stream instanceof PDFStream)) return new Map();
  const fonts = pageFonts(doc, page.node.Resources());
  let font = "";
  /** Open marked content: the MCID it belongs to, and whether an /ActualText replaces the glyphs in it. */
  const open: Array<{ mcid: number | undefined; actual: boolean }> = [];
  /** The innermost MCID open, and how many open sequences carry an /ActualText: kept as the stack changes. */
  let mcid: number | undefined;
  let actualTexts = 0;
  const settle = (): void => {
    mcid = undefined;
    actualTexts = 0;
    for (const mark of open) {
      if (mark.mcid !== undefined) mcid = mark.mcid;
      if (mark.actual) actualTexts++;
    }
  };
  const append = (text: string): void => {
    if (mcid === undefined) return;
    const list = parts.get(mcid);
    if (list) list.push(text);
    else parts.set(mcid, [text]);
  };
  for (const operation of contentOperations(streamBytes(stream))) {
    // Operands are read only for the operators that need them: most operations move the pen.
    const operator = operation.operator;
    if (operator === "Tf") {
      const name = operation.operands[0];
      if (name?.kind === "name") font = name.value;
    } else if (operator === "BDC" || operator === "BMC") {
      const operands = operation.operands;
      const properties = operands[1]?.kind === "dict" ? operands[1].entries : undefined;
      const id = properties?.get("MCID");
      const actual = properties?.get("ActualText");
      open.push({ mcid: id?.kind === "number" ? id.value : undefined, actual: actual?.kind === "string" });
      settle();
      if (actual?.kind === "string") append(decodeTextString(actual.bytes));
    } else if (operator === "EMC") {
      open.pop();
      settle();
    } else if (mcid !== undefined && actualTexts === 0 && textShowing.has(operator)) {
      // Glyphs outside any MCID (artifacts) belong to no element: not read.
      const map = toUnicodeOf(doc, fonts.get(font));
      let text = "";
      for (const code of glyphCodes(operation.operands)) text += map.get(code) ?? "";
      append(text);
    }
  }
  return new Map([...parts].map(([id, texts]) => [id, texts.join("")]));
}
