/**
 * The single markdown-it instance every edition shares (Eleventy included).
 *
 * Parsing happens once per article; each edition then renders the same tokens with its own
 * NoteRenderer (passed in env), so footnote numbers always come from the footnote model.
 */
import { droppedSourcePlugin } from "../markdown/dropped-source.ts";
import { emptyHeaderCellsPlugin } from "../markdown/empty-header-cells.ts";
import { taskListsPlugin } from "../markdown/task-lists.ts";
import { scrollingTablesPlugin, type ScrollingTablesEnv } from "../markdown/scrolling-tables.ts";
import markdownIt from "markdown-it";
import footnotePlugin from "markdown-it-footnote";
import cjkFriendlyPlugin from "markdown-it-cjk-friendly";
import { callsBeforeLinksPlugin } from "../markdown/calls-before-links.ts";
import deflistPlugin from "markdown-it-deflist";
import subPlugin from "markdown-it-sub";
import supPlugin from "markdown-it-sup";
import markPlugin from "markdown-it-mark";
import { noteBlockTailPlugin } from "../markdown/note-block-tail.ts";
import { linksBeforeCallsPlugin } from "../markdown/links-before-calls.ts";
import { linkAroundCallsPlugin } from "../markdown/link-around-calls.ts";
import { footnoteModelPlugin, type FootnoteEnv, type FootnoteModel, type Note } from "../markdown/footnote-model.ts";
import { assignHeadingIds, type Heading } from "../markdown/heading-ids.ts";
import { metaOf, type MarkdownIt, type RendererRule, type Token } from "../markdown/markdown-types.ts";
import type { NoteRenderer } from "../markdown/note-renderer.ts";
import { callSeparatorHtml } from "../markdown/call-separator.ts";
import { itemNumberOf } from "../markdown/note-list-items.ts";
import { nestingLimitPlugin, type StructureEnv } from "../markdown/nesting-limit.ts";
import { citationsPlugin, type CitationLinkEnv } from "../citations/citations-plugin.ts";
import { crossrefPlugin } from "../crossref/crossref-plugin.ts";
import { applyHeadingAttributes } from "../markdown/heading-attributes.ts";
import { linkFragment } from "../markdown/link-fragment.ts";
import type { CrossrefEnv, CrossrefRenderEnv } from "../crossref/crossref-types.ts";
import type { CitationEnv } from "../citations/citation-context.ts";
import type { DeferredCitations } from "../citations/render-citations.ts";
import { fencedDivsPlugin } from "../markdown/fenced-divs.ts";
import { lineBlocksPlugin } from "../markdown/line-blocks.ts";
import { pandocTablesPlugin } from "../markdown/pandoc-tables.ts";
import { gridTablesPlugin } from "../markdown/grid-tables.ts";
import { inlineHtmlPlugin } from "../markdown/inline-html.ts";
import { languageQuotesPlugin } from "../markdown/language-quotes.ts";
import { dashesAndEllipsesPlugin } from "../markdown/dashes-and-ellipses.ts";
import { escapeHtml } from "../markdown/html.ts";
import { languageSpansPlugin, type LanguageEnv } from "../markdown/language-spans.ts";

function itemNumberHtml(token: Token | undefined): string {
  const number = itemNumberOf(token);
  return number ? `<span class="note-item-number">${number}</span> ` : "";
}

/** Where a text transform's text stands. */
export interface TextPlace {
  tableCell: boolean;
}

/** What renderers find in env, besides what the parser put there. */
export interface RenderEnv extends FootnoteEnv, StructureEnv, CitationEnv, DeferredCitations, CitationLinkEnv, LanguageEnv, CrossrefEnv, CrossrefRenderEnv, ScrollingTablesEnv {
  headings?: Heading[];
  noteRenderer?: NoteRenderer;
  /** Optional rewrite of running text (print hyphenation), told when the text is a table cell's. */
  transformText?: (text: string, where?: TextPlace) => string;
  /** Optional rewrite of all text, notes and headings included (print: where an address may break). */
  transformAllText?: (text: string) => string;
  /** True while rendering the body of a note. */
  insideNote?: boolean;
  /** Set while a heading's text is rendered (see installTextRule). */
  insideHeading?: boolean;
  /** Set while a table cell's text is rendered (see installTextRule). */
  insideTableCell?: boolean;
  /**
   * Adds `data-token="<index>"` to block elements, so a layout (print pages) can say which
   * block of the shared token stream each page starts in, and another edition can find it.
   */
  markBlocks?: boolean;
  /** Added to each `data-token` index when a slice of the token stream is rendered on its own. */
  tokenOffset?: number;
  /** Where an edition publishes an image, given its src as written (see document/images.ts). */
  imageUrl?: (src: string) => string | undefined;
}

