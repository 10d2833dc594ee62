/**
 * Print page numbers inside the e-book: a pagebreak marker where each print page begins,
 * so a reader (or a teacher citing "p. 12") can find the same place in both editions.
 *
 * Positions come from the print edition as PageStart {page, tokenIndex, textOffset}: the page
 * begins in the block marked `data-token="tokenIndex"`, after `textOffset` characters of that
 * block's body text, counted under the rule the print layout counts by (body-text-rule.ts):
 * UTF-16 code units, as a DOM text offset counts, leaving out note calls, note bodies and
 * soft hyphens. Markers go into the chapter's tree (xhtml-dom.ts), so they can
 * never land inside a tag or split a character reference.
 */
import { Element, Text, isTag, isText, type AnyNode, type ParentNode } from "domhandler";
import { append, appendChild, prepend, prependChild } from "domutils";
import type { PageStart } from "../page-starts.ts";
import { compile } from "css-select";
import { blocksByToken } from "./block-marks.ts";
import { bodyTextRule } from "../body-text-rule.ts";

/** The marker EPUB 3 and DPUB-ARIA define for a print page break; the folio printed on the page is its name. */
export function pageBreakMarker(page: number, folio: string = String(page)): AnyNode {
  return new Element("span", { "epub:type": "pagebreak", role: "doc-pagebreak", id: pageBreakId(page), "aria-label": folio });
}

export function pageBreakId(page: number): string {
  return `page-${page}`;
}

const voidElements = new Set(["area", "br", "col", "embed", "hr", "img", "input", "source", "track", "wbr"]);

/**
 * Inserts a marker into `root` (a chapter's tree) for every page start whose block is in it,
 * and returns the page numbers placed, in page order. The chapter's blocks carry the token
 * indices of their slice of the article, `tokenOffset` less than the article's. A start
 * naming a block that is absent (not rendered as a block) goes to the beginning of the next
 * marked block; with no later block, to the end. Duplicate page numbers keep the first.
 */
export function insertPageBreaks(root: ParentNode, starts: readonly PageStart[], tokenOffset = 0, marker: (page: number) => AnyNode = pageBreakMarker): number[] {
  const blocks = blocksByToken(root.children, tokenOffset);
  const tokens = [...blocks.keys()].sort((a, b) => a - b);
  const markers = new Set<AnyNode>();
  const placed: number[] = [];
  let previous: { start: PageStart; mark: AnyNode } | undefined;
  for (const start of [...starts].sort((a, b) => a.page - b.page)) {
    if (placed.includes(start.page)) continue;
    placed.push(start.page);
    const exact = blocks.get(start.tokenIndex);
    const next = exact ? undefined : tokens.find((token) => token > start.tokenIndex);
    const block = exact ?? (next === undefined ? undefined : blocks.get(next));
    const mark = marker(start.page);
    markers.add(mark);
    const samePlace = previous && previous.start.tokenIndex === start.tokenIndex && previous.start.textOffset === start.textOffset;
    const before = previous?.mark;
    previous = { start, mark };
    // Pages holding only notes (endnotes, a long note carried over) start where the text stopped: their markers follow one another in page order.
    if (samePlace && before) append(before, mark);
    else if (!block) appendChild(root, mark);
    else placeInBlock(block as Element, exact ? Math.max(0, start.textOffset) : 0, mark, markers);
  }
  return placed;
}

/** Puts `mark` before the counted character number `offset` of the block (after the last one when the block is shorter). */
function placeInBlock(block: Element, offset: number, mark: AnyNode, markers: Set<AnyNode>): void {
  if (voidElements.has(block.name)) return prepend(block, mark);
  // A page that starts with a figure starts with its picture, above the caption's first word.
  if (block.name === "figure" && offset === 0) return prependChild(block, mark);
  let count = 0;
  let afterLast: { node: Text; at: number } | undefined;
  for (const text of bodyText(block, markers)) {
    for (let i = 0; i < text.data.length; ) {
      const code = text.data.codePointAt(i) ?? 0;
      const length = code > 0xffff ? 2 : 1;
      const counts = bodyTextRule.uncounted.includes(String.fromCodePoint(code)) ? 0 : length;
      if (counts > 0 && count >= offset) return insertAt(text, i, mark);
      count += counts;
      i += length;
      if (counts > 0) afterLast = { node: text, at: i };
    }
  }
  if (afterLast) insertAt(afterLast.node, afterLast.at, mark);
  else prependChild(block, mark);
}

/** The text nodes of the block's body text, in order: not in note calls, note bodies or markers already placed. */
function* bodyText(node: ParentNode, markers: Set<AnyNode>): Generator<Text> {
  for (const child of [...node.children]) {
    if (markers.has(child)) continue;
    if (isText(child)) yield child;
    else if (isTag(child) && !isNoteApparatus(child)) yield* bodyText(child, markers);
  }
}

/** What the body-text rule leaves out: note calls, note bodies, print-only additions. */
const compiledNotBody = compile<AnyNode, Element>(bodyTextRule.notBody);

function isNoteApparatus(element: Element): boolean {
  return compiledNotBody(element);
}

/** Inserts `mark` inside `text` before its code unit `at`, splitting the text node when the mark falls within it. */
function insertAt(text: Text, at: number, mark: AnyNode): void {
  if (at === 0) return prepend(text, mark);
  if (at < text.data.length) {
    const rest = new Text(text.data.slice(at));
    text.data = text.data.slice(0, at);
    append(text, rest);
  }
  append(text, mark);
}
