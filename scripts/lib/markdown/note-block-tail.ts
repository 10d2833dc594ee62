/**
 * markdown-it-footnote's last core rule, `footnote_tail`, done in time proportional to the
 * document. The plugin's own rule appends each note to the token stream by concatenating a
 * new copy of the whole stream, so a book's parse grew with the square of its notes: a
 * document of 10,000 notes spent most of its parse there. This rule takes its place and gives
 * the same tokens: definitions lifted out of the text, then one footnote block with, for each
 * note in the plugin's list, its tokens (an inline note as a paragraph) and one back-reference
 * anchor per call, put inside the note's last paragraph when it ends with one.
 */
import type { MarkdownIt, StateCore, Token } from "./markdown-types.ts";

interface PluginNote {
  label?: string;
  count?: number;
  content?: string;
  tokens?: Token[];
}

interface PluginFootnotes {
  list?: PluginNote[];
}

export function noteBlockTailPlugin(md: MarkdownIt): void {
  md.core.ruler.at("footnote_tail", appendNoteBlock);
}

function appendNoteBlock(state: StateCore): void {
  const footnotes = (state.env as { footnotes?: PluginFootnotes }).footnotes;
  if (!footnotes) return;
  const { text, definitions } = liftDefinitions(state.tokens);
  state.tokens = text;
  const list = footnotes.list;
  if (!list) return;

  const out = state.tokens;
  const token = (type: string, tag: string, nesting: -1 | 0 | 1): Token => new state.Token(type, tag, nesting);
  out.push(token("footnote_block_open", "", 1));
  list.forEach((note, id) => {
    const open = token("footnote_open", "", 1);
    open.meta = { id, label: note.label };
    out.push(open);
    const content = note.tokens ? inlineNoteParagraph(note, token) : note.label ? definitions.get(note.label) : undefined;
    for (const each of content ?? []) out.push(each);
    const lastParagraph = out[out.length - 1]?.type === "paragraph_close" ? out.pop() : undefined;
    // An inline note has no count of calls: it is called once.
    const calls = note.count !== undefined && note.count > 0 ? note.count : 1;
    for (let subId = 0; subId < calls; subId++) {
      const anchor = token("footnote_anchor", "", 0);
      anchor.meta = { id, subId, label: note.label };
      out.push(anchor);
    }
    if (lastParagraph) out.push(lastParagraph);
    out.push(token("footnote_close", "", -1));
  });
  out.push(token("footnote_block_close", "", -1));
}

/**
 * The text without the definitions' tokens, and each definition's tokens by label. As in the
 * plugin, a definition opened inside another (which the footnote model refuses) takes the
 * tokens from there on, and a label defined twice keeps its last.
 */
function liftDefinitions(tokens: Token[]): { text: Token[]; definitions: Map<string, Token[]> } {
  const text: Token[] = [];
  const definitions = new Map<string, Token[]>();
  let inside = false;
  let current: Token[] = [];
  let label = "";
  for (const token of tokens) {
    if (token.type === "footnote_reference_open") {
      inside = true;
      current = [];
      label = (token.meta as { label: string }).label;
    } else if (token.type === "footnote_reference_close") {
      inside = false;
      definitions.set(label, current);
    } else if (inside) {
      current.push(token);
    } else {
      text.push(token);
    }
  }
  return { text, definitions };
}

function inlineNoteParagraph(note: PluginNote, token: (type: string, tag: string, nesting: -1 | 0 | 1) => Token): Token[] {
  const open = token("paragraph_open", "p", 1);
  open.block = true;
  const inline = token("inline", "", 0);
  inline.children = note.tokens ?? [];
  inline.content = note.content ?? "";
  const close = token("paragraph_close", "p", -1);
  close.block = true;
  return [open, inline, close];
}
