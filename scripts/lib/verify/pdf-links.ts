/**
 * The print edition's note links, followed as a reader clicking them in a PDF viewer would:
 * each call (a link showing `7`) must land on the note numbered 7, and each note's number (a
 * link showing `7.`) on a call showing 7. MuPDF gives every link annotation with its box and
 * its destination (page and point); the text under the box and at the destination is read
 * from the page's text (as pdf-lines.ts read it), so nothing here depends on the ids the
 * print page used.
 *
 * Chromium writes no annotation at all for a link whose target is missing, so a broken link
 * shows as a call or a note with no link over its number: where the PDF has note links, every
 * call and every note the extractor found must have one.
 */
import { findContentsEntries } from "./pdf-contents-lines.ts";
import { editionNames, type ExtractedEdition, type Mismatch } from "./edition-types.ts";
import { rightToLeftReadingOrder } from "./pdf-logical-order.ts";
import type { NotePlacement } from "../document/front-matter.ts";
import type { PdfChar, PdfPage } from "./pdf-lines.ts";

export interface PdfNoteLink {
  /** A call (its text is a number) or a note's number linking back to its call (`7.`). */
  kind: "call" | "backlink";
  /** The number the link shows. */
  number: number;
  /** 1-based page the link is on. */
  page: number;
  /** Where it lands and the number printed first there; null when its destination resolves to no page. */
  target: { page: number; number: number | null } | null;
}

/**
 * Every link of the PDF that shows a call's or a note's number, in page order, from the links
 * and the text pdf-lines.ts read: the PDF is opened once for both.
 */
export function readPdfNoteLinks(pages: readonly PdfPage[], lang = "en"): PdfNoteLink[] {
  // An entry of the contents is a link that may read as a number alone: a chapter called "1811".
  const contents = new Set(findContentsEntries(pages, lang).map((entry) => entry.link));
  const chars = new Map<number, PdfChar[]>();
  const charsOf = (index: number): PdfChar[] => {
    let found = chars.get(index);
    if (!found) chars.set(index, (found = pages[index]?.lines.flatMap((line) => line.chars) ?? []));
    return found;
  };
  const links: PdfNoteLink[] = [];
  pages.forEach((page, index) => {
    for (const link of page.internalLinks ?? []) {
      if (contents.has(link)) continue;
      const { left, top, right, bottom, target } = link;
      // Pages read as a right-to-left document's hold their lines in reading order (pdf-lines.ts).
      const shown = /^(\d+)([.)]?)$/.exec(textIn(charsOf(index), left, top, right, bottom, page.rightToLeft === true));
      if (!shown) continue;
      const there = target ? /^\d+/.exec(textAt(charsOf(target.pageIndex), target.x, target.y, pages[target.pageIndex]?.rightToLeft === true)) : null;
      links.push({
        kind: shown[2] ? "backlink" : "call",
        number: Number(shown[1]),
        page: index + 1,
        target: target ? { page: target.pageIndex + 1, number: there ? Number(there[0]) : null } : null,
      });
    }
  });
  return links;
}

/**
 * The characters whose middle lies inside the box, in reading order, spaces dropped. Letters
 * of no width belong to the glyph before them (the ्र of प्र), which may end at the box's edge.
 */
function textIn(chars: readonly PdfChar[], left: number, top: number, right: number, bottom: number, rightToLeft: boolean): string {
  const inside = chars.filter((ch) => hasWidth(ch) && within((ch.x + ch.right) / 2, left, right) && within((ch.top + ch.bottom) / 2, top, bottom));
  return inReadingOrder(inside, rightToLeft).replace(/\s+/g, "");
}

function inReadingOrder(chars: PdfChar[], rightToLeft: boolean): string {
  const ordered = rightToLeft ? rightToLeftReadingOrder(chars) : chars.sort((a, b) => a.x - b.x);
  return ordered.map((ch) => ch.c).join("");
}

/**
 * What is printed where a destination points: its point is the top left corner of the target,
 * so the characters are those just below it whose middle lies right of it (the full stop
 * before a call ends a little past the call's corner), and whose middle lies below it: the
 * line above may reach down past the point (an Arabic face's descenders do), and its letters
 * are not the target's, while the comma between two calls may start a little above it.
 */
function textAt(chars: readonly PdfChar[], x: number, y: number, rightToLeft: boolean): string {
  const onRow = chars.filter((ch) => (ch.top + ch.bottom) / 2 >= y && within(y + 2, ch.top - 0.5, ch.bottom + 0.5));
  // A number reads left to right in either direction: a call's, just right of its corner, in
  // its own size (a table cell's "6.1" set right after a call to note 18 is no part of it).
  // Letters of no width are the rest of the cluster before the call (the ्र of प्र, drawn as
  // one glyph with its प), which may end right at the call's corner.
  const near = leadingNumberOfOneSize(onRow.filter((ch) => hasWidth(ch) && within((ch.x + ch.right) / 2, x, x + 20)).sort((a, b) => a.x - b.x));
  // A right-to-left note's point is its box's left corner, and its number stands at the right
  // end of its first line, where that line's reading starts.
  if (!rightToLeft || /^\d/.test(near)) return near;
  return inReadingOrder(onRow.filter((ch) => (ch.x + ch.right) / 2 >= x), true).trimStart();
}

