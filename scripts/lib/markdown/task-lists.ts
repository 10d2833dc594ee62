/**
 * Task lists, as GitHub and pandoc read them: a list item opening with `[ ]` or `[x]` is an item
 * to do or done. pandoc prints a box, empty or crossed, and so do all three editions here: the
 * box is a character of the text (☐, ☒), written into the tokens once, so that the web page, the
 * PDF's text layer and the EPUB read the same words, and a screen reader says "ballot box".
 * The item and its list get classes so that the stylesheets set the box in the bullet's place.
 */
import type { MarkdownIt, StateCore, Token } from "./markdown-types.ts";

const taskMarker = /^\[([ xX])\][ \t]+/;
export const emptyBox = "\u2610";
export const crossedBox = "\u2612";

export function taskListsPlugin(md: MarkdownIt): void {
  md.core.ruler.after("inline", "task_lists", (state: StateCore) => markTaskItems(state.tokens));
}

function markTaskItems(tokens: Token[]): void {
  const openLists: Token[] = [];
  tokens.forEach((token, index) => {
    if (token.type === "bullet_list_open" || token.type === "ordered_list_open") openLists.push(token);
    else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") openLists.pop();
    else if (token.type === "list_item_open") {
      // The item's first block is a paragraph (tight or loose) whose text opens with the marker.
      const inline = tokens[index + 1]?.type === "paragraph_open" ? tokens[index + 2] : undefined;
      const list = openLists.at(-1);
      if (!inline || inline.type !== "inline" || !list || !boxFirstText(inline)) return;
      token.attrJoin("class", "task-list-item");
      if (!String(list.attrGet("class") ?? "").split(" ").includes("task-list")) list.attrJoin("class", "task-list");
    }
  });
}

/** Writes the box over the marker in the item's first text; false when the item is no task. */
function boxFirstText(inline: Token): boolean {
  const first = inline.children?.[0];
  const marker = first?.type === "text" ? taskMarker.exec(first.content) : null;
  // Something must follow the marker: in this text, or in the markup after it (`[x] *first*`).
  if (!first || !marker || (first.content.length === marker[0].length && (inline.children?.length ?? 0) < 2)) return false;
  const box = marker[1] === " " ? emptyBox : crossedBox;
  first.content = `${box} ${first.content.slice(marker[0].length)}`;
  inline.content = `${box} ${inline.content.replace(taskMarker, "")}`;
  return true;
}
