/**
 * One chapter file of a book, parsed once on its own: note labels belong to the chapter (every
 * chapter may have its own `[^1]`), and every problem names the chapter's file and line.
 *
 * A chapter opens with its one `#` heading, its title. In the book, the title block is the
 * book's `<h1>`, so a chapter's headings move one level down: the chapter title becomes an
 * `<h2>` (each e-book file starts at one), its `##` sections `<h3>`.
 */
import { markdownEngine, type RenderEnv } from "../engine/markdown-engine.ts";
import type { FootnoteModel } from "../markdown/footnote-model.ts";
import type { Heading } from "../markdown/heading-ids.ts";
import type { Token } from "../markdown/markdown-types.ts";
import type { Diagnostic } from "../errors.ts";
import type { CrossrefCounts, CrossrefModel } from "../crossref/crossref-types.ts";
import type { ArticleMeta } from "./front-matter.ts";
import { collectImages, type ArticleImage } from "./images.ts";
import { takeOutHtmlComments } from "../markdown/raw-html.ts";
import type { CitationContext } from "../citations/citation-context.ts";
import { relocateCitations } from "../citations/render-citations.ts";

export interface ParsedChapter {
  file: string;
  title: string;
  tokens: Token[];
  notes: FootnoteModel;
  headings: Heading[];
  images: ArticleImage[];
  diagnostics: Diagnostic[];
  /** Its labelled headings, figures and tables, numbered on from the chapters before it; references resolved by the book. */
  crossrefs?: CrossrefModel;
}

/** Class of a chapter's title heading: print starts it on a new page. */
export const chapterTitleClass = "chapter-title";

/** `bookFolder`: the folder images must stay inside (a chapter in a subfolder may show the book's images). `citations`: the book's, when it cites. */
export function parseChapter(source: string, file: string, meta: ArticleMeta, bookFolder?: string, countsBefore: CrossrefCounts = { chapters: 0, figures: 0, tables: 0 }, citations?: CitationContext): ParsedChapter {
  const env: RenderEnv = {
    sourcePath: file,
    lineOffset: 0,
    languages: { document: meta.lang, scripts: meta.scriptLanguages },
    figureNumbering: meta.figureNumbering,
    bookChapter: { counts: countsBefore },
    // The chapter's citations are found and, in a note style, made notes here; the book formats them all at once.
    ...(citations ? { citations, citationsDeferred: true } : {}),
  };
  const diagnostics: Diagnostic[] = [];
  if (/^---[ \t]*\r?\n/.test(source)) {
    diagnostics.push({ severity: "error", code: "chapter-front-matter", message: "a chapter file has no front matter: the book's fields go in book.yml, and the chapter's title is its # heading", location: { file, line: 1 } });
  }
  const rawHtml = takeOutHtmlComments(source, file, 0);
  diagnostics.push(...rawHtml.warnings);
  const tokens = markdownEngine.parse(rawHtml.text.normalize("NFC"), env as unknown as Record<string, unknown>);
  const notes = env.footnoteModel ?? { notes: [], calls: [], diagnostics: [] };
  const headings = env.headings ?? [];
  const images = collectImages(tokens, file, 0, bookFolder, notes.notes);
  diagnostics.push(...(env.structureDiagnostics ?? []), ...notes.diagnostics, ...images.diagnostics);

  const titles = headings.filter((heading) => heading.level === 1);
  const lineOf = (heading: Heading): number => (tokens[heading.tokenIndex]?.map?.[0] ?? 0) + 1;
  const first = titles[0];
  if (!first) {
    diagnostics.push({ severity: "error", code: "chapter-no-title", message: "the chapter has no # heading: start it with `# The chapter's title`", location: { file, line: 1 } });
  } else if (first !== headings[0] || tokens.slice(0, first.tokenIndex).some((token) => token.level === 0 && token.type !== "footnote_block_open")) {
    diagnostics.push({ severity: "error", code: "chapter-title-not-first", message: "the chapter's # heading must come first: it opens the chapter's page", location: { file, line: lineOf(first) } });
  }
  for (const extra of titles.slice(1)) {
    diagnostics.push({ severity: "error", code: "chapter-two-titles", message: `a second # heading in one chapter (the title is "${first?.text ?? ""}", line ${first ? lineOf(first) : 1}); use ## for a section, or make it a chapter file of its own`, location: { file, line: lineOf(extra) } });
  }
  if (citations) relocateCitations(tokens, notes.citations ?? []);
  for (const heading of headings) demote(tokens, heading);
  if (first) tokens[first.tokenIndex]?.attrJoin("class", chapterTitleClass);
  return { file, title: first?.text ?? "", tokens, notes, headings, images: images.images, diagnostics, crossrefs: env.crossrefs };
}

function demote(tokens: Token[], heading: Heading): void {
  const level = Math.min(heading.level + 1, 6);
  heading.level = level;
  const open = tokens[heading.tokenIndex];
  if (open) open.tag = `h${level}`;
  for (let index = heading.tokenIndex + 1; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.type === "heading_close") {
      token.tag = `h${level}`;
      return;
    }
  }
}
