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
import type { MarkdownIt, StateCore } from "./markdown-types.ts";
import type { FootnoteEnv, FootnoteModel } from "./footnote-types.ts";
import { numberNotes, locateCalls } from "./number-notes.ts";
import { checkCallPlaces, warnOfEmptyNotes, reportUndefinedReferences } from "./footnote-checks.ts";
import { fillNoteTexts } from "./note-texts.ts";
import { orderNoteBlock } from "./note-order.ts";
import { reserveInlineNoteIds } from "./inline-note-rule.ts";
import { numberNoteListItems } from "./note-list-items.ts";

export type { CitationPlace, FootnoteEnv, FootnoteModel, Note, NoteCall } from "./footnote-types.ts";
export { collapseWhitespace, printedNumber } from "./footnote-types.ts";

/** Registers the model's rules around markdown-it-footnote's own. */
export function footnoteModelPlugin(md: MarkdownIt): void {
  reserveInlineNoteIds(md);
  md.core.ruler.before("footnote_tail", "footnote_model", (state: StateCore) => {
    const env = state.env as unknown as FootnoteEnv;
    const model: FootnoteModel = { notes: [], calls: [], diagnostics: [] };
    checkCallPlaces(state.tokens, env, model.diagnostics);
    numberNotes(state.tokens, env, model, state.src);
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
    warnOfEmptyNotes(fillNoteTexts(state.tokens, model), model, env);
    model.diagnostics.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
  });
}
