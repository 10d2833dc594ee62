/**
 * Joins a book's chapters, each parsed on its own, into one token stream and one footnote
 * model, as if the book were one article: the chapters' bodies in order, then one notes block
 * holding every chapter's notes. Each chapter's notes keep their own labels (they were resolved
 * inside the chapter); here they get ids unique in the book and their numbers, decided once.
 */
import type { FootnoteModel, Note, NoteCall } from "../markdown/footnote-model.ts";
import { locateCalls } from "../markdown/number-notes.ts";
import { fillNoteTexts } from "../markdown/note-texts.ts";
import type { NoteNumbering } from "./front-matter.ts";
import { uniqueId, type Heading } from "../markdown/heading-ids.ts";
import { dropTakenSpanIds } from "../markdown/span-attributes.ts";
import { metaOf, type Token } from "../markdown/markdown-types.ts";
import type { ArticleImage } from "./images.ts";
import type { ParsedChapter } from "./book-chapter.ts";

/** Where a chapter stands in the book's token stream. */
export interface BookChapter {
  file: string;
  title: string;
  /** Id of the chapter's title heading. */
  headingId: string;
  /** Range [start, end) of the book's body tokens holding the chapter. */
  start: number;
  end: number;
  /** Book-wide numbers (see Note.number) of the notes read in this chapter. */
  noteNumbers: number[];
}

/** The parts a book adds to an Article. */
export interface BookParts {
  chapters: BookChapter[];
  /** `right`: each chapter opens on a right-hand page in print. */
  chapterStart: "any" | "right";
}

export interface MergedChapters {
  tokens: Token[];
  notes: FootnoteModel;
  headings: Heading[];
  images: ArticleImage[];
  chapters: BookChapter[];
}

/**
 * `per-chapter` numbering prints each chapter's own numbers (1 again in each chapter) while
 * every note keeps one place in the book's sequence, which its ids and links use.
 */
export function mergeChapters(parsed: readonly ParsedChapter[], numbering: NoteNumbering = "continuous", endOfText?: (notes: FootnoteModel, body: readonly Token[]) => Token[]): MergedChapters {
  const body: Token[] = [];
  const noteTokens: Token[] = [];
  const model: FootnoteModel = { notes: [], calls: [], diagnostics: [] };
  const headings: Heading[] = [];
  const images = new Map<string, ArticleImage>();
  const chapters: BookChapter[] = [];
  const usedIds = new Set<string>();
  let blockOpen: Token | undefined;
  let blockClose: Token | undefined;
  let pluginOffset = 0;

  for (const chapter of parsed) {
    const numberOffset = model.notes.length;
    const blockStart = chapter.tokens.findIndex((token) => token.type === "footnote_block_open");
    const blockEnd = chapter.tokens.findIndex((token) => token.type === "footnote_block_close");
    const chapterBody = blockStart === -1 ? chapter.tokens : chapter.tokens.slice(0, blockStart);
    if (blockStart !== -1) {
      blockOpen ??= chapter.tokens[blockStart];
      blockClose ??= chapter.tokens[blockEnd];
      noteTokens.push(...chapter.tokens.slice(blockStart + 1, blockEnd));
    }
    // A call's number as the note texts show it: the printed one.
    const shownOffset = numbering === "continuous" ? numberOffset : 0;
    for (const token of chapter.tokens) offsetNoteToken(token, pluginOffset, shownOffset);
    const start = body.length;
    // Each chapter's parse already kept its ids clear of the notes' ids; here they must not meet another chapter's.
    for (const heading of chapter.headings) {
      const id = uniqueId(String(chapter.tokens[heading.tokenIndex]?.attrGet("id") ?? heading.id), usedIds);
      chapter.tokens[heading.tokenIndex]?.attrSet("id", id);
      headings.push({ ...heading, id, tokenIndex: heading.tokenIndex + start });
    }
    // An author's span id that an earlier chapter holds is dropped: the print edition is one document.
    dropTakenSpanIds(chapterBody, usedIds);
    body.push(...chapterBody);
    // Calls stay the same objects: the parser's own index of calls finds them again by identity.
    const notes = chapter.notes.notes;
    for (const note of notes) offsetNote(note, numberOffset, pluginOffset, numbering);
    for (const call of chapter.notes.calls) offsetCall(call, numberOffset, numbering);
    model.notes.push(...notes);
    model.calls.push(...chapter.notes.calls);
    for (const place of chapter.notes.citations ?? []) {
      if (place.withinNote !== undefined) place.withinNote += numberOffset;
      (model.citations ??= []).push(Object.assign(place, { file: chapter.file, part: chapters.length }));
    }
    for (const image of chapter.images) if (!images.has(image.src)) images.set(image.src, image);
    pluginOffset = Math.max(pluginOffset - 1, ...notes.map((note) => note.pluginId)) + 1;
    const title = chapter.headings[0];
    chapters.push({
      file: chapter.file,
      title: chapter.title,
      headingId: title ? headings[headings.length - chapter.headings.length]?.id ?? "" : "",
      start,
      end: body.length,
      noteNumbers: notes.map((note) => note.number),
    });
  }
  // What closes the text (a bibliography) ends the last chapter, before the notes: every edition shows it with that chapter.
  const closing = endOfText?.(model, body) ?? [];
  if (closing.length) {
    body.push(...closing);
    const last = chapters[chapters.length - 1];
    if (last) last.end = body.length;
  }
  const tokens = blockOpen && blockClose && noteTokens.length ? [...body, blockOpen, ...noteTokens, blockClose] : body;
  locateCalls(tokens, model);
  // A call inside a note reads as the number it prints, which joining may have changed.
  fillNoteTexts(tokens, model);
  return { tokens, notes: model, headings, images: [...images.values()], chapters };
}

/** A chapter's note tokens carry markdown-it-footnote's ids, which must not meet another chapter's. */
function offsetNoteToken(token: Token, pluginOffset: number, numberOffset: number): void {
  if (token.type === "footnote_ref" || token.type === "footnote_open" || token.type === "footnote_anchor") {
    const meta = metaOf(token);
    meta.id = Number(meta.id) + pluginOffset;
    if (typeof meta.number === "number") meta.number += numberOffset;
  }
  for (const child of token.children ?? []) offsetNoteToken(child, pluginOffset, numberOffset);
}

function offsetNote(note: Note, numberOffset: number, pluginOffset: number, numbering: NoteNumbering): void {
  if (numbering === "per-chapter") note.printed = note.number;
  note.number += numberOffset;
  note.pluginId += pluginOffset;
}

function offsetCall(call: NoteCall, numberOffset: number, numbering: NoteNumbering): void {
  if (numbering === "per-chapter") call.printed = call.number;
  call.number += numberOffset;
  if (call.withinNote !== undefined) call.withinNote += numberOffset;
}
