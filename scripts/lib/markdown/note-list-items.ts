/**
 * The number of each item of an ordered list, decided once. Inside a note, editions print
 * it as text (a list marker drawn by CSS would be a number no model decided, and the print
 * edition has no list markers at all), and the note's text for the verifier includes it.
 */
import { metaOf, type Token } from "./markdown-types.ts";

export function numberNoteListItems(tokens: Token[]): void {
  const lists: Array<{ ordered: boolean; next: number }> = [];
  let insideNote = false;
  for (const token of tokens) {
    if (token.type === "footnote_open" || token.type === "footnote_close") insideNote = token.type === "footnote_open";
    if (!insideNote) continue;
    if (token.type === "ordered_list_open" || token.type === "bullet_list_open") {
      const ordered = token.type === "ordered_list_open";
      // Editions hide the list's own markers for this class: the numbers are in the text.
      if (ordered) token.attrJoin("class", "note-numbered-list");
      lists.push({ ordered, next: ordered ? Number(token.attrGet("start") ?? 1) : 0 });
    } else if (token.type === "ordered_list_close" || token.type === "bullet_list_close") {
      lists.pop();
    } else if (token.type === "list_item_open") {
      const list = lists[lists.length - 1];
      if (list?.ordered) metaOf(token).itemNumber = list.next++;
    }
  }
}

/** `3.` for the third item of an ordered list; undefined for a bullet item. */
export function itemNumberOf(token: Token | undefined): string | undefined {
  const number = token?.meta ? (token.meta as Record<string, unknown>).itemNumber : undefined;
  return typeof number === "number" ? `${number}.` : undefined;
}
