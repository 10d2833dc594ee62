/**
 * A book: a folder with `book.yml` and one Markdown file per chapter. It is read into the same
 * Article every edition already renders (one token stream, one footnote model), plus where each
 * chapter stands in it, so the editions can open each chapter on a page (a file) of its own.
 */
import { createHash } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { ContentError, type Diagnostic } from "../errors.ts";
import { markdownEngine, type RenderEnv } from "../engine/markdown-engine.ts";
import type { StateCore, Token } from "../markdown/markdown-types.ts";
import { prepareCitations, type CitationContext } from "../citations/citation-context.ts";
import { formatCitations, lastLineOf } from "../citations/render-citations.ts";
import type { Article } from "./article.ts";
import { readBookConfig, bookFileName, type BookConfig } from "./book-config.ts";
import { parseChapter } from "./book-chapter.ts";
import { mergeChapters, type BookParts } from "./merge-chapters.ts";
import { unlistedChapterFiles } from "./book-files.ts";
import { readSourceText } from "../files/read-source.ts";
import { listBookSections, resolveBookCrossrefs } from "./book-crossrefs.ts";
import type { CrossrefCounts } from "../crossref/crossref-types.ts";
import { idsInTokens, unlinkDeadFragments } from "./fragment-links.ts";
import { refusedAddresses, unlinkLocalAddresses, unlinkOverlongAddresses } from "./refused-addresses.ts";
import { withArabicScriptLanguage } from "../markdown/arabic-script-language.ts";
import { languageFromScript } from "./language-from-script.ts";

export interface BookSource {
  config: BookConfig;
  /** Each chapter's text, in the order of `chapters:`. */
  chapterTexts: string[];
  /** Markdown files in the folder that `chapters:` does not list, relative to the folder. */
  unlisted: string[];
}


export function isBookFile(path: string): boolean {
  return basename(path) === bookFileName;
}

/** Reads book.yml and every chapter it lists; a listed chapter that is missing stops the build. */
export async function readBookSource(bookFile: string): Promise<BookSource> {
  const folder = dirname(bookFile);
  const config = readBookConfig(await readSourceText(bookFile), bookFile);
  const missing: Diagnostic[] = [];
  const chapterTexts = await Promise.all(
    config.chapters.map(async (chapter, index) => {
      try {
        return await readSourceText(join(folder, chapter), { within: folder });
      } catch (error) {
        // What is wrong inside a chapter file that was read (bytes that are not UTF-8) is that file's, at its line.
        if (error instanceof ContentError && error.code === "source-not-utf8") {
          missing.push(...error.diagnostics);
          return "";
        }
        const reason = error instanceof ContentError ? error.message : String(error);
        missing.push({ severity: "error", code: "book-chapter-missing", message: `chapter ${chapter} is listed but cannot be read: ${reason}`, location: { file: bookFile, line: config.chapterLines[index] } });
        return "";
      }
    }),
  );
  if (missing.length) throw ContentError.fromDiagnostics(missing);
  return { config, chapterTexts, unlisted: await unlistedChapterFiles(folder, config.chapters) };
}

export async function loadBook(bookFile: string): Promise<Article & { book: BookParts }> {
  return parseBook(await readBookSource(bookFile));
}

