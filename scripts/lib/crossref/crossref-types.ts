/**
 * Cross-references in pandoc-crossref's syntax: what is labelled (`{#sec:x}` on a heading,
 * `{#fig:x}` after an image, `{#tbl:x}` in a table's caption), what refers to it (`@sec:x`,
 * `[@fig:x]`), and the numbers decided once, at parse time, that every edition prints as text.
 */
import type { Diagnostic } from "../errors.ts";
import { captionWord, editionWords } from "../language/edition-words.ts";
import { printedNumber, type Note } from "../markdown/footnote-types.ts";
import { noteIds } from "../markdown/note-renderer.ts";
import type { EmphasisSpan } from "../markdown/title-emphasis.ts";

export type TargetKind = "section" | "figure" | "table" | "note";

export interface CrossrefTarget {
  kind: TargetKind;
  /** `sec:intro`, as written after `#`. */
  label: string;
  /** The number a reader sees: `2.3` for a section, `4` for a figure. */
  number: string;
  /** The element's id in every edition. */
  id: string;
  /** 1-based line in the source file. */
  line: number;
  /** The chapter file it is written in, in a book (whose chapters each count lines from 1). */
  file?: string;
}

export interface CrossrefReference {
  /** `fig:map`, as written after `@`. */
  label: string;
  /** Undefined when the label names nothing (reported as an error). */
  target?: CrossrefTarget;
  line: number;
}

/** A numbered heading, for tables of contents. */
export interface NumberedSection {
  id: string;
  level: number;
  /** Empty when the article's headings carry no numbers. */
  number: string;
  text: string;
  /** The heading's words in their italics, bold or code, when it has any (title-emphasis.ts). */
  emphasis?: EmphasisSpan[];
}

export interface CrossrefModel {
  targets: Map<string, CrossrefTarget>;
  /** Every reference in the order of the token stream (body, then notes). */
  references: CrossrefReference[];
  /** Every heading of the body (the title taken from the first heading excepted), in order. */
  sections: NumberedSection[];
  /** Whether headings show numbers: when any heading carries a `{#sec:…}` label. */
  numberedSections: boolean;
  diagnostics: Diagnostic[];
  /** Where the counts stood at the end of the text: a book's next chapter goes on from them. */
  counts: CrossrefCounts;
  /** The document's language, whose words ("Abbildung 4", "tableau 2") every edition prints (edition-words.ts). */
  lang: string;
}

/** Chapters (headings of the highest level), figures and tables counted so far. */
export interface CrossrefCounts {
  chapters: number;
  figures: number;
  tables: number;
}

export interface CrossrefEnv {
  crossrefs?: CrossrefModel;
  /** Set by the parser when the first `#` heading becomes the title: it is neither numbered nor listed. */
  titleFromFirstHeading?: boolean;
  /** `chapter`: figures and tables numbered within each chapter ("Figure 2.1"); `book` (the default): through the whole text. */
  figureNumbering?: "book" | "chapter";
  /**
   * Set while a book's chapter is parsed (book-crossrefs.ts): its targets are counted on from
   * the chapters before it, and its references are resolved once every chapter is read, since
   * one may refer to a later chapter.
   */
  bookChapter?: { counts: CrossrefCounts };
}

/**
 * A note as the target of `@fn:name`: its number and id are the footnote model's, read when
 * asked, since a book renumbers each chapter's notes when it joins the chapters, after the
 * chapter's references were resolved.
 */
export function noteTarget(note: Note, line: number): CrossrefTarget {
  return {
    kind: "note",
    label: `fn:${note.label ?? ""}`,
    get number() {
      return String(printedNumber(note));
    },
    get id() {
      return noteIds.note(note.number);
    },
    line,
  };
}

/** How an edition writes references: where a target is, and whether it adds " on page N" (print). */
export interface CrossrefRenderEnv {
  crossrefHref?: (id: string) => string;
  crossrefPages?: boolean;
}

/** The element id a label gets: an underscore never comes out of a heading's slug, so no heading can take it. */
export function targetId(label: string): string {
  return label.replace(":", "_");
}

/** "section 2.3", "Figure 4": the words a reference prints, in the document's language. */
export function referenceText(target: CrossrefTarget, capital: boolean, lang: string): string {
  const word = editionWords(lang).crossrefs[target.kind];
  return `${capital ? word.charAt(0).toUpperCase() + word.slice(1) : word} ${target.number}`;
}

/** "Figure 4.", "Table 1.": what opens a caption, in the document's language. */
export function captionLabel(target: CrossrefTarget, lang: string): string {
  return `${captionWord(editionWords(lang).crossrefs, target.kind === "figure" ? "figure" : "table")} ${target.number}.`;
}
