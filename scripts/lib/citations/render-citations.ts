/**
 * Formats every citation once the footnote model has numbered the notes: unknown keys are
 * reported with their lines, positions are computed in reading order (citation-positions.ts),
 * each citation is replaced by the processor's words as tokens, and the bibliography is
 * appended to the body. Every edition renders these tokens: none formats a citation itself.
 */
import type { Diagnostic } from "../errors.ts";
import type { FootnoteEnv, CitationPlace, FootnoteModel } from "../markdown/footnote-model.ts";
import type { StateCore, Token } from "../markdown/markdown-types.ts";
import { slugifyHeading, uniqueId } from "../markdown/heading-ids.ts";
import type { CitationCluster } from "./citation-types.ts";
import { CitePosition } from "./citation-types.ts";
import type { CitationContext, CitationEnv } from "./citation-context.ts";
import { computePositions, type WorkPosition } from "./citation-positions.ts";
import { closestKeys } from "./closest-keys.ts";
import { formatCitation, keepProcessorCode, type CiteRequest, type CslEngine } from "./csl-processor.ts";
import { cachedCitations, citationsCacheKey, type FormattedCitations } from "./citation-cache.ts";
import { markedTextTokens, wrapCitedWork } from "./marked-text.ts";
import { bibliographyTokens } from "./bibliography-section.ts";
import { punctuationBeforeCitation } from "./punctuation-before-citation.ts";
import { editionWords } from "../language/edition-words.ts";
import { authorsReferencesSection, misplacedRefsDivs } from "./authors-references-heading.ts";

interface CitationMeta {
  cluster: CitationCluster;
  /** The author's name standing in the sentence for `@key` (the note holds the citation). */
  authorOnly?: boolean;
  /** The citation is the whole of a note made for it (citation-notes.ts): it starts with a capital. */
  wholeNote?: boolean;
}

export function renderCitations(state: StateCore): void {
  const env = state.env as unknown as FootnoteEnv & CitationEnv & DeferredCitations;
  // A book's chapters are parsed one by one; the book formats all their citations at once (book.ts).
  if (env.citationsDeferred) return;
  const model = env.footnoteModel;
  if (!env.citations || !model) return;
  const section = authorsReferencesSection(state.tokens);
  model.diagnostics.push(...misplacedRefsDivs(state.tokens, section, env.sourcePath, (env as { lineOffset?: number }).lineOffset ?? 0));
  const closing = formatCitations(env.citations, model, state.Token, { file: env.sourcePath, lastLine: lastLineOf(state.tokens), ...(section ? { heading: section } : {}) });
  // The author's heading is the list's: taken out of the text (the headings are listed later, by heading_ids).
  if (closing.length > 0 && section) state.tokens.splice(section.start, section.end - section.start);
  state.tokens.push(...closing);
}

/** Set on a book chapter's env: its citations are found, and formatted with the whole book's. */
export interface DeferredCitations {
  citationsDeferred?: boolean;
}

export function lastLineOf(tokens: readonly Token[]): number {
  return tokens.reduce((last, token) => Math.max(last, token.map?.[1] ?? 0), 0);
}

/**
 * Replaces every citation of `model` by its words and returns the bibliography's tokens (none
 * when nothing is cited), for the caller to place. Unknown keys are added to the model's
 * diagnostics instead, each with its file (the place's own, in a book) and line. Positions
 * ("Ibid.", the short form) are counted within each part (a book's chapter) on its own: a
 * chapter's first citation of a work is given in full, and "Ibid." never points back into the
 * chapter before. A note number the style prints ("see n. 3") is the one the reader sees.
 */
