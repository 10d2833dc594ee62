/**
 * Reads the web edition back from its HTML: calls and endnotes in document order, each
 * call's link followed to the note it opens and each backlink to the call it reaches.
 * A book's web edition is its contents page and the pages its contents list links to, read
 * in that order as a reader turning the pages would, links followed across pages.
 */
import type { ExtractedEdition } from "./edition-types.ts";
import { NoteMarkupReader } from "./html-notes.ts";
import { descendants, parseHtml, type HtmlElement } from "./html-tree.ts";
import { bodyText } from "./html-body-text.ts";

/** Reads a page beside the first one by its name; undefined when there is no such page. */
export type PageReader = (name: string) => Promise<string | undefined>;

export function extractWebEdition(html: string, file = "index.html"): ExtractedEdition {
  const reader = new NoteMarkupReader();
  const root = parseHtml(html);
  reader.read(root, file);
  return { kind: "web", calls: reader.resolvedCalls(), notes: reader.resolvedNotes(), parts: 1, bodyText: bodyText(root) };
}

/** One page of the web edition, parsed: the first page, or a page its contents list links to. */
export interface WebPage {
  path: string;
  root: HtmlElement;
}

/** The first page and the pages its contents list links to (a book's chapters), in order. */
export async function readLinkedWebPages(html: string, file: string, readPage: PageReader): Promise<WebPage[]> {
  const root = parseHtml(html);
  const pages: WebPage[] = [{ path: file, root }];
  for (const name of contentsLinks(root)) {
    const page = await readPage(name);
    if (page === undefined) throw new Error(`the contents link to ${name}, which is not there`);
    pages.push({ path: name, root: parseHtml(page) });
  }
  return pages;
}

/** The notes and text of web pages read in order, links followed across them. */
export function extractWebPages(pages: readonly WebPage[]): ExtractedEdition {
  const reader = new NoteMarkupReader();
  for (const page of pages) reader.read(page.root, page.path);
  return { kind: "web", calls: reader.resolvedCalls(), notes: reader.resolvedNotes(), parts: pages.length, bodyText: pages.map((page) => bodyText(page.root)).join(" ") };
}

/** The web edition with the pages its contents list links to (a book's chapters), read in order. */
export async function extractLinkedWebEdition(html: string, file: string, readPage: PageReader): Promise<ExtractedEdition> {
  return extractWebPages(await readLinkedWebPages(html, file, readPage));
}

/** The pages a book's contents list links to, in its order: names beside the contents page only. */
function contentsLinks(root: HtmlElement): string[] {
  const contents = [...descendants(root)].find((element) => element.name === "nav" && (element.attrs.class ?? "").split(/\s+/).includes("book-contents"));
  if (!contents) return [];
  const names = [...descendants(contents)].filter((element) => element.name === "a").map((element) => element.attrs.href ?? "");
  return [...new Set(names.filter((name) => /^[\w.-]+\.html$/.test(name)))];
}
