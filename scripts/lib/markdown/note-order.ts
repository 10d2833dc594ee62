/**
 * The notes block in the model's order. markdown-it-footnote appends notes in the order it
 * met their calls while parsing, definitions included; the model numbers them as a reader
 * meets them. Notes called only from a definition that is never called have no number and
 * are left out, as that definition is.
 */
import type { FootnoteModel } from "./footnote-types.ts";
import { metaOf, type Token } from "./markdown-types.ts";

export function orderNoteBlock(tokens: Token[], model: FootnoteModel): Token[] {
  const blockStart = tokens.findIndex((token) => token.type === "footnote_block_open");
  if (blockStart === -1) return tokens;
  const blockEnd = tokens.findIndex((token, index) => index > blockStart && token.type === "footnote_block_close");
  const numberOf = new Map(model.notes.map((note) => [note.pluginId, note.number]));
  const segments: Array<{ number: number; tokens: Token[] }> = [];
  let open = -1;
  for (let index = blockStart + 1; index < blockEnd; index++) {
    const token = tokens[index] as Token;
    if (token.type === "footnote_open") open = index;
    if (token.type !== "footnote_close" || open === -1) continue;
    const number = numberOf.get(Number(metaOf(tokens[open] as Token).id));
    if (number !== undefined) segments.push({ number, tokens: tokens.slice(open, index + 1) });
    open = -1;
  }
  segments.sort((a, b) => a.number - b.number);
  const block = segments.length ? [tokens[blockStart] as Token, ...segments.flatMap((segment) => segment.tokens), tokens[blockEnd] as Token] : [];
  return [...tokens.slice(0, blockStart), ...block, ...tokens.slice(blockEnd + 1)];
}