/** Block tokens that get a `data-token` attribute when env.markBlocks is set. */
const markableBlocks = new Set([
  "paragraph_open",
  "figure_open",
  "heading_open",
  "blockquote_open",
  "bullet_list_open",
  "ordered_list_open",
  "list_item_open",
  "table_open",
  "tr_open",
  "fence",
  "code_block",
  "hr",
]);

function createEngine(): MarkdownIt {
  // Raw HTML is read only to keep inline formatting tags (inline-html.ts), made tokens; every
  // other tag prints as text, so nothing an author types can run as script in any edition.
  // No HTML blocks: a block-level tag is text in its paragraph.
  const md = markdownIt({ html: true, linkify: true, typographer: true });
  md.block.ruler.disable("html_block");
  // Emphasis next to Chinese, Japanese or Korean punctuation (这是**“重要”**的事情): CommonMark's
  // rules, written for languages with spaces between words, leave those asterisks as text.
  md.use(cjkFriendlyPlugin);
  md.use(inlineHtmlPlugin);
  md.use(languageQuotesPlugin);
  md.use(dashesAndEllipsesPlugin);
  // Whatever raw HTML any rule leaves, it is written as text, never as markup.
  md.renderer.rules.html_inline = (tokens, idx) => escapeHtml(tokens[idx]?.content ?? "");
  md.renderer.rules.html_block = (tokens, idx) => `<p>${escapeHtml(tokens[idx]?.content ?? "")}</p>\n`;
  md.use(footnotePlugin);
  md.use(callsBeforeLinksPlugin);
  md.use(linkAroundCallsPlugin);
  md.use(linksBeforeCallsPlugin);
  // pandoc's Markdown, as authors who write for it use it: definition lists, H~2~O, x^2^, ==marked==, ::: divs, | line blocks, simple, multiline and grid tables, task lists.
  md.use(deflistPlugin);
  md.use(subPlugin);
  installAfterNoteRules(md, supPlugin);
  md.use(markPlugin);
  md.use(fencedDivsPlugin);
  md.use(lineBlocksPlugin);
  md.use(pandocTablesPlugin);
  md.use(gridTablesPlugin);
  md.use(taskListsPlugin);
  md.use(droppedSourcePlugin);
  md.use(emptyHeaderCellsPlugin);
  md.use(noteBlockTailPlugin);
  md.use(footnoteModelPlugin);
  md.core.ruler.push("heading_ids", assignHeadingIds);
  // After heading ids (references list the headings with theirs); before citations: its inline rules must see `@sec:x` and `[@fig:x]` first.
  md.use(crossrefPlugin);
  md.core.ruler.before("crossref_targets", "heading_attributes", applyHeadingAttributes);
  md.use(citationsPlugin);
  md.use(nestingLimitPlugin);
  // Last of the core rules: the notes' tokens are in place, and text is final.
  md.use(languageSpansPlugin);
  installNoteRules(md);
  installTextRule(md);
  installBlockMarks(md);
  installImageRule(md);
  installFragmentLinkRule(md);
  // After the block marks: the mark stays on the table, inside the box that scrolls it.
  md.use(scrollingTablesPlugin);
  return md;
}

/**
 * The renderer for a render whose env names none: Markdown that Eleventy renders with this
 * engine. The web edition sets it (editions/web/eleventy-pages.ts), which owns that renderer;
 * every other render names its edition's own.
 */
let defaultNoteRenderer: NoteRenderer | undefined;
export function useDefaultNoteRenderer(renderer: NoteRenderer): void {
  defaultNoteRenderer = renderer;
}