export function formatCitations(context: CitationContext, model: FootnoteModel, TokenClass: StateCore["Token"], options: { file: string; lastLine: number; usedIds?: Set<string>; heading?: { heading: string; id?: string } }): Token[] {
  const places = model.citations ?? [];
  const unknown = unknownKeys(places, context, options.file);
  if (unknown.length) {
    model.diagnostics.push(...unknown);
    return [];
  }
  const cited = [...new Set(places.flatMap((place) => metaOf(place).cluster.works.map((work) => work.key)))];
  const ids = entryIds(cited);
  const link = (key: string): string | undefined => ids.get(key);

  const printedOf = new Map(model.notes.map((note) => [note.number, note.printed ?? note.number]));
  const cites = places.filter((place) => !metaOf(place).authorOnly);
  const positionOf = new Map<CitationPlace, WorkPosition[]>();
  for (const part of partsOf(cites)) {
    const positions = computePositions(part.map((place) => ({ note: context.noteStyle && place.withinNote !== undefined ? printedOf.get(place.withinNote) ?? place.withinNote : undefined, works: metaOf(place).cluster.works })));
    part.forEach((place, index) => positionOf.set(place, positions[index] ?? []));
  }
  const requests = places.map((place) => requestOf(context, metaOf(place), positionOf.get(place) ?? []));
  const formatted = cachedCitations(citationsCacheKey(context.inputsHash, { cited, requests }), () => formatAll(context.engine(), cited, requests));

  places.forEach((place, placeIndex) => {
    const meta = metaOf(place);
    const words = formatted.citations[placeIndex] ?? "";
    const index = place.children.indexOf(place.token);
    const next = place.children[index + 1];
    const previous = place.children[index - 1];
    const midSentence = previous?.type === "text" && /[^.!?]\s*$/.test(previous.content);
    const cased = meta.wholeNote ? capitalizeFirst(words) : midSentence ? lowercaseIbid(words) : words;
    // As pandoc sets it: with a note style, a bracketed citation within the sentence of one of the
    // author's notes stands in parentheses ("Some studies (Doe, Title, 33) show"); `@doe [33]`,
    // which names the author in the sentence, does not, nor one that opens the note.
    const parenthetical = context.noteStyle && place.withinNote !== undefined && !meta.wholeNote && !meta.cluster.authorInText && index > 0;
    const fitted = parenthetical ? `(${withoutClosingPeriod(cased)})` : fitPunctuation(cased, next?.type === "text" ? next.content : "");
    // An author-date citation written after the sentence's punctuation goes before it (punctuation-before-citation.ts).
    const moved = !context.noteStyle && !meta.cluster.authorInText && previous?.type === "text" ? punctuationBeforeCitation(previous.content) : undefined;
    if (moved && previous) previous.content = moved.before;
    const text = fitted + (moved?.after ?? "");
    if (index >= 0) place.children.splice(index, 1, ...markedTextTokens(text, TokenClass, link));
  });
  if (formatted.bibliography.length === 0) return [];
  const words = editionWords(context.lang);
  const heading = options.heading?.heading ?? (context.noteStyle ? words.bibliography : words.references);
  // Where the section is listed with the text's own (a book's contents), it needs an id no heading has.
  const headingId = options.heading?.id ?? (options.usedIds ? uniqueId(slugifyHeading(heading), options.usedIds) : undefined);
  return bibliographyTokens(TokenClass, { heading, ...(headingId ? { headingId } : {}), entries: formatted.bibliography, idOf: (key) => ids.get(key) ?? "", line: options.lastLine });
}

/**
 * Points each place at the children array that holds its citation now. Rules that run after
 * the citations are found may give an inline token a new array (the language marks do): a
 * chapter whose citations wait for the book's formatting finds them again here, at its end.
 */
export function relocateCitations(tokens: readonly Token[], places: readonly CitationPlace[]): void {
  if (places.length === 0) return;
  const holder = new Map<Token, Token[]>();
  const visit = (children: Token[]): void => {
    for (const child of children) {
      if (child.type === "citation") holder.set(child, children);
      if (child.children) visit(child.children);
    }
  };
  for (const token of tokens) if (token.children) visit(token.children);
  for (const place of places) place.children = holder.get(place.token) ?? place.children;
}

/** The places of each part in reading order (a book's chapters; an article is one part). */
function partsOf(places: readonly CitationPlace[]): CitationPlace[][] {
  const parts = new Map<number, CitationPlace[]>();
  for (const place of places) {
    const part = parts.get(place.part ?? 0);
    if (part) part.push(place);
    else parts.set(place.part ?? 0, [place]);
  }
  return [...parts.values()];
}

/** What the processor is asked for one citation: its works with positions, or the authors' names alone. */
type CitationRequest = { authorOnly: CiteRequest } | { cites: CiteRequest[]; authorInText?: CiteRequest };

/** Every citation's words and the bibliography, from the processor. */
function formatAll(engine: CslEngine, cited: string[], requests: readonly CitationRequest[]): FormattedCitations {
  engine.updateItems(cited);
  const authors = (request: CiteRequest): string => wrapCitedWork(engine.makeCitationCluster([request]), request.id);
  const citations = requests.map((request) => {
    // citeproc-js marks no work in an author-only citation; it names one work, so all of it is that work's.
    if ("authorOnly" in request) return authors(request.authorOnly);
    const text = formatCitation(engine, request.cites);
    // Author-date, `@doe [p. 33] says`: "Doe (2001, 33) says", the name outside the parentheses.
    return request.authorInText ? `${authors(request.authorInText)} ${text}` : text;
  });
  const made = cited.length ? engine.makeBibliography() : false;
  const bibliography = made ? made[1].map((text, index) => ({ key: made[0].entry_ids[index]?.[0] ?? "", text })) : [];
  keepProcessorCode();
  return { citations, bibliography };
}

