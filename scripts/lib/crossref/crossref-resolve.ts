/**
 * Core rule, once every other rule has run (headings have their ids, notes are in their
 * block): each reference gets its target, or an error with its line; the headings are
 * listed with their numbers for the tables of contents.
 */
import type { StateCore, Token } from "../markdown/markdown-types.ts";
import { metaOf } from "../markdown/markdown-types.ts";
import type { CrossrefEnv } from "./crossref-types.ts";
import { referenceOf } from "./reference-syntax.ts";

interface LineEnv {
  sourcePath?: string;
  lineOffset?: number;
}

export function resolveReferences(state: StateCore): void {
  const env = state.env as CrossrefEnv & LineEnv;
  const model = env.crossrefs;
  if (!model) return;
  const file = env.sourcePath ?? "";
  let line = 1;
  let inNotes = false;
  let headings = 0;
  state.tokens.forEach((token: Token, index: number) => {
    if (token.map) line = token.map[0] + 1 + (env.lineOffset ?? 0);
    if (token.type === "footnote_block_open") inNotes = true;
    if (token.type === "heading_open" && !inNotes && !(env.titleFromFirstHeading && headings++ === 0)) {
      const inline = state.tokens[index + 1];
      model.sections.push({ id: String(token.attrGet("id") ?? ""), level: Number(token.tag.slice(1)), number: String(metaOf(token).sectionNumber ?? ""), text: headingText(inline) });
    }
    for (const child of token.children ?? []) {
      if (child.type !== "xref") continue;
      const reference = referenceOf(child);
      const target = model.targets.get(reference.label);
      model.references.push({ label: reference.label, target, line });
      if (target) continue;
      const message = reference.label.startsWith("eq:")
        ? `@${reference.label}: equations are not numbered by this pipeline; refer to a section, a figure or a table`
        : `@${reference.label} refers to no label: write {#${reference.label}} on the ${reference.label.startsWith("sec:") ? "heading" : reference.label.startsWith("fig:") ? "figure" : "table's caption"} it means`;
      model.diagnostics.push({ severity: "error", code: "crossref-unknown-label", message, location: { file, line } });
    }
  });
  model.diagnostics.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}

function headingText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .filter((child) => child.type === "text" || child.type === "code_inline")
    .map((child) => child.content)
    .join("")
    .trim();
}
