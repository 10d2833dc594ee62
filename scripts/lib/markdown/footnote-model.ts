/**
 * The footnote model: the one place that decides each note's number.
 *
 * Notes are numbered in reading order: the body is read from the top, and a note is read
 * where its first call stands, so calls inside a note are counted right after that note's
 * own number (markdown-it-footnote counts them where the definition is written, and gets
 * inline notes that call notes wrong). Each note keeps the source line of its definition and
 * of every call; problems become diagnostics with file and line instead of literal `[^x]`
 * or notes silently dropped.
 */
import type { MarkdownIt, StateCore, Token } from "./markdown-types.ts";
import type { Diagnostic } from "../errors.ts";
import { numberNotes, locateCalls } from "./number-notes.ts";
import { checkCallPlaces, reportUndefinedReferences } from "./footnote-checks.ts";
import { fillNoteTexts } from "./note-texts.ts";
import { orderNoteBlock } from "./note-order.ts";
import { reserveInlineNoteIds } from "./inline-note-rule.ts";
import { numberNoteListItems } from "./note-list-items.ts";

export interface NoteCall {
  /** The note's number, as every edition prints it. */
  number: number;
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
}

export interface Note {
  number: number;
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
}

/** What the model needs from markdown-it's env, filled by `parseMarkdown`. */
export interface FootnoteEnv {
  sourcePath: string;
  /** Lines taken by front matter, so token line maps can be turned into file lines. */
  lineOffset: number;
  footnoteModel?: FootnoteModel;
  footnotes?: { refs?: Record<string, number>; list?: Array<{ label?: string; content?: string; tokens?: Token[]; count?: number }> };
}

/** Registers the model's rules around markdown-it-footnote's own. */
export function footnoteModelPlugin(md: MarkdownIt): void {
  reserveInlineNoteIds(md);
  md.core.ruler.before("footnote_tail", "footnote_model", (state: StateCore) => {
    const env = state.env as unknown as FootnoteEnv;
    const model: FootnoteModel = { notes: [], calls: [], diagnostics: [] };
    checkCallPlaces(state.tokens, env, model.diagnostics);
    numberNotes(state.tokens, env, model);
    env.footnoteModel = model;
  });
  // Before escapes are joined into text: a `[^x]` still in a text token then is a call with no definition.
  md.core.ruler.before("text_join", "footnote_undefined", (state: StateCore) => {
    const env = state.env as unknown as FootnoteEnv;
    if (env.footnoteModel) reportUndefinedReferences(state.tokens, env, env.footnoteModel.diagnostics);
  });
  // Last of all, once typographic quotes are applied and adjacent text is joined: what a reader sees.
  md.core.ruler.push("footnote_model_finish", (state: StateCore) => {
    const env = state.env as unknown as FootnoteEnv;
    const model = env.footnoteModel;
    if (!model) return;
    state.tokens = orderNoteBlock(state.tokens, model);
    locateCalls(state.tokens, model);
    numberNoteListItems(state.tokens);
    fillNoteTexts(state.tokens, model);
    model.diagnostics.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
  });
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
