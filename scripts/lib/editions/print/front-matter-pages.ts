/**
 * A printed book's front matter after its title page: the copyright page (edition, ISBN or
 * identifier, publisher, date, rights) and the contents. The contents is a plain list of the
 * chapters, each linked to its opening, kept here on its own so that a contents with page
 * numbers can take its place without touching the rest of the print page.
 */
import { contentsHtml } from "../../crossref/contents.ts";
import { escapeHtml } from "../../markdown/html.ts";
import type { FrontMatterFacts } from "../article-view.ts";
import { editionWords } from "../../language/edition-words.ts";

/** The copyright page's lines, plain text, in the order books print them, in the book's language. */
export function copyrightLines(facts: FrontMatterFacts, lang: string): string[] {
  const words = editionWords(lang);
  const year = facts.date?.slice(0, 4);
  return [
    facts.rights ?? (facts.authors.length ? `© ${year ? `${year} ` : ""}${facts.authors.join(", ")}` : undefined),
    facts.edition ? words.edition(facts.edition) : undefined,
    facts.publisher ? words.publishedBy(facts.publisher, year) : undefined,
    facts.isbn ? `ISBN ${facts.isbn}` : facts.identifier ? `${words.identifier} ${facts.identifier}` : undefined,
  ].filter((line): line is string => Boolean(line));
}

export function copyrightPage(facts: FrontMatterFacts, lang: string): string {
  const lines = copyrightLines(facts, lang).map((line) => `<p>${escapeHtml(line)}</p>`);
  return `<section class="copyright-page" aria-label="${escapeHtml(editionWords(lang).copyright)}">\n<p class="copyright-title">${escapeHtml(facts.title)}</p>\n${lines.join("\n")}\n</section>\n`;
}

/**
 * The contents: each chapter's title, linked to its heading, with a leader and the page it
 * opens on, written by the print runtime once the pages exist (as for a `toc: true` contents).
 */
export function printContents(chapters: ReadonlyArray<{ id: string; title: string }>, lang: string, scriptLanguages: Readonly<Record<string, string>> = {}): string {
  const entries = chapters.map((chapter) => ({ section: { id: chapter.id, level: 1, number: "", text: chapter.title }, depth: 1, children: [] }));
  return `<div class="print-contents">${contentsHtml(entries, { pageNumbers: true, title: editionWords(lang).contents, className: "book-contents", language: { lang, scriptLanguages } })}</div>
`;
}
