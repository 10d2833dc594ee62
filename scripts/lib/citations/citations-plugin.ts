/**
 * Citations in the shared markdown-it instance: the syntax rule, the rule that turns citations
 * into notes (note styles), the rule that formats them once the notes are numbered, and the
 * link from a cited work to its bibliography entry. All do nothing for an article without
 * `bibliography:` (no env.citations).
 */
import type { MarkdownIt, Token } from "../markdown/markdown-types.ts";
import { escapeHtml } from "../markdown/html.ts";
import type { CitationEnv } from "./citation-context.ts";
import { citationSyntax } from "./citation-syntax.ts";
import { citationsToNotes } from "./citation-notes.ts";
import { renderCitations } from "./render-citations.ts";

/** What an edition tells the renderer: where the entry with this id is, or undefined for no link (print). */
export interface CitationLinkEnv {
  citationHref?: (id: string) => string | undefined;
}

const citationsOf = (env: unknown): CitationEnv["citations"] => (env as CitationEnv | undefined)?.citations;

export function citationsPlugin(md: MarkdownIt): void {
  citationSyntax(md, (env) => citationsOf(env) !== undefined);
  md.core.ruler.before("footnote_model", "citation_notes", (state) => {
    if (citationsOf(state.env)?.noteStyle) citationsToNotes(state);
  });
  md.core.ruler.after("footnote_model", "citation_render", (state) => {
    if (citationsOf(state.env)) renderCitations(state);
  });
  md.renderer.rules.citation_link_open = (tokens, idx, _options, env) => {
    const href = hrefOf(tokens[idx] as Token, env);
    return href === undefined ? `<span class="citation">` : `<a class="citation" href="${escapeHtml(href)}">`;
  };
  md.renderer.rules.citation_link_close = (tokens, idx, _options, env) => {
    // Links to works never nest: the nearest opening before is this one's.
    for (let i = idx; i >= 0; i--) {
      const token = tokens[i] as Token;
      if (token.type === "citation_link_open") return hrefOf(token, env) === undefined ? "</span>" : "</a>";
    }
    return "</span>";
  };
}

function hrefOf(open: Token, env: unknown): string | undefined {
  const id = String(open.meta?.target ?? "");
  const links = env as CitationLinkEnv | undefined;
  return links?.citationHref ? links.citationHref(id) : `#${id}`;
}
