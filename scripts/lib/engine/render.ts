/**
 * Renders an article's tokens for one edition. The tokens are shared and never modified here;
 * only the env differs (which NoteRenderer, whether text is transformed, XHTML output).
 */
import { markdownEngine, type RenderEnv } from "./markdown-engine.ts";
import type { FootnoteModel } from "../markdown/footnote-types.ts";
import { metaOf, type Token } from "../markdown/markdown-types.ts";
import type { NoteRenderer } from "../markdown/note-renderer.ts";

/**
 * What rendering needs of a parsed document; document/article.ts's Article is one. Declared
 * here so that the Markdown layer does not depend on the document built on top of it.
 */
export interface RenderSource {
  tokens: Token[];
  env: RenderEnv;
  notes: Pick<FootnoteModel, "notes">;
  /** Local images: the src as written, and the name it is published under. */
  images: ReadonlyArray<{ src: string; fileName: string }>;
}

export interface RenderOptions {
  transformText?: RenderEnv["transformText"];
  transformAllText?: (text: string) => string;
  /** Self-closing void tags (`<br />`), as XHTML requires. */
  xhtml?: boolean;
  /** Mark block elements with their token index (see RenderEnv.markBlocks). */
  markBlocks?: boolean;
  /** Index of the slice's first token in the whole stream, for the block marks of a slice rendered on its own. */
  tokenOffset?: number;
  /** Image URLs for this edition; defaults to `images/<published name>` beside the page. */
  imageUrl?: (src: string) => string | undefined;
  /** Where a citation links to the bibliography entry with this id; undefined for no link. Defaults to `#id`. */
  citationHref?: (id: string) => string | undefined;
  /** Where a cross-reference's target is (the EPUB names its file); defaults to `#id`. */
  crossrefHref?: (id: string) => string;
  /** Cross-references add " on page N" (print). */
  crossrefPages?: boolean;
  /** Each table in a box that scrolls, named by its caption or else by this (web; scrolling-tables.ts). */
  tableRegionName?: string;
}

/**
 * The calls written after the title and after each author in front matter (`footnote_ref`
 * tokens of the one footnote model, numbered before the text): each edition prints them on
 * its title block with its own note renderer (renderHeaderCalls).
 */
export interface HeaderCallTokens {
  title: Token[];
  /** One entry per author, empty for an author without calls. */
  authors: Token[][];
}

/** The title block's calls as HTML, rendered with the edition's note renderer. */
export interface HeaderCallsHtml {
  title: string;
  authors: string[];
}

/**
 * Renders the title block's calls with the edition's note renderer, before the body is
 * rendered with the same renderer: they are the first calls a reader meets.
 */
export function renderHeaderCalls(article: RenderSource & { headerCalls?: HeaderCallTokens }, notes: NoteRenderer, options: RenderOptions = {}): HeaderCallsHtml | undefined {
  const calls = article.headerCalls;
  if (!calls) return undefined;
  const env: RenderEnv = { ...article.env, noteRenderer: notes, imageUrl: options.imageUrl, citationHref: options.citationHref, crossrefHref: options.crossrefHref, crossrefPages: options.crossrefPages };
  const markdownOptions = { ...markdownEngine.options, xhtmlOut: options.xhtml ?? false };
  const render = (tokens: Token[]): string => (tokens.length ? markdownEngine.renderer.renderInline(tokens, markdownOptions, env as unknown as Record<string, unknown>) : "");
  return { title: render(calls.title), authors: calls.authors.map(render) };
}

/** Renders a token slice of the article with the edition's note renderer. */
export function renderTokens(article: RenderSource, tokens: Token[], notes: NoteRenderer, options: RenderOptions = {}, insideNote = false): string {
  const imageUrl = options.imageUrl ?? ((src: string) => publishedImagePath(article, src));
  const env: RenderEnv = { ...article.env, noteRenderer: notes, transformText: options.transformText, transformAllText: options.transformAllText, markBlocks: options.markBlocks, tokenOffset: options.tokenOffset, imageUrl, insideNote, citationHref: options.citationHref, crossrefHref: options.crossrefHref, crossrefPages: options.crossrefPages, tableRegionName: options.tableRegionName };
  const markdownOptions = { ...markdownEngine.options, xhtmlOut: options.xhtml ?? false };
  return markdownEngine.renderer.render(tokens, markdownOptions, env as unknown as Record<string, unknown>);
}

/** Renders the whole article, body then notes block, as the web edition shows it. */
export function renderArticle(article: RenderSource, notes: NoteRenderer, options: RenderOptions = {}): string {
  return renderTokens(article, article.tokens, notes, options);
}

export interface SplitTokens {
  /** The article without the notes block the footnote plugin appends. */
  body: Token[];
  /** Each note's tokens, footnote_open to footnote_close inclusive, by note number. */
  notes: Map<number, Token[]>;
}

/** Separates the body from the notes block, for editions that place notes themselves. */
export function splitNotes(article: RenderSource): SplitTokens {
  const tokens = article.tokens;
  const blockStart = tokens.findIndex((token) => token.type === "footnote_block_open");
  const body = blockStart === -1 ? tokens : tokens.slice(0, blockStart);
  const notes = new Map<number, Token[]>();
  const numberOf = new Map(article.notes.notes.map((note) => [note.pluginId, note.number]));
  let open = -1;
  for (let i = Math.max(blockStart, 0); blockStart !== -1 && i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === "footnote_open") open = i;
    if (token.type === "footnote_close" && open !== -1) {
      const number = numberOf.get(Number(metaOf(tokens[open] as Token).id));
      if (number !== undefined) notes.set(number, tokens.slice(open, i + 1));
      open = -1;
    }
  }
  return { body, notes };
}

/** `images/<name>`, relative to the edition's page, for an image the article references. */
export function publishedImagePath(article: RenderSource, src: string): string | undefined {
  const image = article.images.find((candidate) => candidate.src === src);
  return image ? `images/${image.fileName}` : undefined;
}