function metaOf(place: CitationPlace): CitationMeta {
  return place.token.meta as unknown as CitationMeta;
}

function unknownKeys(places: readonly CitationPlace[], context: CitationContext, file: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const place of places) {
    if (metaOf(place).authorOnly) continue;
    for (const work of metaOf(place).cluster.works) {
      if (context.entries.has(work.key)) continue;
      const closest = closestKeys(work.key, context.entries.keys());
      problems.push({
        severity: "error",
        code: "citation-unknown-key",
        message: `unknown citation key "${work.key}"${closest.length ? `; closest: ${closest.join(", ")}` : "; the bibliography is empty"}`,
        location: { file: place.file ?? file, line: place.line },
      });
    }
  }
  return problems;
}

/** `ref-<key>` for each work's bibliography entry: never `fn-…` or `fnref-…`, and heading ids keep out of `ref-` (heading-ids.ts). */
function entryIds(keys: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const key of keys) ids.set(key, uniqueId(`ref-${slugifyHeading(key)}`, used));
  return ids;
}

function requestOf(context: CitationContext, meta: CitationMeta, positions: ReadonlyArray<{ position: CitePosition; nearNote: boolean; firstNote?: number }>): CitationRequest {
  const { cluster } = meta;
  const first = cluster.works[0];
  // The short form ("Nasser and Weiss"), as a sentence names authors.
  const authorsOf = (key: string): CiteRequest => ({ id: key, position: CitePosition.Subsequent, "author-only": true });
  if (meta.authorOnly) return { authorOnly: authorsOf(first?.key ?? "") };
  const cites = cluster.works.map((work, index): CiteRequest => {
    const placed = positions[index];
    const request: CiteRequest = { id: work.key, position: placed?.position ?? CitePosition.First };
    if (work.locator) {
      request.locator = work.locator;
      request.label = work.label ?? "page";
    }
    if (work.prefix) request.prefix = work.prefix;
    if (work.suffix) request.suffix = work.suffix;
    if (work.suppressAuthor || (cluster.authorInText && !context.noteStyle)) request["suppress-author"] = true;
    if (placed?.nearNote) request["near-note"] = true;
    if (placed?.firstNote !== undefined) request["first-reference-note-number"] = placed.firstNote;
    return request;
  });
  return cluster.authorInText && !context.noteStyle && first ? { cites, authorInText: authorsOf(first.key) } : { cites };
}

/** A note starts with a capital ("See Doe…", "Ibid."), whatever the prefix the author wrote. */
function capitalizeFirst(text: string): string {
  return text.replace(/^((?:[\uE110-\uE113]|\uE114[^\uE115]*\uE115)*)(\p{Ll})/u, (_all, marks: string, letter: string) => marks + letter.toUpperCase());
}

/** "Ibid." begins a note with a capital, but inside a sentence of the author's note it is "ibid." (CMOS 13.37). */
function lowercaseIbid(text: string): string {
  return text.replace(/^((?:[\uE110-\uE113]|\uE114[^\uE115]*\uE115)*)Ibid\b/u, "$1ibid");
}

/**
 * A citation's closing period gives way to the punctuation written after it (`[@doe];` prints
 * "…, 50;" not "…, 50.;"), and to the rest of a sentence it stands in ("see Doe, 4, and…"),
 * unless the period belongs to an abbreviation ("ibid.", "ed.").
 */
function fitPunctuation(text: string, following: string): string {
  const punctuationFollows = /^[.,;:!?]/.test(following);
  const sentenceGoesOn = /^\s+\S/.test(following);
  if (!punctuationFollows && !sentenceGoesOn) return text;
  return sentenceGoesOn ? withoutClosingPeriod(text) : withoutLastPeriod(text);
}

/** The citation's closing period left out, unless it belongs to an abbreviation ("ibid.", "ed."). */
function withoutClosingPeriod(text: string): string {
  return /\b(?:ibid|eds?|trans|comp|n\.d|al|vols?|nos?|chaps?|pp?|[A-Z])\.[\uE111\uE113\uE116\u201D\u2019\u00BB"]*$/i.test(text) ? text : withoutLastPeriod(text);
}

/**
 * The final period left out, what closes after it kept: the marks of linked works, and the
 * closing quotation mark of a title set in quotes with the period inside (“Treaty Signed.”).
 */
function withoutLastPeriod(text: string): string {
  return text.replace(/\.([\uE111\uE113\uE116\u201D\u2019\u00BB"]*)$/, "$1");
}
