/**
 * What the footnote model is made of: notes, their calls, and the citations found among them,
 * as the model's rules fill them in and every edition reads them. Kept apart from the rules
 * (footnote-model.ts) so that the rules' own modules can name these types without importing
 * the module that imports them.
 */
import type { Token } from "./markdown-types.ts";
import type { Diagnostic } from "../errors.ts";

export interface NoteCall {
  /** The note's number in the work's one sequence: its identity (ids, links), and what every edition prints unless `printed` says otherwise. */
  number: number;
  /** The number every edition prints when it differs from `number` (a book numbered per chapter). */
  printed?: number;
  /** 0 for the first call of a note, 1 for its second call... */
  occurrence: number;
  /** 1-based line in the source file. */
  line: number;
  /** Index in the document's final token stream of the inline token holding the call. */
  tokenIndex: number;
  /** The number of the note whose text holds this call; absent for calls in the body. */
  withinNote?: number;
  /** True when another call stands right before this one, with nothing between them. */
  followsCall?: boolean;
  /** True when only calls come before this one in its paragraph: nothing to keep it company on its line. */
  opensParagraph?: boolean;
  /** True when an image stands right before this one (or before its run): its company on the line is a picture, which no text layer shows. */
  followsImage?: boolean;
  /** How many calls stand before this one in its run (calls with nothing but spaces between them); absent for the first. */
  placeInRun?: number;
}

export interface Note {
  /** The note's place in the work's one sequence: its identity (ids, links), and what every edition prints unless `printed` says otherwise. */
  number: number;
  /** The number every edition prints when it differs from `number` (a book numbered per chapter: 1 again in each chapter). */
  printed?: number;
  /** markdown-it-footnote's id: renderers find the note by it, never print it. */
  pluginId: number;
  /** Label as written (`[^label]`), absent for inline notes `^[...]`. */
  label?: string;
  inline: boolean;
  /** 1-based line of the definition (of the call, for an inline note). */
  line: number;
  calls: NoteCall[];
  /** Plain text of the note, whitespace collapsed: what a reader sees, for the verifier. */
  text: string;
}

export interface FootnoteModel {
  /** Notes ordered by number (1, 2, 3...). */
  notes: Note[];
  /** Every call in reading order. */
  calls: NoteCall[];
  /** Every citation token in reading order, with the note holding it: where the citation rules find them. */
  citations?: CitationPlace[];
  diagnostics: Diagnostic[];
}

export interface CitationPlace {
  token: Token;
  /** The inline children holding the token, so it can be replaced by its formatted text. */
  children: Token[];
  /** The number of the note holding the citation; absent in the body. */
  withinNote?: number;
  /** 1-based line in the source file. */
  line: number;
  /** The source file, when it is not the work's own (a book's chapter file). */
  file?: string;
  /** The part of the work it is in (a book's chapter, from 0): positions such as "Ibid." are counted within a part. */
  part?: number;
}

/** What the model needs from markdown-it's env, filled by `parseMarkdown`. */
export interface FootnoteEnv {
  sourcePath: string;
  /** Lines taken by front matter, so token line maps can be turned into file lines. */
  lineOffset: number;
  footnoteModel?: FootnoteModel;
  footnotes?: { refs?: Record<string, number>; list?: Array<{ label?: string; content?: string; tokens?: Token[]; count?: number }> };
}

/** The number a reader sees on a note or call. */
export function printedNumber(note: { number: number; printed?: number }): number {
  return note.printed ?? note.number;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
