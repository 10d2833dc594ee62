/**
 * A printed book's front matter after its title page: the copyright page (edition, ISBN or
 * identifier, publisher, date, rights) and the contents. The contents is a plain list of the
 * chapters, each linked to its opening, kept here on its own so that a contents with page
 * numbers can take its place without touching the rest of the print page.
 */
import { contentsHtml } from "../../crossref/contents.ts";
import { escapeHtml } from "../../markdown/html.ts";
import type { FrontMatterFacts } from "../article-view.ts";

/** The copyright page's lines, plain text, in the order books print them. */
export function copyrightLines(facts: FrontMatterFacts): string[] {
  const year = facts.date?.slice(0, 4);
  return [
    facts.rights ?? (facts.authors.length ? `© ${year ? `${year} ` : ""}${facts.authors.join(", ")}` : undefined),
    facts.edition ? `Edition ${facts.edition}` : undefined,
    facts.publisher ? `Published by ${facts.publisher}${year ? `, ${year}` : ""}` : undefined,
    facts.isbn ? `ISBN ${facts.isbn}` : facts.identifier ? `Identifier ${facts.identifier}` : undefined,
  ].filter((line): line is string => Boolean(line));
}

export function copyrightPage(facts: FrontMatterFacts): string {
  const lines = copyrightLines(facts).map((line) => `<p>${escapeHtml(line)}</p>`);
  return `<section class="copyright-page" aria-label="Copyright">\n<p class="copyright-title">${escapeHtml(facts.title)}</p>\n${lines.join("\n")}\n</section>\n`;
}

/**
 * The contents: each chapter's title, linked to its heading, with a leader and the page it
 * opens on, written by the print runtime once the pages exist (as for a `toc: true` contents).
 */
export function printContents(chapters: ReadonlyArray<{ id: string; title: string }>): string {
  const entries = chapters.map((chapter) => ({ section: { id: chapter.id, level: 1, number: "", text: chapter.title }, depth: 1, children: [] }));
  return `<div class="print-contents">${contentsHtml(entries, { pageNumbers: true, title: "Contents", className: "book-contents" })}</div>
`;
}
