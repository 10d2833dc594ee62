/**
 * The e-book edition: EPUB 3 from the article's shared tokens, with pop-up footnotes numbered
 * by the footnote model, one content document per `##` chapter, the print edition's page
 * numbers when known, embedded fonts, accessibility metadata and a generated cover.
 * The same article (and SOURCE_DATE_EPOCH) always gives the same bytes.
 */
import type { Article } from "../../document/article.ts";
import type { BrowserSession } from "../../browser/browser-session.ts";
import { asPublishError } from "../../errors.ts";
import { renderHeaderCalls, renderTokens, splitNotes } from "../../engine/render.ts";
import type { Token } from "../../markdown/markdown-types.ts";
import type { PageStart } from "../page-starts.ts";
import { accessibilityMetadata } from "./accessibility.ts";
import { removeBlockMarks } from "./block-marks.ts";
import { bookIdentifier, formatModified, modificationDate, zipEntryDate } from "./book-identity.ts";
import { chapterBody, chapterTemplate } from "./chapter-document.ts";
import { chapterOfToken, splitChapters, type EpubChapter } from "./chapters.ts";
import { renderCover } from "./cover-image.ts";
import { packageEpub, type ChapterFile } from "./epub-package.ts";
import { articleImages } from "./embedded-images.ts";
import { epubLabels } from "./epub-labels.ts";
import { languageDirection } from "../../markdown/script-runs.ts";
import { epubNoteRenderer } from "./epub-notes.ts";
import { epubStyling, fontFolder } from "./epub-stylesheet.ts";
import { navigationDocument, navigationFileName } from "./navigation-document.ts";
import { placeNotes, type NotePlacement } from "./note-placement.ts";
import { noteIds } from "../../markdown/note-renderer.ts";
import type { Note } from "../../markdown/footnote-types.ts";
import { escapeHtml } from "../../markdown/html.ts";
import { allNotesIn, endnotesChapter } from "./book-endnotes.ts";
import { packageDocument, type ManifestItem } from "./package-document.ts";
import { insertPageBreaks, pageBreakMarker } from "./page-breaks.ts";
import { toXhtml } from "./xhtml-safe.ts";
import { contentsEntries } from "../../crossref/contents.ts";
import { parseHtmlFragment, serializeXhtml } from "./xhtml-dom.ts";
import { linksAcrossFiles } from "../links-across-files.ts";

export interface EpubOptions {
  /** Where each print page begins (from the print edition), for page markers and a page list. */
  pageStarts?: readonly PageStart[];
  /** The build's browser, used to draw the cover; without it the book has no cover. */
  session?: BrowserSession;
  /** A cover already drawn (the build draws it while the PDF is laid out); wins over `session`. */
  coverPng?: Uint8Array;
}

export interface EpubResult {
  epub: Uint8Array;
  /** The cover as drawn, also worth publishing beside the book; undefined without a session. */
  coverPng: Uint8Array | undefined;
}

export async function renderEpub(article: Article, options: EpubOptions = {}): Promise<EpubResult> {
  try {
    return await buildEpub(article, options);
  } catch (error) {
    throw asPublishError(error, "EPUB edition", { file: article.sourcePath });
  }
}

