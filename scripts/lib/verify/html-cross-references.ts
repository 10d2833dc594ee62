/**
 * Cross-references of the web page or the EPUB's content documents, read as a reader reads
 * them: every link whose words are "section 2.3", "figure 4", "table 1" or "note 7", followed
 * (across files) to what it reaches, and the number shown there (the heading's own number, the
 * "Figure 4." opening a caption, or the number a note opens with); the caption labels and heading numbers in reading order; and
 * the entries of a table of contents (a `doc-toc` or `epub:type="toc"` nav), each followed to
 * the heading it names.
 */
import { anchorKey, displayHref } from "./html-links.ts";
import { descendants, type HtmlElement } from "./html-tree.ts";
import { visibleText } from "./html-text.ts";
import { isNoteCall } from "./html-notes.ts";
import { referencePatterns, type ReferencePatterns } from "./reference-patterns.ts";

export interface ReadReference {
  /** "figure 4", lower case, as the link says. */
  says: string;
  /** What the place it leads to shows ("figure 4"), or null when it leads nowhere or to no such number. */
  reaches: string | null;
  href: string;
}

export interface ReadContentsEntry {
  text: string;
  /** The text of the heading the entry leads to, or null. */
  reaches: string | null;
  href: string;
}

export interface ReadCrossrefs {
  references: ReadReference[];
  captions: string[];
  sectionNumbers: string[];
  contents: ReadContentsEntry[];
}

const sectionNumber = /^(\d+(?:\.\d+)*)\s+\S/;

export function textOf(element: HtmlElement): string {
  return visibleText(element).replace(/\s+/g, " ").trim();
}

/** What a target shows of its number: a heading's "2.3", a figure's or table's caption label. */
function shownNumber(element: HtmlElement | undefined, patterns: ReferencePatterns): string | null {
  if (!element) return null;
  // A note shows its number where it opens ("7." on the web, "7" in the EPUB).
  const noteNumber = element.attrs.id?.startsWith("fn-") && [...descendants(element)].find((child) => (child.attrs.class ?? "").split(/\s+/).includes("note-number"));
  if (noteNumber) {
    const number = /^(\d+)\.?$/.exec(textOf(noteNumber));
    return number ? `note ${number[1]}` : null;
  }
  if (/^h[1-6]$/.test(element.name)) {
    const number = sectionNumber.exec(textOf(element));
    return number ? `section ${number[1]}` : null;
  }
  const caption = [...descendants(element)].find((child) => child.name === "figcaption" || child.name === "caption");
  const label = caption ? patterns.caption.exec(textOf(caption)) : null;
  const kind = label ? patterns.kindOf(label[1] as string) : undefined;
  return label && kind ? `${kind} ${label[2]}` : null;
}

/** `lang`: the document's, whose words (reference-patterns.ts) the editions print. */
export function readHtmlCrossrefs(documents: ReadonlyArray<{ path: string; root: HtmlElement }>, contentsPath?: string, lang = "en"): ReadCrossrefs {
  const patterns = referencePatterns(lang);
  const byId = new Map<string, HtmlElement>();
  for (const { path, root } of documents) {
    for (const element of descendants(root)) {
      const id = element.attrs.id;
      if (id && !byId.has(`${path}#${id}`)) byId.set(`${path}#${id}`, element);
    }
  }
  const read: ReadCrossrefs = { references: [], captions: [], sectionNumbers: [], contents: [] };
  for (const { path, root } of documents) {
    const nav = contentsNav(root);
    const inContents = new Set(nav ? descendants(nav) : []);
    for (const element of descendants(root)) {
      // A link out of the publication ("section 12.6.6" of another site's text) is no cross-reference of its own.
      if (element.name === "a" && element.attrs.href !== undefined && !inContents.has(element) && !leavesPublication(element.attrs.href)) {
        const says = patterns.said.exec(textOf(element));
        const kind = says ? patterns.kindOf(says[1] as string) : undefined;
        if (says && kind) {
          const target = byId.get(anchorKey(element.attrs.href, path));
          read.references.push({ says: `${kind} ${says[2]}`, reaches: shownNumber(target, patterns), href: displayHref(element.attrs.href, path) });
        }
      }
      if (element.name === "figcaption" || element.name === "caption") {
        const label = patterns.caption.exec(textOf(element));
        const kind = label ? patterns.kindOf(label[1] as string) : undefined;
        if (label && (kind === "figure" || kind === "table")) read.captions.push(patterns.captionLabel(kind, label[2] as string));
      }
      if (/^h[1-6]$/.test(element.name)) {
        const number = sectionNumber.exec(textOf(element));
        if (number) read.sectionNumbers.push(number[1] as string);
      }
    }
  }
  const contents = documents.find((document) => document.path === (contentsPath ?? document.path) && contentsNav(document.root));
  if (contents) {
    for (const link of [...descendants(contentsNav(contents.root) as HtmlElement)].filter((element) => element.name === "a")) {
      const target = byId.get(anchorKey(link.attrs.href ?? "", contents.path));
      read.contents.push({ text: textOf(link), reaches: target ? headingWords(target) : null, href: displayHref(link.attrs.href ?? "", contents.path) });
    }
  }
  return read;
}

function leavesPublication(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//");
}

/** A heading's words as its contents entry gives them: without the calls of notes it holds (a heading may call one). */
function headingWords(element: HtmlElement): string {
  // The raised comma between adjacent calls goes with them.
  const callOrSeparator = (node: HtmlElement): boolean => isNoteCall(node) || (node.attrs.class ?? "").split(/\s+/).includes("note-call-separator");
  return visibleText(element, callOrSeparator).replace(/\s+/g, " ").trim();
}

function contentsNav(root: HtmlElement): HtmlElement | undefined {
  return [...descendants(root)].find((element) => element.name === "nav" && (element.attrs.role === "doc-toc" || element.attrs["epub:type"] === "toc"));
}
