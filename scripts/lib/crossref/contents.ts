/**
 * The table of contents, from the headings the model numbered: which ones it lists (levels
 * counted from the highest the body uses, `tocDepth` of them) and the list as HTML. The print
 * edition adds each entry's page number, written by the print runtime once the pages exist
 * (data-page-of, as for cross-references), after a dotted leader drawn as a background image (not
 * characters, so the text layer reads "2.3 Title 7"); the web page lists the entries alone.
 * The EPUB's nav lists the same entries (epub/navigation-document.ts).
 */
import { escapeHtml } from "../markdown/html.ts";
import type { LanguageContext } from "../markdown/marked-text.ts";
import { emphasisMarkedHtml } from "../markdown/title-emphasis.ts";
import type { NumberedSection } from "./crossref-types.ts";
import { pageNumberPlaceholder, pageOfAttribute } from "./crossref-render.ts";

export interface ContentsEntry {
  section: NumberedSection;
  /** 1 for the highest level listed. */
  depth: number;
  children: ContentsEntry[];
}

/** The headings a contents of `depth` levels lists, nested by level. */
export function contentsEntries(sections: readonly NumberedSection[], depth: number): ContentsEntry[] {
  const top = Math.min(...sections.map((section) => section.level));
  const roots: ContentsEntry[] = [];
  const open: ContentsEntry[] = [];
  for (const section of sections) {
    const entryDepth = section.level - top + 1;
    if (entryDepth > depth) continue;
    const entry: ContentsEntry = { section, depth: entryDepth, children: [] };
    while (open.length && (open.at(-1) as ContentsEntry).depth >= entryDepth) open.pop();
    (open.at(-1)?.children ?? roots).push(entry);
    open.push(entry);
  }
  return roots;
}

export interface ContentsHtmlOptions {
  /** Where an entry's heading is; defaults to `#id`. */
  href?: (id: string) => string;
  /** Print: a leader and the page number after each entry. */
  pageNumbers?: boolean;
  title: string;
  /** A class of the list's own besides `toc`, for a stylesheet to tell one contents from another. */
  className?: string;
  /** The document's languages: a heading's words in another script carry their language here too, as in the heading. */
  language?: LanguageContext;
}

export function contentsHtml(entries: readonly ContentsEntry[], options: ContentsHtmlOptions): string {
  const href = options.href ?? ((id: string) => `#${id}`);
  const list = (items: readonly ContentsEntry[]): string =>
    `<ol class="toc-list">${items.map((entry) => item(entry)).join("")}</ol>`;
  const item = (entry: ContentsEntry): string => {
    const { id, number, text, emphasis } = entry.section;
    const words = options.language ? emphasisMarkedHtml(text, emphasis, options.language) : escapeHtml(text);
    // One box for number and title: a flex container would drop the space between two.
    const label = `<span class="toc-label">${number ? `<span class="toc-number">${escapeHtml(number)}</span> ` : ""}${words}</span>`;
    const page = options.pageNumbers
      ? `<span class="toc-leader" aria-hidden="true"></span><span class="toc-page" ${pageOfAttribute}="${escapeHtml(id)}">${pageNumberPlaceholder}</span>`
      : "";
    return `<li class="toc-entry toc-depth-${entry.depth}"><a href="${escapeHtml(href(id))}">${label}${page}</a>${entry.children.length ? list(entry.children) : ""}</li>`;
  };
  return `<nav class="${options.className ? `toc ${escapeHtml(options.className)}` : "toc"}" role="doc-toc" aria-labelledby="toc-title"><h2 id="toc-title" class="toc-title">${escapeHtml(options.title)}</h2>${list(entries)}</nav>`;
}