function rendererOf(env: unknown): NoteRenderer {
  const renderer = (env as RenderEnv | undefined)?.noteRenderer ?? defaultNoteRenderer;
  if (!renderer) throw new Error("Markdown with notes was rendered with no note renderer: pass one, or set the default (useDefaultNoteRenderer)");
  return renderer;
}

/** Each model's notes by markdown-it-footnote's id, made on first use: a renderer asks once per call and per note. */
const notesByPluginId = new WeakMap<FootnoteModel, Map<number, Note>>();

function noteOf(env: unknown, pluginId: number): Note {
  const model = (env as RenderEnv | undefined)?.footnoteModel;
  let byId = model && notesByPluginId.get(model);
  if (model && !byId) notesByPluginId.set(model, (byId = new Map(model.notes.map((note) => [note.pluginId, note]))));
  const note = byId?.get(pluginId);
  if (!note) throw new Error(`footnote ${pluginId} is missing from the footnote model`);
  return note;
}

function installNoteRules(md: MarkdownIt): void {
  const rules = md.renderer.rules;
  rules.footnote_ref = (tokens, idx, _options, env) => {
    const token = tokens[idx] as Token;
    const call = rendererOf(env).call(noteOf(env, Number(metaOf(token).id)), Number(metaOf(token).occurrence ?? 0));
    return metaOf(token).followsCall ? callSeparatorHtml + call : call;
  };
  rules.footnote_block_open = (_t, _i, _o, env) => rendererOf(env).notesOpen();
  rules.footnote_block_close = (_t, _i, _o, env) => rendererOf(env).notesClose();
  // The number goes inside the note's first paragraph, so a pop-up or a floated note starts with it.
  rules.footnote_open = (tokens, idx, _options, env) => {
    const note = noteOf(env, Number(metaOf(tokens[idx] as Token).id));
    const renderer = rendererOf(env);
    const startsWithParagraph = tokens[idx + 1]?.type === "paragraph_open";
    return renderer.noteOpen(note) + (startsWithParagraph ? "" : renderer.noteNumber(note));
  };
  const defaultParagraphOpen = rules.paragraph_open;
  rules.paragraph_open = (tokens, idx, options, env, self) => {
    const html = defaultParagraphOpen ? defaultParagraphOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    const previous = tokens[idx - 1];
    if (previous?.type === "list_item_open") return html + itemNumberHtml(previous);
    if (previous?.type !== "footnote_open") return html;
    return html + rendererOf(env).noteNumber(noteOf(env, Number(metaOf(previous).id)));
  };
  // An item of an ordered list inside a note starts with its number as text (see note-list-items.ts).
  const defaultListItemOpen = rules.list_item_open;
  rules.list_item_open = (tokens, idx, options, env, self) => {
    const html = defaultListItemOpen ? defaultListItemOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    return tokens[idx + 1]?.type === "paragraph_open" ? html : html + itemNumberHtml(tokens[idx]);
  };
  rules.footnote_close = (tokens, idx, _options, env) => {
    // footnote_close carries no meta: find the matching footnote_open.
    for (let i = idx; i >= 0; i--) {
      const token = tokens[i];
      if (token?.type === "footnote_open") return rendererOf(env).noteClose(noteOf(env, Number(metaOf(token).id)));
    }
    return "";
  };
  // The plugin emits one anchor token per call; the renderer prints all backlinks at the first.
  rules.footnote_anchor = (tokens, idx, _options, env) => {
    const token = tokens[idx] as Token;
    if (Number(metaOf(token).subId) !== 0) return "";
    return rendererOf(env).backlinks(noteOf(env, Number(metaOf(token).id)));
  };
}

/**
 * The edition's text transform (print hyphenation) applies to running text and notes (each
 * rendered with the transform its edition asks for), not to headings, which are never broken
 * at a line's end.
 */