async function buildEpub(article: Article, options: EpubOptions): Promise<EpubResult> {
  const { meta } = article;
  const labels = epubLabels(meta.lang);
  const direction = languageDirection(meta.lang);
  const { body, notes } = splitNotes(article);
  const textChapters = splitChapters(article, body);
  const textPlacement = placeNotes(article, textChapters, body, notes);
  // Notes at the end of the book (book-endnotes) get a file of their own, after the text.
  const notesChapter = meta.notePlacement === "book-endnotes" && article.notes.notes.length ? endnotesChapter(textChapters, labels.notes, body.length) : undefined;
  const chapters = notesChapter ? [...textChapters, notesChapter] : textChapters;
  const placement = notesChapter ? allNotesIn(textPlacement, notesChapter, article.notes.notes) : textPlacement;
  const noteRenderer = epubNoteRenderer(placement, labels);
  const images = articleImages(article);
  const startsByChapter = groupPageStarts(options.pageStarts ?? [], chapters);
  const citationHref = bibliographyLinks(body, chapters);
  const crossrefHref = targetLinks(body, chapters, meta.titleId, article.notes.notes, placement);
  const headerCalls = renderHeaderCalls(article, noteRenderer, { xhtml: true, citationHref, crossrefHref });

  const pages: Array<{ page: number; label: string; fileName: string }> = [];
  // Pages are named by the folio they print (roman in a book's front matter).
  const folios = new Map((options.pageStarts ?? []).map((start) => [start.page, start.label ?? String(start.page)]));
  const folioOf = (page: number): string => folios.get(page) ?? String(page);
  const files: ChapterFile[] = chapters.map((chapter) => {
    const rendered = renderTokens(article, body.slice(chapter.start, chapter.end), noteRenderer, { xhtml: true, markBlocks: true, citationHref, crossrefHref });
    const tree = parseHtmlFragment(rendered);
    for (const page of insertPageBreaks(tree, startsByChapter.get(chapter) ?? [], chapter.start, (number) => pageBreakMarker(number, folioOf(number)))) pages.push({ page, label: folioOf(page), fileName: chapter.fileName });
    removeBlockMarks(tree.children);
    const chapterNotes = placement.notesIn(chapter).map((number) => {
      const tokens = notes.get(number);
      if (!tokens) throw new Error(`note ${number} has no text in the token stream`);
      return toXhtml(renderTokens(article, tokens, noteRenderer, { xhtml: true, citationHref, crossrefHref }, true));
    });
    if (chapter === notesChapter) groupByChapter(chapterNotes, article);
    const text = chapter === notesChapter ? `<h2 class="notes-heading">${escapeHtml(labels.notes)}</h2>\n` : serializeXhtml(tree.children);
    const xhtml = chapterBody({ chapter, text, notes: chapterNotes, labels, ...(chapter.index === 0 ? { meta, headerCalls } : {}) });
    return { title: chapter.title, fileName: chapter.fileName, xhtml };
  });
  pages.sort((a, b) => a.page - b.page);

  const coverPng = options.coverPng ?? (options.session ? await renderCover(article, options.session) : undefined);
  const pageSource = pages.length ? `print edition PDF (${meta.pageSize})` : undefined;
  // A contents page is worth a place in the reading order only when there are chapters to list.
  const navInSpine = chapters.length > 1 || meta.toc;
  const sections = article.env.crossrefs?.sections ?? [];
  const contents = meta.toc && sections.length ? { entries: contentsEntries(sections, meta.tocDepth), href: crossrefHref } : undefined;
  const nav = navigationDocument({ title: meta.title, lang: meta.lang, scriptLanguages: meta.scriptLanguages, direction, labels, chapters, pages, inSpine: navInSpine, contents });
  const { css, fonts } = await epubStyling([...files.map((file) => file.xhtml), nav].join("\n"), meta.lang);
  const modified = modificationDate(article);

  const manifest: ManifestItem[] = [
    { id: "nav", href: navigationFileName, mediaType: "application/xhtml+xml", properties: "nav" },
    { id: "style", href: "style.css", mediaType: "text/css" },
    ...(coverPng ? [{ id: "cover-image", href: "cover.png", mediaType: "image/png", properties: "cover-image" }] : []),
    ...chapters.map((chapter) => ({ id: chapterId(chapter), href: chapter.fileName, mediaType: "application/xhtml+xml" })),
    // Manifest ids must be XML names; the file names (content hashes) may start with a digit.
    ...images.images.map((image, i) => ({ id: `image-${String(i + 1).padStart(2, "0")}`, href: `images/${image.id}.${image.extension}`, mediaType: image.mediaType })),
    ...fonts.map((font, i) => ({ id: `font-${String(i + 1).padStart(2, "0")}`, href: `${fontFolder}/${font.fileName}`, mediaType: font.mediaType })),
  ];
  const spine = chapters.map(chapterId);
  if (navInSpine) spine.splice(1, 0, "nav");

  const opf = packageDocument({
    meta,
    identifier: bookIdentifier(article),
    modified: formatModified(modified),
    description: meta.description?.trim() || meta.title,
    direction,
    manifest,
    spine,
    accessibility: accessibilityMetadata({
      noteCount: article.notes.notes.length,
      chapterCount: chapters.length,
      hasCover: coverPng !== undefined,
      imageCount: images.shown,
      imagesWithAlt: images.withAlt,
      pageBreakSource: pageSource,
      pageCount: pages.length,
    }),
    pageSource,
    coverId: coverPng ? "cover-image" : undefined,
  });

  const epub = await packageEpub(
    {
      title: meta.title,
      author: meta.authors,
      description: meta.description?.trim() || meta.title,
      lang: meta.lang,
      css,
      cover: coverPng ? new File([new Uint8Array(coverPng)], "cover.png", { type: "image/png" }) : undefined,
      chapterXHTML: chapterTemplate(direction),
      ignoreFailedDownloads: false,
      verbose: false,
    },
    files,
    {
      entryDate: zipEntryDate(modified),
      packageDocument: opf,
      navigationDocument: nav,
      images: images.images,
      // Decoded in memory (epub-stylesheet.ts), so added to the zip by the adapter, not fetched.
      fonts: fonts.map((font) => ({ path: `OEBPS/${fontFolder}/${font.fileName}`, data: font.data })),
    },
  );
  return { epub, coverPng };
}

