/**
 * Reads note calls and notes out of HTML/XHTML documents (the web page, the EPUB's content
 * documents) by the semantics a reading system uses: ARIA roles (`doc-noteref`,
 * `doc-footnote`, `doc-endnote`) and EPUB's `epub:type` (`noteref`, `footnote`, `endnote`).
 * Numbers and texts are taken from what is displayed, and every call's link is followed,
 * across documents, to the note it opens.
 */
import { posix } from "node:path";
import type { ExtractedCall, ExtractedNote } from "./edition-types.ts";
import type { HtmlElement } from "./html-tree.ts";
import { isUnseen, visibleText } from "./html-text.ts";

const callRoles = new Set(["doc-noteref"]);
const callTypes = new Set(["noteref"]);
const noteRoles = new Set(["doc-footnote", "doc-endnote"]);
const noteTypes = new Set(["footnote", "endnote", "rearnote"]);

interface FoundCall extends ExtractedCall {
  href?: string;
}

/** Collects from several documents in reading order, then resolves links between them. */
export class NoteMarkupReader {
  readonly calls: FoundCall[] = [];
  readonly notes: ExtractedNote[] = [];
  /** `file#id` of every element inside a note, to the note's index. */
  private readonly noteByAnchor = new Map<string, number>();

  /** Reads one document; `file` is its path inside the edition (used to resolve links). */
  read(root: HtmlElement, file: string): void {
    this.walk(root, file, undefined);
  }

  private walk(element: HtmlElement, file: string, noteIndex: number | undefined): void {
    if (isUnseen(element)) return;
    let inside = noteIndex;
    if (hasToken(element, noteRoles, noteTypes)) {
      inside = this.notes.length;
      this.notes.push({ ...splitNoteNumber(visibleText(element)), file });
    }
    if (inside !== undefined && element.attrs.id) this.noteByAnchor.set(`${file}#${element.attrs.id}`, inside);
    if (hasToken(element, callRoles, callTypes)) {
      this.calls.push({ number: leadingNumber(visibleText(element)), href: element.attrs.href, file });
    }
    for (const child of element.children) {
      if (child.kind === "element") this.walk(child, file, inside);
    }
  }

  /** Calls with `target` set to the number shown by the note each link opens. */
  resolvedCalls(): ExtractedCall[] {
    return this.calls.map(({ href, ...call }) => {
      const index = href === undefined ? undefined : this.noteByAnchor.get(anchorKey(href, call.file ?? ""));
      const target = index === undefined ? null : (this.notes[index]?.number ?? null);
      return { ...call, target };
    });
  }
}

function hasToken(element: HtmlElement, roles: Set<string>, types: Set<string>): boolean {
  const role = element.attrs.role;
  const type = element.attrs["epub:type"];
  return (role !== undefined && role.split(/\s+/).some((token) => roles.has(token))) || (type !== undefined && type.split(/\s+/).some((token) => types.has(token)));
}

/** The number a call displays: its digits, whatever brackets or spaces surround them. */
function leadingNumber(text: string): number | null {
  const digits = /\d+/.exec(text)?.[0];
  return digits === undefined ? null : Number(digits);
}

/** A note's displayed number (`3.`, `3)`, `3`) and the text after it. */
export function splitNoteNumber(text: string): { number: number | null; text: string } {
  const match = /^\s*(\d+)[.)]?/.exec(text);
  if (!match) return { number: null, text };
  return { number: Number(match[1]), text: text.slice(match[0].length) };
}

/** `file#id` for a link found in `fromFile`; links without a fragment point at no note. */
function anchorKey(href: string, fromFile: string): string {
  const hash = href.indexOf("#");
  if (hash === -1) return "";
  const path = href.slice(0, hash).replace(/\?.*$/, "");
  let fragment = href.slice(hash + 1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // A malformed escape is kept as written; it will simply match no id.
  }
  if (path === "") return `${fromFile}#${fragment}`;
  let target = path;
  try {
    target = decodeURIComponent(path);
  } catch {
    // As above.
  }
  return `${posix.normalize(posix.join(posix.dirname(fromFile), target))}#${fragment}`;
}
