/**
 * Print page numbers inside the e-book: a pagebreak marker where each print page begins,
 * so a reader (or a teacher citing "p. 12") can find the same place in both editions.
 *
 * Positions come from the print edition as PageStart {page, tokenIndex, textOffset}: the page
 * begins in the block marked `data-token="tokenIndex"`, after `textOffset` characters of that
 * block's visible body text. Counting follows what a DOM text offset counts (UTF-16 code
 * units of the text, entities decoded) and leaves out what is not body text: note calls,
 * note bodies (asides) and soft hyphens.
 */
import type { PageStart } from "../page-starts.ts";

export interface PageBreakPlacement {
  xhtml: string;
  /** Page numbers that got a marker, in page order. */
  placed: number[];
}

/** The marker EPUB 3 and DPUB-ARIA define for a print page break; the page number is its name. */
export function pageBreakMarker(page: number): string {
  return `<span epub:type="pagebreak" role="doc-pagebreak" id="${pageBreakId(page)}" aria-label="${page}"></span>`;
}

export function pageBreakId(page: number): string {
  return `page-${page}`;
}

interface Block {
  name: string;
  /** Index of the block's `<`. */
  open: number;
  /** Index just after its start tag. */
  contentStart: number;
  selfClosing: boolean;
}

const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const entity = /^&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/;

/**
 * Inserts a marker for every page start whose block is in `xhtml`. A start naming a block
 * that is absent (not rendered as a block) goes to the beginning of the next marked block;
 * with no later block, to the end. Duplicate page numbers keep the first.
 */
export function insertPageBreaks(xhtml: string, starts: readonly PageStart[], marker: (page: number) => string = pageBreakMarker): PageBreakPlacement {
  const blocks = findBlocks(xhtml);
  const tokens = [...blocks.keys()].sort((a, b) => a - b);
  const insertions: Array<{ at: number; page: number }> = [];
  const seen = new Set<number>();
  for (const start of [...starts].sort((a, b) => a.page - b.page)) {
    if (seen.has(start.page)) continue;
    seen.add(start.page);
    const exact = blocks.get(start.tokenIndex);
    const next = exact ? undefined : tokens.find((token) => token > start.tokenIndex);
    const block = exact ?? (next === undefined ? undefined : blocks.get(next));
    const at = block ? positionInBlock(xhtml, block, exact ? Math.max(0, start.textOffset) : 0) : xhtml.length;
    insertions.push({ at, page: start.page });
  }
  // Insert from the end so earlier positions stay valid; equal positions keep page order.
  const ordered = [...insertions].sort((a, b) => b.at - a.at || b.page - a.page);
  let result = xhtml;
  for (const { at, page } of ordered) result = result.slice(0, at) + marker(page) + result.slice(at);
  return { xhtml: result, placed: insertions.map((insertion) => insertion.page) };
}

function findBlocks(xhtml: string): Map<number, Block> {
  const blocks = new Map<number, Block>();
  for (const match of xhtml.matchAll(tag)) {
    if (match[1]) continue;
    const token = /\sdata-token="(\d+)"/.exec(match[3] ?? "")?.[1];
    if (token === undefined || blocks.has(Number(token))) continue;
    blocks.set(Number(token), {
      name: match[2] ?? "",
      open: match.index,
      contentStart: match.index + match[0].length,
      selfClosing: match[4] === "/",
    });
  }
  return blocks;
}

/** Index in `xhtml` before the counted character number `offset` of the block (after the last one when the block is shorter). */
function positionInBlock(xhtml: string, block: Block, offset: number): number {
  if (block.selfClosing) return block.open;
  let depth = 1;
  let skipFrom = 0;
  let count = 0;
  let afterLast = block.contentStart;
  const scanner = new RegExp(tag.source, "g");
  scanner.lastIndex = block.contentStart;
  let textStart = block.contentStart;
  for (;;) {
    const match = scanner.exec(xhtml);
    const textEnd = match ? match.index : xhtml.length;
    if (!skipFrom) {
      for (let i = textStart; i < textEnd; ) {
        const { length, counts } = characterAt(xhtml, i);
        if (counts > 0 && count >= offset) return i;
        count += counts;
        i += length;
        if (counts > 0) afterLast = i;
      }
    }
    if (!match) return afterLast;
    textStart = match.index + match[0].length;
    if (match[1]) {
      depth--;
      if (skipFrom && depth < skipFrom) skipFrom = 0;
      if (depth === 0) return afterLast;
    } else if (match[4] !== "/") {
      depth++;
      if (!skipFrom && isNoteApparatus(match[2] ?? "", match[3] ?? "")) skipFrom = depth;
    }
  }
}

function isNoteApparatus(name: string, attributes: string): boolean {
  if (name.toLowerCase() === "aside") return true;
  const classes = /\sclass="([^"]*)"/.exec(attributes)?.[1]?.split(/\s+/) ?? [];
  return classes.includes("note-call");
}

/** One character of text at `i`: how long it is in the source and how many units it counts for. */
function characterAt(xhtml: string, i: number): { length: number; counts: number } {
  if (xhtml[i] === "&") {
    const match = entity.exec(xhtml.slice(i, i + 12));
    if (match) return { length: match[0].length, counts: unitsOf(decodeReference(match[1] ?? "")) };
  }
  const code = xhtml.codePointAt(i) ?? 0;
  const length = code > 0xffff ? 2 : 1;
  return { length, counts: unitsOf(code) };
}

function unitsOf(code: number): number {
  if (code === 0xad) return 0;
  return code > 0xffff ? 2 : 1;
}

function decodeReference(body: string): number {
  if (body.startsWith("#x") || body.startsWith("#X")) return Number.parseInt(body.slice(2), 16);
  if (body.startsWith("#")) return Number.parseInt(body.slice(1), 10);
  return body.length > 0 ? 0x3f : 0; // a named reference stands for one character
}
