/**
 * What an extractor reads back from one edition, as a reader sees it: every note call in
 * reading order with the number it prints, and every note with its printed number and text.
 * Extractors never consult the footnote model; the comparison does.
 */
export type EditionKind = "web" | "pdf" | "epub";

export const editionKinds: EditionKind[] = ["web", "pdf", "epub"];

/** How messages name each edition: `missing from the ${name}`, `${name} shows 8`. */
export const editionNames: Record<EditionKind, string> = { web: "web edition", pdf: "PDF", epub: "EPUB" };

/** Short column titles for the table. */
export const editionColumns: Record<EditionKind, string> = { web: "web", pdf: "PDF", epub: "EPUB" };

export interface ExtractedCall {
  /** The number printed at the call; null when the call shows no number. */
  number: number | null;
  /** 1-based PDF page. */
  page?: number;
  /**
   * Where the call's link leads (web, EPUB): the number printed by the note it opens, or null
   * when the link leads to no note. Absent when the edition has no links (PDF).
   */
  target?: number | null;
  /** Where the call's link leads, followed as a reader would (web, EPUB); absent without links (PDF). */
  link?: FollowedLink;
  /** Where the call was found, for messages (`chapter-2.xhtml`). */
  file?: string;
  /** PDF: the call stands on a line of its own, away from the word it belongs to. */
  detached?: boolean;
  /** The call stands inside a note's text, not in the body. */
  inNote?: boolean;
}

export interface ExtractedNote {
  /** The number printed at the start of the note; null when it starts with no number. */
  number: number | null;
  /**
   * The note's text after its number, not yet normalised. PDF lines are joined with "\n", so
   * the comparison can decide how a hyphen at a line end is read.
   */
  text: string;
  /**
   * PDF: other orders the same lines may be read in, joined as `text` is (a table's cells one by
   * one, pdf-note-tables.ts). The note's text matches when any reading does.
   */
  readings?: string[];
  /** 1-based PDF page the note starts on. */
  page?: number;
  /** PDF: the last page its text runs onto, when it is cut at the foot of a page and goes on. */
  lastPage?: number;
  file?: string;
  /** Where each of the note's links back to the text leads (web, EPUB), in document order. */
  backlinks?: FollowedLink[];
}

/** A link followed to what it reaches, as a reader clicking it would. */
export interface FollowedLink {
  /** The link as a person would look it up: the href as written, with the file named (`chapter-03.xhtml#fnref-7`). */
  href: string;
  /** Nothing there (no such file or id, or no link at all), a note (or inside one), a call, or anything else. */
  reaches: "nothing" | "note" | "call" | "other";
  /** The number the note or call reached shows. */
  number?: number | null;
  /** Which of the edition's notes or calls (in reading order) it reaches. */
  index?: number;
  /** Set by the comparison: the source note whose call this is, when the link reaches a call the source has. */
  callOf?: number;
}

export interface ExtractedEdition {
  kind: EditionKind;
  calls: ExtractedCall[];
  notes: ExtractedNote[];
  /** Number of pages (PDF) or content documents (EPUB) read, for the summary. */
  parts?: number;
  /** The body's text as shown, in reading order, without the notes and the calls. */
  bodyText?: string;
}

/** One difference between an edition and the source, as one line a person can act on. */
export interface Mismatch {
  /** The source's note number, when the mismatch is about one note. */
  note?: number;
  edition: EditionKind | "epubcheck";
  kind: "number" | "missing" | "call-missing" | "detached" | "text" | "link" | "page" | "order" | "extra" | "edition" | "epubcheck" | "text-lost" | "crossref" | "contents";
  message: string;
}
