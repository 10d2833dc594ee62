/**
 * Each note's visible text, as a reader sees it in every edition: what the verifier
 * compares each edition with. Code keeps its words, items of ordered lists their numbers,
 * a call inside a note shows its number; an image's alt text is no part of it, since no
 * page shows it (a caption is text of its own).
 */
import { collapseWhitespace, type FootnoteModel, type Note } from "./footnote-types.ts";
import { metaOf, type Token } from "./markdown-types.ts";
import { itemNumberOf } from "./note-list-items.ts";
import { callSeparator } from "./call-separator.ts";

/**
 * Fills in each note's text, and returns the notes that hold nothing a reader would see. Those
 * are not the notes with no text: a note of only an image has none, yet is not empty.
 */
export function fillNoteTexts(tokens: Token[], model: FootnoteModel): Note[] {
  const byPluginId = new Map(model.notes.map((note) => [note.pluginId, note]));
  const empty: Note[] = [];
  let current: Note | undefined;
  let parts: string[] = [];
  let holdsSomething = false;
  for (const token of tokens) {
    if (token.type === "footnote_open") {
      current = byPluginId.get(Number(metaOf(token).id));
      parts = [];
      holdsSomething = false;
    } else if (token.type === "footnote_close") {
      if (current) current.text = collapseWhitespace(parts.join(" "));
      if (current && !holdsSomething) empty.push(current);
      current = undefined;
    } else if (current) {
      const text = blockText(token);
      if (text) parts.push(text);
      holdsSomething ||= !holdsNothing(token);
    }
  }
  return empty;
}

/** Tokens that hold nothing a reader would see: a paragraph's frame, the backlink, empty text. */
const holdsNothing = (token: Token): boolean =>
  token.type === "paragraph_open" ||
  token.type === "paragraph_close" ||
  token.type === "footnote_anchor" ||
  (token.type === "inline" && (token.children ?? []).every((child) => child.type === "footnote_anchor" || (child.type === "text" && !child.content.trim())));

function blockText(token: Token): string | undefined {
  if (token.type === "inline") return inlineText(token.children ?? []);
  if (token.type === "fence" || token.type === "code_block") return token.content;
  if (token.type === "list_item_open") return itemNumberOf(token);
  return undefined;
}

function inlineText(children: Token[]): string {
  return children
    .map((child) => {
      if (child.type === "text" || child.type === "code_inline") return child.content;
      if (child.type === "softbreak" || child.type === "hardbreak") return " ";
      // A cross-reference's words ("section 2.3"), as resolved by crossref/crossref-resolve.ts.
      if (child.type === "xref") return String(metaOf(child).text ?? "");
      if (child.type === "footnote_ref") return (metaOf(child).followsCall ? callSeparator : "") + String(metaOf(child).number ?? "");
      return "";
    })
    .join("");
}