function chapterId(chapter: EpubChapter): string {
  return chapter.fileName.replace(/\.xhtml$/, "");
}

/** Page starts by the chapter file their block falls in. */
function groupPageStarts(starts: readonly PageStart[], chapters: readonly EpubChapter[]): Map<EpubChapter, PageStart[]> {
  const grouped = new Map<EpubChapter, PageStart[]>();
  for (const start of starts) {
    const chapter = chapterOfToken(chapters, start.tokenIndex);
    grouped.set(chapter, [...(grouped.get(chapter) ?? []), start]);
  }
  return grouped;
}

/** A cross-reference links to its target (heading, figure, table, note) in the file that holds it. */
function targetLinks(body: readonly Token[], chapters: readonly EpubChapter[], titleId: string | undefined, notes: readonly Note[], placement: NotePlacement): (id: string) => string {
  // The title block opens the first file (chapter-document.ts).
  const title = titleId && chapters[0] ? [[titleId, chapters[0].fileName] as const] : [];
  // A note is where the placement put it: after its call's block, or in the notes at the end.
  const noteFiles = notes.map((note) => [noteIds.note(note.number), placement.noteFile(note.number)] as const);
  return linksAcrossFiles(body, chapters, [...title, ...noteFiles]);
}

/** A cited work links to its bibliography entry in the file that holds it (the bibliography's chapter). */
function bibliographyLinks(body: readonly Token[], chapters: readonly EpubChapter[]): (id: string) => string {
  const fileOf = new Map<string, string>();
  body.forEach((token, index) => {
    const id = token.type === "paragraph_open" ? token.attrGet("id") : null;
    if (id) fileOf.set(String(id), chapterOfToken(chapters, index).fileName);
  });
  return (id) => `${fileOf.get(id) ?? chapters[chapters.length - 1]?.fileName ?? ""}#${id}`;
}

/**
 * A book numbered per chapter prints 1 again in each chapter: its notes gathered at the end
 * (book-endnotes) go under their chapters' titles, as the print edition sets them. The notes
 * are in the book's order, so each chapter's title goes before its first note.
 */
function groupByChapter(rendered: string[], article: Article): void {
  if (!article.book || article.meta.notes !== "per-chapter") return;
  let offset = 0;
  for (const chapter of article.book.chapters) {
    if (!chapter.noteNumbers.length) continue;
    rendered[offset] = `<h3 class="notes-chapter">${escapeHtml(chapter.title)}</h3>\n${rendered[offset] ?? ""}`;
    offset += chapter.noteNumbers.length;
  }
}
