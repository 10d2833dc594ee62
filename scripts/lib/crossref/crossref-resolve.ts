/**
 * Two core rules once the document is read. References are resolved before the footnote
 * model writes down each note's text (so a note's text holds "section 2.3" as every edition
 * prints it): each gets its target and its text, or an error with its line. Once headings
 * have their ids, the body's headings are listed with their numbers, for tables of contents.
 */
import type { StateCore, Token } from "../markdown/markdown-types.ts";
import { metaOf } from "../markdown/markdown-types.ts";
import { referenceText, type CrossrefEnv, type CrossrefModel } from "./crossref-types.ts";
import { referenceOf } from "./reference-syntax.ts";

interface LineEnv {
  sourcePath?: string;
  lineOffset?: number;
}

export function resolveReferences(state: StateCore): void {
  const env = state.env as CrossrefEnv & LineEnv;
  const model = env.crossrefs;
  // A book's chapter may refer to a later one: its references wait for the whole book (book-crossrefs.ts).
  if (!model || env.bookChapter) return;
  resolveReferenceTokens(state.tokens, model, env.sourcePath ?? "", env.lineOffset ?? 0);
  model.diagnostics.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}

/**
 * Gives each reference among `tokens` (written in `file`) its target's words from the model's
 * labels, recording it in the model, or an error with its line: for an article's tokens once
 * it is read, for each chapter of a book once every chapter is.
 */
export function resolveReferenceTokens(tokens: readonly Token[], model: CrossrefModel, file: string, lineOffset = 0): void {
  let line = 1;
  for (const token of tokens) {
    if (token.map) line = token.map[0] + 1 + lineOffset;
    for (const child of token.children ?? []) {
      if (child.type !== "xref") continue;
      const reference = referenceOf(child);
      const target = model.targets.get(reference.label);
      model.references.push({ label: reference.label, target, line });
      if (target) {
        metaOf(child).text = `${reference.joined ? ", " : ""}${referenceText(target, reference.capital, model.lang)}`;
        continue;
      }
      const message = reference.label.startsWith("eq:")
        ? `@${reference.label}: equations are not numbered by this pipeline; refer to a section, a figure or a table`
        : `@${reference.label} refers to no label: write {#${reference.label}} on the ${reference.label.startsWith("sec:") ? "heading" : reference.label.startsWith("fig:") ? "figure" : "table's caption"} it means`;
      model.diagnostics.push({ severity: "error", code: "crossref-unknown-label", message, location: { file, line } });
    }
  }
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
