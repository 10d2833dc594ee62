/**
 * Two core rules once the document is read. References are resolved before the footnote
 * model writes down each note's text (so a note's text holds "section 2.3" as every edition
 * prints it): each gets its target and its text, or an error with its line. Once headings
 * have their ids, the body's headings are listed with their numbers, for tables of contents.
 */
import type { StateCore, Token } from "../markdown/markdown-types.ts";
import { metaOf } from "../markdown/markdown-types.ts";
import { noteTarget, type CrossrefEnv, type CrossrefModel, type CrossrefTarget } from "./crossref-types.ts";
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
  const noteTargets = new Map<string, CrossrefTarget>();
  const noteOf = (label: string, line: number): CrossrefTarget | undefined => {
    const name = label.slice("fn:".length);
    const known = noteTargets.get(name);
    if (known) return known;
    const note = notes?.notes.find((candidate) => candidate.label === name);
    const target = note ? noteTarget(note, note.line) : undefined;
    if (target) noteTargets.set(name, target);
    else model.diagnostics.push({ severity: "error", code: "crossref-unknown-label", message: `@fn:${name} refers to no note: no note [^${name}] is called in this file`, location: { file, line } });
    return target;
  };
  let line = 1;
  for (const token of tokens) {
    if (token.map) line = token.map[0] + 1 + lineOffset;
    for (const child of token.children ?? []) {
      if (child.type !== "xref") continue;
      const reference = referenceOf(child);
      if (reference.label.startsWith("fn:")) {
        const target = noteOf(reference.label, line);
        model.references.push({ label: reference.label, target, line });
        if (target) settle(child, target, model.lang);
        continue;
      }
      const target = model.targets.get(reference.label);
      model.references.push({ label: reference.label, target, line });
      if (target) {
        settle(child, target, model.lang);
        continue;
      }
      const message = reference.label.startsWith("eq:")
        ? `@${reference.label}: equations are not numbered by this pipeline; refer to a section, a figure or a table`
        : `@${reference.label} refers to no label: write {#${reference.label}} on the ${reference.label.startsWith("sec:") ? "heading" : reference.label.startsWith("fig:") ? "figure" : "table's caption"} it means`;
      model.diagnostics.push({ severity: "error", code: "crossref-unknown-label", message, location: { file, line } });
    }
  }
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
    const text = (state.tokens[index + 1]?.children ?? [])
      .filter((child: Token) => child.type === "text" || child.type === "code_inline")
      .map((child: Token) => child.content)
      .join("")
      .trim();
    model.sections.push({ id: String(token.attrGet("id") ?? ""), level: Number(token.tag.slice(1)), number: String(metaOf(token).sectionNumber ?? ""), text });
  }
}
