/**
 * With a note style, each citation in the text becomes a footnote: an inline note (as if the
 * author had written `^[…]`) holding the citation, made before the footnote model numbers
 * the notes, so it is numbered in the one sequence with the author's notes and is a note like
 * any other for every edition and for the verifier. Citations inside an author's note stay
 * where they are, formatted in place.
 *
 * As in pandoc, the note's call goes after the punctuation that follows the citation
 * ("as argued [@doe]." prints "as argued.¹"), and `@doe says` keeps the author's name in the
 * sentence, the note giving the full citation.
 */
import type { StateCore, Token } from "../markdown/markdown-types.ts";
import type { FootnoteEnv } from "../markdown/footnote-model.ts";

const closingPunctuation = /^[.,;:!?]+/;

export function citationsToNotes(state: StateCore): void {
  const env = state.env as unknown as FootnoteEnv;
  let insideDefinition = 0;
  for (const token of state.tokens) {
    if (token.type === "footnote_reference_open") insideDefinition++;
    if (token.type === "footnote_reference_close") insideDefinition--;
    if (insideDefinition > 0 || token.type !== "inline" || !token.children?.some((child) => child.type === "citation")) continue;
    token.children = noteEachCitation(token.children, state, env);
  }
}

function noteEachCitation(children: Token[], state: StateCore, env: FootnoteEnv): Token[] {
  const result: Token[] = [];
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Token;
    if (child.type !== "citation") {
      result.push(child);
      continue;
    }
    const cluster = (child.meta as { cluster: { authorInText: boolean } }).cluster;
    if (cluster.authorInText) {
      const author = new state.Token("citation", "", 0);
      author.meta = { ...child.meta, authorOnly: true };
      result.push(author);
    } else {
      trimTrailingSpace(result);
    }
    const next = children[index + 1];
    const punctuation = !cluster.authorInText && next?.type === "text" ? closingPunctuation.exec(next.content)?.[0] : undefined;
    if (punctuation && next) {
      const before = new state.Token("text", "", 0);
      before.content = punctuation;
      result.push(before);
      next.content = next.content.slice(punctuation.length);
    }
    result.push(inlineNoteOf(child, state, env));
  }
  return result.filter((token) => token.type !== "text" || token.content !== "");
}

/** A `footnote_ref` to a new inline note whose text is the citation, as inline-note-rule.ts makes them. */
function inlineNoteOf(citation: Token, state: StateCore, env: FootnoteEnv): Token {
  env.footnotes ??= {};
  const list = (env.footnotes.list ??= []);
  const id = list.length;
  citation.meta = { ...citation.meta, wholeNote: true };
  list.push({ content: "", tokens: [citation] });
  const call = new state.Token("footnote_ref", "", 0);
  call.meta = { id };
  return call;
}

function trimTrailingSpace(tokens: Token[]): void {
  const last = tokens[tokens.length - 1];
  if (last?.type === "text") last.content = last.content.replace(/\s+$/, "");
}