/** The text of `chars` (left to right), and of a number opening it only the digits of its first digit's size. */
function leadingNumberOfOneSize(chars: readonly PdfChar[]): string {
  const first = chars.findIndex((ch) => ch.c.trim() !== "");
  const digit = chars[first];
  if (!digit || !/\d/.test(digit.c)) return chars.map((ch) => ch.c).join("").trimStart();
  let end = first + 1;
  while (end < chars.length && /\d/.test(chars[end]?.c ?? "") && Math.abs((chars[end]?.size ?? 0) - digit.size) <= 0.03 * digit.size) end++;
  return chars.slice(first, end).map((ch) => ch.c).join("");
}

const hasWidth = (ch: PdfChar): boolean => ch.right > ch.x;

function within(value: number, from: number, to: number): boolean {
  return value >= from && value <= to;
}

/** One line per broken note link of the PDF, named by the number the reader sees (`note 7: PDF call leads nowhere (page 3)`). */
export function pdfLinkMismatches(links: readonly PdfNoteLink[], edition: ExtractedEdition, placement: NotePlacement = "footnotes"): Mismatch[] {
  const name = editionNames.pdf;
  const mismatches: Mismatch[] = [];
  const add = (note: number, message: string): void => {
    mismatches.push({ note, edition: "pdf", kind: "link", message: `note ${note}: ${name} ${message}` });
  };
  for (const { kind, number, page, target } of links) {
    if (!target) {
      add(number, `${kind} leads nowhere (page ${page})`);
    } else if (target.number !== number) {
      const there = target.number;
      const reached = kind === "call" ? `links to ${there === null ? "no note" : `note ${there}`}` : `leads to ${there === null ? "no call" : `a call of note ${there}`}`;
      add(number, `${kind} on page ${page} ${reached} on page ${target.page}`);
    } else if (kind === "call") {
      const expected = nearestNotePage(edition, number, page, placement);
      if (expected !== undefined && expected !== target.page) add(number, `call on page ${page} links to the note ${number} on page ${target.page}, not to the one on page ${expected}`);
    }
  }
  // A PDF without note links (printed from elsewhere) has nothing to follow; one with them must have them all.
  if (links.length) {
    for (const missing of unlinked(edition.calls, links, "call")) add(missing.number, `call leads nowhere (no link on page ${missing.page})`);
    const notesMissing = unlinked(edition.notes, links, "backlink");
    for (const missing of notesMissing) add(missing.number, `backlink leads nowhere (no link on page ${missing.page})`);
    // A note whose number is no link may not even be read as a note: every number called needs one.
    const backlinked = new Set([...links.filter((link) => link.kind === "backlink").map((link) => link.number), ...notesMissing.map((missing) => missing.number)]);
    const called = [...links.filter((link) => link.kind === "call").map((link) => link.number), ...edition.calls.map((call) => call.number)];
    for (const number of new Set(called)) if (number !== null && !backlinked.has(number)) add(number, "backlink leads nowhere (no note shows it as a link)");
  }
  return mismatches.sort((a, b) => (a.note ?? 0) - (b.note ?? 0));
}

/**
 * The page of the note a reader takes a call to open, when the same number may stand on
 * several notes (a book numbered per chapter): a footnote is the last note with the number on
 * or before the call's page; an endnote of the chapter, the first on or after it. Notes
 * gathered at the end of a book give no such rule: undefined, nothing to check.
 */
function nearestNotePage(edition: ExtractedEdition, number: number, page: number, placement: NotePlacement): number | undefined {
  const pages = edition.notes.filter((note) => note.number === number && note.page !== undefined).map((note) => note.page as number);
  if (pages.length < 2) return undefined;
  // A footnote held over to the next page, behind the rest of a long note that fills its call's
  // page (the layout checks allow it), is the call's own, not an earlier chapter's of its number.
  // A note of that number on the next page whose own call is there belongs to the next chapter.
  const calledThere = edition.calls.some((call) => call.number === number && call.page === page + 1);
  if (placement === "footnotes" && !pages.includes(page) && pages.includes(page + 1) && !calledThere) return page + 1;
  const candidates = placement === "footnotes" ? pages.filter((notePage) => notePage <= page) : placement === "endnotes" ? pages.filter((notePage) => notePage >= page) : [];
  if (!candidates.length) return undefined;
  return placement === "footnotes" ? Math.max(...candidates) : Math.min(...candidates);
}

/** Calls or notes found on a page with more of them showing a number than links showing it there. */
function unlinked(found: ReadonlyArray<{ number: number | null; page?: number }>, links: readonly PdfNoteLink[], kind: PdfNoteLink["kind"]): Array<{ number: number; page: number }> {
  const available = new Map<string, number>();
  for (const link of links) if (link.kind === kind) available.set(`${link.page}:${link.number}`, (available.get(`${link.page}:${link.number}`) ?? 0) + 1);
  const missing: Array<{ number: number; page: number }> = [];
  for (const item of found) {
    if (item.number === null || item.page === undefined) continue;
    const key = `${item.page}:${item.number}`;
    const left = available.get(key) ?? 0;
    if (left > 0) available.set(key, left - 1);
    else missing.push({ number: item.number, page: item.page });
  }
  return missing;
}
