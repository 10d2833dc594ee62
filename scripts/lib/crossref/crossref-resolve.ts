/**
 * Two core rules once the document is read. References are resolved before the footnote
 * model writes down each note's text (so a note's text holds "section 2.3" as every edition
 * prints it): each gets its target and its text, or an error with its line. Once headings
 * have their ids, the body's headings are listed with their numbers, for tables of contents.
 */
import { headingEmphasis } from "../markdown/title-emphasis.ts";
import type { StateCore, Token } from "../markdown/markdown-types.ts";
import { metaOf } from "../markdown/markdown-types.ts";
import { noteTarget, referenceText, type CrossrefEnv, type CrossrefModel, type CrossrefTarget } from "./crossref-types.ts";
import { editionWords } from "../language/edition-words.ts";
import type { FootnoteModel } from "../markdown/footnote-types.ts";
import { referenceOf, referenceWords } from "./reference-syntax.ts";

interface LineEnv {
  sourcePath?: string;
  lineOffset?: number;
  footnoteModel?: FootnoteModel;
}

export function resolveReferences(state: StateCore): void {
  const env = state.env as CrossrefEnv & LineEnv;
  const model = env.crossrefs;
  // A book's chapter may refer to a later one: its references wait for the whole book (book-crossrefs.ts).
  if (!model || env.bookChapter) return;
  resolveReferenceTokens(state.tokens, model, env.sourcePath ?? "", env.lineOffset ?? 0, env.footnoteModel);
  model.diagnostics.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}

/**
 * Gives each reference among `tokens` (written in `file`) its target, from the model's labels
 * or, for `@fn:name`, from the notes of the same file (`notes`: a note's label is its file's
 * own), recording it in the model, or an error with its line: for an article's tokens once
 * it is read, for each chapter of a book once every chapter is.
 */
export function resolveReferenceTokens(tokens: readonly Token[], model: CrossrefModel, file: string, lineOffset = 0, notes?: FootnoteModel): void {
  // A note is looked up once per label: its target reads the note's number when asked.
  const noteTargets = new Map<string, CrossrefTarget | undefined>();
  const noteOf = (name: string): CrossrefTarget | undefined => {
    if (!noteTargets.has(name)) {
      const note = notes?.notes.find((candidate) => candidate.label === name);
      noteTargets.set(name, note ? noteTarget(note, note.line) : undefined);
    }
    return noteTargets.get(name);
  };
  let line = 1;
  for (const token of tokens) {
    if (token.map) line = token.map[0] + 1 + lineOffset;
    for (const child of token.children ?? []) {
      if (child.type !== "xref") continue;
      const { label, numberOnly } = referenceOf(child);
      const target = label.startsWith("fn:") ? noteOf(label.slice("fn:".length)) : model.targets.get(label);
      if (numberOnly) model.diagnostics.push({ severity: "error", code: "crossref-number-only", message: numberOnlyRefused(label, target, model.lang), location: { file, line } });
      model.references.push({ label, target, line });
      if (target) settle(child, target, model.lang);
      else model.diagnostics.push({ severity: "error", code: "crossref-unknown-label", message: unknownLabel(label), location: { file, line } });
    }
  }
}

/** `[-@fig:map]`: what the author writes instead, with the words the reference prints, in the document's language. */
function numberOnlyRefused(label: string, target: CrossrefTarget | undefined, lang: string): string {
  const refused = `[-@${label}] asks for the number without its word, which no edition prints: write @${label} (or [@${label}])`;
  if (!target) return refused;
  return `${refused}, which prints "${referenceText(target, false, lang)}" with its number, and leave out the "${editionWords(lang).crossrefs[target.kind]}" written before it`;
}

/** Why a reference names nothing, and what the author writes to make it name something. */
function unknownLabel(label: string): string {
  if (label.startsWith("fn:")) return `@${label} refers to no note: no note [^${label.slice("fn:".length)}] is called in this file`;
  if (label.startsWith("eq:")) return `@${label}: equations are not numbered by this pipeline; refer to a section, a figure or a table`;
  return `@${label} refers to no label: write {#${label}} on the ${label.startsWith("sec:") ? "heading" : label.startsWith("fig:") ? "figure" : "table's caption"} it means`;
}

/**
 * Leaves on the token what it names, and its words as `text`, which the footnote model reads
 * into a note's text: read when asked, since a book renumbers a chapter's notes (and so a
 * note's target) when it joins the chapters, after their references were resolved.
 */
function settle(token: Token, target: CrossrefTarget, lang: string): void {
  Object.assign(referenceOf(token), { target, lang });
  Object.defineProperty(metaOf(token), "text", { get: () => referenceWords(token), enumerable: true, configurable: true });
}

export function listSections(state: StateCore): void {
  const env = state.env as CrossrefEnv;
  const model = env.crossrefs;
  if (!model || env.bookChapter) return;
  let headings = 0;
  for (const [index, token] of state.tokens.entries()) {
    if (token.type === "footnote_block_open") break;
    if (token.type !== "heading_open" || (env.titleFromFirstHeading && headings++ === 0)) continue;
    const children: Token[] = state.tokens[index + 1]?.children ?? [];
    const text = children
      .filter((child: Token) => child.type === "text" || child.type === "code_inline")
      .map((child: Token) => child.content)
      .join("")
      .trim();
    const emphasis = headingEmphasis(children);
    const section = { id: String(token.attrGet("id") ?? ""), level: Number(token.tag.slice(1)), number: String(metaOf(token).sectionNumber ?? ""), text };
    // Its runs are the same words, or the entry keeps the plain text.
    model.sections.push(emphasis && emphasis.map((run) => run.text).join("") === text ? { ...section, emphasis } : section);
  }
}
