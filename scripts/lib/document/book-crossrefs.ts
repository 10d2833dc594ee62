/**
 * Cross-references across a book's chapters. Each chapter is parsed on its own (its note labels
 * are its own), and its targets are numbered there, counted on from the chapters before it
 * (crossref-targets.ts, `bookChapter`). A reference may name a label of a later chapter, so
 * references are resolved here, once every chapter is read: one map of labels for the book,
 * each label given once in it, each reference given its words, every problem named with its
 * chapter file and line. Whether headings show their numbers is decided for the whole book.
 */
import { markdownEngine } from "../engine/markdown-engine.ts";
import { metaOf, type Token } from "../markdown/markdown-types.ts";
import type { Diagnostic } from "../errors.ts";
import type { FootnoteModel } from "../markdown/footnote-types.ts";
import { listSections, resolveReferenceTokens } from "../crossref/crossref-resolve.ts";
import { crossrefError } from "../crossref/crossref-targets.ts";
import type { CrossrefModel, CrossrefTarget } from "../crossref/crossref-types.ts";

/** What the book needs of a parsed chapter. */
export interface ChapterCrossrefs {
  file: string;
  tokens: Token[];
  crossrefs?: CrossrefModel;
  /** Its notes, numbered within it: what `@fn:name` in the chapter names. */
  notes?: FootnoteModel;
}

/**
 * The book's cross-reference model, from its chapters as parsed: one map of labels, and every
 * reference given its words, before the chapters are joined (so the notes' texts, read as they
 * are joined, hold them). Its diagnostics carry each chapter's file.
 */
export function resolveBookCrossrefs(chapters: readonly ChapterCrossrefs[]): CrossrefModel {
  const targets = new Map<string, CrossrefTarget>();
  const diagnostics: Diagnostic[] = [];
  for (const chapter of chapters) {
    diagnostics.push(...(chapter.crossrefs?.diagnostics ?? []));
    for (const target of chapter.crossrefs?.targets.values() ?? []) {
      const earlier = targets.get(target.label);
      if (earlier) {
        diagnostics.push(crossrefError(chapter.file, target.line, "crossref-label-twice", `the label {#${target.label}} is already given in ${earlier.file} at line ${earlier.line}; a label names one ${target.kind} in the book`));
      } else targets.set(target.label, { ...target, file: chapter.file });
    }
  }
  const model: CrossrefModel = {
    targets,
    references: [],
    sections: [],
    numberedSections: chapters.some((chapter) => chapter.crossrefs?.numberedSections),
    diagnostics,
    counts: chapters.at(-1)?.crossrefs?.counts ?? { chapters: 0, figures: 0, tables: 0 },
    lang: chapters[0]?.crossrefs?.lang ?? "en",
  };
  // Each chapter's references, body and notes, against the book's labels.
  for (const chapter of chapters) resolveReferenceTokens(chapter.tokens, model, chapter.file, 0, chapter.notes);
  return model;
}

/**
 * Once the chapters are joined (their headings' ids made unique in the book): the headings show
 * their numbers when any chapter labels one, and are listed for the contents.
 */
export function listBookSections(model: CrossrefModel, bookTokens: Token[]): void {
  const state = new markdownEngine.core.State("", markdownEngine, { crossrefs: model });
  if (model.numberedSections) showSectionNumbers(bookTokens, state);
  else for (const token of bookTokens) if (token.type === "heading_open") delete metaOf(token).sectionNumber;
  state.tokens = bookTokens;
  listSections(state);
}

/** Each heading's number as a token of its own before its text, as an article with numbered headings has it. */
function showSectionNumbers(tokens: Token[], state: InstanceType<typeof markdownEngine.core.State>): void {
  tokens.forEach((token, index) => {
    const number = token.type === "heading_open" ? metaOf(token).sectionNumber : undefined;
    if (number === undefined || number === "") return;
    const numberToken = new state.Token("crossref_section_number", "", 0);
    numberToken.content = String(number);
    tokens[index + 1]?.children?.unshift(numberToken);
  });
}