/** Parses every chapter once and joins them; throws ContentError listing every error, each with its chapter file and line. */
export function parseBook(source: BookSource): Article & { book: BookParts } {
  const { config } = source;
  const folder = dirname(config.file);
  const { title, subtitle, authors } = config.meta;
  const meta = { ...config.meta, scriptLanguages: withArabicScriptLanguage(config.meta.scriptLanguages, [...source.chapterTexts, title ?? "", subtitle ?? "", ...authors]) };
  // Without a `lang` in book.yml, a book written in one script other than Latin is in its language, as an article is.
  const diagnostics: Diagnostic[] = [...config.diagnostics];
  if (!config.fieldLines.has("lang")) {
    const found = languageFromScript([title ?? "", ...source.chapterTexts].join("\n"), title ?? "", meta.lang, { file: config.file, line: 1 });
    meta.lang = found.lang;
    diagnostics.push(...found.diagnostics);
  }
  // A Markdown file left out of `chapters:` is most often a chapter forgotten: it would vanish from every edition.
  for (const name of source.unlisted) {
    diagnostics.push({ severity: "error", code: "book-chapter-unlisted", message: `${name} is in the book's folder but not listed in \`chapters:\`; list it, or move it out of the folder`, location: { file: config.file, line: config.chapterLines[config.chapterLines.length - 1] ?? 1 } });
  }
  const citations = bookCitations(config, diagnostics);
  // In reading order, each chapter's figures, tables and sections counted on from the ones before it.
  let counts: CrossrefCounts = { chapters: 0, figures: 0, tables: 0 };
  const parsed = config.chapters.map((chapter, index) => {
    const one = parseChapter(source.chapterTexts[index] ?? "", join(folder, chapter), meta, folder, counts, citations);
    counts = one.crossrefs?.counts ?? counts;
    return one;
  });
  for (const chapter of parsed) diagnostics.push(...chapter.diagnostics);
  const crossrefs = resolveBookCrossrefs(parsed);
  diagnostics.push(...crossrefs.diagnostics);
  if (diagnostics.some((d) => d.severity === "error")) throw ContentError.fromDiagnostics(diagnostics);
  const fileOfToken = new Map(parsed.flatMap((chapter) => chapter.tokens.map((token) => [token, chapter.file] as const)));
  // Citations are formatted once the notes have their book numbers, the bibliography closing the last chapter.
  const lastLine = lastLineOf(parsed[parsed.length - 1]?.tokens ?? []);
  const merged = mergeChapters(parsed, config.meta.notes, citations ? (model, body) => formatCitations(citations, model, tokenClass(), { file: config.file, lastLine, usedIds: idsInTokens(body) }) : undefined);
  const citationErrors = merged.notes.diagnostics.filter((d) => d.severity === "error");
  if (citationErrors.length) throw ContentError.fromDiagnostics([...diagnostics, ...citationErrors]);
  listBookSections(crossrefs, merged.tokens);
  // After the merge: a link may point into another chapter (each edition maps it to that chapter's page or file).
  const locate = { locate: (block: Token) => ({ file: fileOfToken.get(block) ?? config.file, line: (block.map?.[0] ?? 0) + 1 }) };
  diagnostics.push(...unlinkDeadFragments(merged.tokens, idsInTokens(merged.tokens), locate, merged.headings));
  const refused = refusedAddresses(merged.tokens, locate);
  diagnostics.push(...refused, ...unlinkOverlongAddresses(merged.tokens, locate), ...unlinkLocalAddresses(merged.tokens, locate));
  if (refused.some((d) => d.severity === "error")) throw ContentError.fromDiagnostics(diagnostics);
  const env: RenderEnv = {
    sourcePath: config.file,
    lineOffset: 0,
    languages: { document: config.meta.lang, scripts: meta.scriptLanguages },
    footnoteModel: merged.notes,
    headings: merged.headings,
    crossrefs,
    figureNumbering: config.meta.figureNumbering,
    ...(citations ? { citations } : {}),
  };
  // Every chapter and book.yml are inputs: editing any one rebuilds the book.
  const hash = createHash("sha256").update(`${bookFileName}\n${JSON.stringify(config)}\n`);
  config.chapters.forEach((chapter, index) => hash.update(`${chapter}\n${source.chapterTexts[index] ?? ""}\n`));
  return {
    sourcePath: config.file,
    slug: config.meta.slug ?? slugOfFolder(folder),
    slugLine: config.fieldLines.get("slug") ?? 1,
    meta: { ...meta, title: meta.title ?? "" },
    tokens: merged.tokens,
    env,
    notes: merged.notes,
    headings: merged.headings,
    images: merged.images,
    diagnostics: diagnostics.filter((d) => d.severity === "warning"),
    sourceHash: hash.digest("hex"),
    book: { chapters: merged.chapters, chapterStart: config.chapterStart },
  };
}

/** The book's citation context when book.yml names a bibliography, read once for every chapter. */
function bookCitations(config: BookConfig, diagnostics: Diagnostic[]): CitationContext | undefined {
  const { bibliography, csl, lang } = config.meta;
  const lineOf = (field: string): number => config.fieldLines.get(field) ?? 1;
  if (bibliography.length > 0) return prepareCitations({ bibliography, csl, lang, bibliographyLine: lineOf("bibliography"), cslLine: lineOf("csl"), folderName: "the book's folder" }, config.file);
  if (csl !== undefined) {
    diagnostics.push({ severity: "warning", code: "csl-without-bibliography", message: "`csl:` is set but no `bibliography:` names the works to cite; it is ignored", location: { file: config.file, line: lineOf("csl") } });
  }
  return undefined;
}

/** markdown-it's Token class, for the tokens made after the parse (the bibliography). */
function tokenClass(): StateCore["Token"] {
  return new markdownEngine.core.State("", markdownEngine, {}).Token;
}

/** Each chapter's file and text, for checks that read the source (font coverage). */
export function chapterSources(source: BookSource): Array<{ file: string; text: string }> {
  const folder = dirname(source.config.file);
  return source.config.chapters.map((chapter, index) => ({ file: join(folder, chapter), text: source.chapterTexts[index] ?? "" }));
}

function slugOfFolder(folder: string): string {
  return basename(folder).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "book";
}
