/**
 * Raised digits are calls to a reader, unless the text itself raises them: an exponent (10⁶),
 * a unit (m²), an ordinal (1^st^). Where the PDF's calls are links, as a reader who clicks them
 * finds, the links tell the two apart: a raised number inside a link is a call, one outside
 * every link is the author's superscript and part of the text. A PDF whose calls link nowhere
 * is read as before, every raised number a call.
 */
import type { PdfChar, PdfLine, PdfLinkBox, PdfPage } from "./pdf-lines.ts";
import { isRaised, lineBase, raisedDigitRuns, type RaisedRun } from "./pdf-line-metrics.ts";

/** True when some raised number of the text lies inside a link: then only linked ones are calls. */
export function callsAreLinks(pages: readonly PdfPage[], textLines: readonly PdfLine[][]): boolean {
  return pages.some((page, index) => (textLines[index] ?? []).some((line) => callRuns(line, page.internalLinks ?? []).length > 0));
}

/**
 * The line's calls: every raised number, or, when `links` is given, the raised digits inside
 * each link (an exponent set right before a call, "r²¹", is two numbers: only the linked one calls).
 */
export function callRuns(line: PdfLine, links: readonly PdfLinkBox[] | undefined): RaisedRun[] {
  const runs = raisedDigitRuns(line);
  if (!links) return runs;
  const linked: RaisedRun[] = [];
  for (const run of runs) {
    let piece: RaisedRun | undefined;
    let pieceLink: PdfLinkBox | undefined;
    for (let index = run.start; index < run.end; index++) {
      const ch = line.chars[index]!;
      const link = links.find((box) => inside(ch, box));
      if (link && link === pieceLink && piece) {
        piece.end = index + 1;
        piece.number = Number(line.chars.slice(piece.start, piece.end).map((c) => c.c).join(""));
        continue;
      }
      piece = link ? { number: Number(ch.c), start: index, end: index + 1, atLineStart: run.atLineStart && index === run.start } : undefined;
      pieceLink = link;
      if (piece) linked.push(piece);
    }
  }
  return linked;
}

/**
 * The line's text without its calls (`calls`, from callRuns) and what separates adjacent calls;
 * the author's own superscripts stay where calls are told by their links (`linked`).
 */
export function textWithoutCalls(line: PdfLine, calls: readonly RaisedRun[], linked: boolean): string {
  const base = lineBase(line);
  const raised = line.chars.map((ch) => isRaised(ch, base));
  const inCall = new Array<boolean>(line.chars.length).fill(false);
  for (const run of calls) inCall.fill(true, run.start, run.end);
  // A raised comma or space between two calls ("1,2") separates them: it goes with them.
  const dropped = line.chars.map((ch, index) => {
    if (!raised[index]) return false;
    if (!linked || inCall[index]) return true;
    return /\D/.test(ch.c) && neighbourCall(index, -1, raised, inCall) && neighbourCall(index, 1, raised, inCall);
  });
  return line.chars
    .filter((_, index) => !dropped[index])
    .map((ch) => ch.c)
    .join("");
}

/** Whether the nearest character in `step`'s direction, across raised non-digits, is part of a call. */
function neighbourCall(from: number, step: -1 | 1, raised: readonly boolean[], inCall: readonly boolean[]): boolean {
  for (let index = from + step; index >= 0 && index < raised.length && raised[index]; index += step) {
    if (inCall[index]) return true;
  }
  return false;
}

function inside(ch: PdfChar, box: PdfLinkBox): boolean {
  const x = (ch.x + ch.right) / 2;
  const y = (ch.top + ch.bottom) / 2;
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}
