/**
 * Reads note calls and notes out of HTML/XHTML documents (the web page, the EPUB's content
 * documents) by the semantics a reading system uses: ARIA roles (`doc-noteref`,
 * `doc-footnote`, `doc-endnote`, `doc-backlink`), EPUB's `epub:type` (`noteref`,
 * `footnote`, `endnote`), and the items of a list that is a child of a `doc-endnotes` section
 * (DPUB-ARIA 1.1 deprecated `doc-endnote` for such items: the list says what they are).
 * Numbers and texts are taken from what is displayed, and every link between calls and notes
 * is followed, across documents, to what it reaches: each call's link to its note, and each of
 * a note's backlinks to a call.
 */
import type { ExtractedCall, ExtractedNote, FollowedLink } from "./edition-types.ts";
import type { HtmlElement } from "./html-tree.ts";
import { isUnseen, visibleText } from "./html-text.ts";
import { AnchorIndex, type Anchor } from "./html-links.ts";

const callRoles = new Set(["doc-noteref"]);
const callTypes = new Set(["noteref"]);
const noteRoles = new Set(["doc-footnote", "doc-endnote"]);
const noteTypes = new Set(["footnote", "endnote", "rearnote"]);
const backlinkRoles = new Set(["doc-backlink"]);
const endnotesRoles = new Set(["doc-endnotes"]);
const endnotesTypes = new Set(["endnotes", "rearnotes"]);

/** Where an element stands with regard to an endnotes section: its child, or an item of its list. */
type EndnotesContext = "section" | "list" | undefined;

interface FoundLink {
  href?: string;
  /** The document the link is written in. */
  file: string;
}

interface FoundCall extends Omit<ExtractedCall, "file">, FoundLink {}

/** Collects from several documents in reading order, then resolves links between them. */
export class NoteMarkupReader {
  readonly calls: FoundCall[] = [];
  readonly notes: ExtractedNote[] = [];
  /** Each note's backlinks, by the note's index. */
  private readonly backlinks: FoundLink[][] = [];
  private readonly anchors = new AnchorIndex();

  /** Reads one document; `file` is its path inside the edition (used to resolve links). */
  read(root: HtmlElement, file: string): void {
    this.walk(root, file, undefined);
  }

  private walk(element: HtmlElement, file: string, noteIndex: number | undefined, endnotes: EndnotesContext = undefined): void {
    if (isUnseen(element)) return;
    let inside = noteIndex;
    const isListedEndnote = endnotes === "list" && element.name === "li";
    if (isListedEndnote || hasToken(element, noteRoles, noteTypes)) {
      inside = this.notes.length;
      this.notes.push({ ...splitNoteNumber(visibleText(element)), file });
      this.backlinks.push([]);
    }
    const isCall = hasToken(element, callRoles, callTypes);
    if (element.attrs.id) {
      // A call inside a note is still a call: a backlink to it reaches a call.
      const anchor: Anchor = isCall ? { kind: "call", index: this.calls.length } : inside !== undefined ? { kind: "note", index: inside } : { kind: "other" };
      this.anchors.add(file, element.attrs.id, anchor);
    }
    if (isCall) this.calls.push({ number: leadingNumber(visibleText(element)), href: element.attrs.href, file, inNote: inside !== undefined });
    if (inside !== undefined && hasToken(element, backlinkRoles)) this.backlinks[inside]?.push({ href: element.attrs.href, file });
    const childContext: EndnotesContext = hasToken(element, endnotesRoles, endnotesTypes)
      ? "section"
      : endnotes === "section" && (element.name === "ol" || element.name === "ul")
        ? "list"
        : undefined;
    for (const child of element.children) {
      if (child.kind === "element") this.walk(child, file, inside, childContext);
    }
  }

  /** Calls with `link` (and `target`, the number shown by the note the link opens) set. */
  resolvedCalls(): ExtractedCall[] {
    return this.calls.map(({ href, ...call }) => {
      const link = this.follow({ href, file: call.file });
      return { ...call, target: link.reaches === "note" ? (link.number ?? null) : null, link };
    });
  }

  /** Notes with `backlinks` set to what each of their links back to the text reaches. */
  resolvedNotes(): ExtractedNote[] {
    return this.notes.map((note, index) => ({ ...note, backlinks: (this.backlinks[index] ?? []).map((link) => this.follow(link)) }));
  }

  private follow(link: FoundLink): FollowedLink {
    return this.anchors.follow(link.href, link.file, (anchor) => {
      if (anchor.kind === "note") return this.notes[anchor.index]?.number;
      if (anchor.kind === "call") return this.calls[anchor.index]?.number;
      return undefined;
    });
  }
}

/** A note's call, by the semantics a reading system goes by (`doc-noteref`, `noteref`). */
export function isNoteCall(element: HtmlElement): boolean {
  return hasToken(element, callRoles, callTypes);
}

function hasToken(element: HtmlElement, roles: Set<string>, types = new Set<string>()): boolean {
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