function installTextRule(md: MarkdownIt): void {
  const rules = md.renderer.rules;
  const defaultText = rules.text as RendererRule;
  rules.text = (tokens, idx, options, env, self) => {
    const renderEnv = env as RenderEnv | undefined;
    const html = defaultText(tokens, idx, options, env, self);
    const body = renderEnv?.transformText && !renderEnv.insideHeading ? renderEnv.transformText(html, { tableCell: renderEnv.insideTableCell === true }) : html;
    return renderEnv?.transformAllText ? renderEnv.transformAllText(body) : body;
  };
  const places = [
    ["heading_open", "insideHeading", true],
    ["heading_close", "insideHeading", false],
    ["th_open", "insideTableCell", true],
    ["td_open", "insideTableCell", true],
    ["th_close", "insideTableCell", false],
    ["td_close", "insideTableCell", false],
  ] as const;
  for (const [type, flag, inside] of places) {
    const original = rules[type];
    rules[type] = (tokens, idx, options, env, self) => {
      if (env) (env as unknown as RenderEnv)[flag] = inside;
      return original ? original(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    };
  }
}

function installBlockMarks(md: MarkdownIt): void {
  const rules = md.renderer.rules;
  for (const type of markableBlocks) {
    const original = rules[type];
    rules[type] = (tokens, idx, options, env, self) => {
      const render = (): string => (original ? original(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options));
      const renderEnv = env as unknown as RenderEnv | undefined;
      if (!renderEnv?.markBlocks || renderEnv.insideNote) return render();
      // Rendering is synchronous, so the attribute is added and removed before anyone else sees the token.
      const token = tokens[idx] as Token;
      token.attrPush(["data-token", String(idx + (renderEnv.tokenOffset ?? 0))]);
      try {
        return render();
      } finally {
        token.attrs?.pop();
        if (token.attrs?.length === 0) token.attrs = null;
      }
    };
  }
}

/** Images point where the edition publishes them; the src as written never reaches an edition unchecked. */
function installImageRule(md: MarkdownIt): void {
  const original = md.renderer.rules.image as RendererRule;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx] as Token;
    const src = String(token.attrGet("src") ?? "");
    const mapped = (env as unknown as RenderEnv | undefined)?.imageUrl?.(src);
    const render = (): string => original(tokens, idx, options, env, self);
    return mapped === undefined ? render() : renderWithAttribute(token, "src", mapped, render);
  };
}

/**
 * A link to `#id` written in the text lands where that id is published: another chapter's page
 * on the web, another file in the EPUB (the same mapping cross-references use); in print the
 * whole work is one document and the link stays as written.
 */
function installFragmentLinkRule(md: MarkdownIt): void {
  const original = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const render = (): string => (original ? original(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options));
    const token = tokens[idx] as Token;
    const fragment = linkFragment(String(token.attrGet("href") ?? ""));
    const mapped = (env as unknown as RenderEnv | undefined)?.crossrefHref;
    return mapped && fragment !== undefined ? renderWithAttribute(token, "href", mapped(fragment), render) : render();
  };
}

/**
 * Renders a shared token with one attribute set for this edition, then puts the attribute back:
 * rendering is synchronous, so no other edition sees the change.
 */
function renderWithAttribute(token: Token, name: string, value: string, render: () => string): string {
  const written = String(token.attrGet(name) ?? "");
  token.attrSet(name, value);
  try {
    return render();
  } finally {
    token.attrSet(name, written);
  }
}

/**
 * Installs an inline plugin whose rule asks to run after emphasis so that it runs after the
 * note rules instead: `^[note]text^[note]` holds two inline notes (as pandoc reads it), not a
 * superscript from one caret to the next. The plugin is handed the engine with only the
 * placement of its rule changed.
 */
function installAfterNoteRules(md: MarkdownIt, plugin: (md: MarkdownIt) => void): void {
  const ruler = md.inline.ruler;
  const placed = { after: (_anchor: string, name: string, rule: Parameters<typeof ruler.after>[2]) => ruler.after("footnote_ref", name, rule) };
  const inline = Object.create(md.inline, { ruler: { value: placed } }) as typeof md.inline;
  plugin(Object.create(md, { inline: { value: inline } }) as MarkdownIt);
}

/** The shared instance. Eleventy receives this very object through setLibrary("md", ...). */
export const markdownEngine: MarkdownIt = createEngine();
