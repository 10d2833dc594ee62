/**
 * Cross-references in the shared markdown-it instance: targets found and numbered right after
 * inline parsing, references read before citations, resolved once the document is complete,
 * and rendered as text by every edition.
 */
import type { MarkdownIt } from "../markdown/markdown-types.ts";
import { findTargets } from "./crossref-targets.ts";
import { listSections, resolveReferences } from "./crossref-resolve.ts";
import { referenceSyntax } from "./reference-syntax.ts";
import { crossrefRenderRules } from "./crossref-render.ts";

export function crossrefPlugin(md: MarkdownIt): void {
  referenceSyntax(md);
  md.core.ruler.after("inline", "crossref_targets", findTargets);
  // Before the footnote model writes each note's text, which then holds the references' words.
  md.core.ruler.before("footnote_model_finish", "crossref_resolve", resolveReferences);
  md.core.ruler.push("crossref_sections", listSections);
  crossrefRenderRules(md);
}
