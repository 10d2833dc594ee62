/**
 * How every edition prints cross-references, section numbers and caption labels: as text the
 * model decided. A reference is a link ("figure 4"); the print edition adds " on page N",
 * whose N the print runtime writes once the pages are laid out (print-runtime.js, from the
 * page the target landed on), in a box as wide as three digits until then.
 */
import type { MarkdownIt, Token } from "../markdown/markdown-types.ts";
import { escapeHtml } from "../markdown/html.ts";
import { referenceText, type CrossrefEnv, type CrossrefRenderEnv } from "./crossref-types.ts";
import { referenceOf } from "./reference-syntax.ts";
import { editionWords } from "../language/edition-words.ts";

/** Written where a page number goes until layout replaces it: wide enough for any page number of a book. */
export const pageNumberPlaceholder = "000";

/** The attribute naming the id whose page the print runtime writes into an element. */
export const pageOfAttribute = "data-page-of";

export function crossrefRenderRules(md: MarkdownIt): void {
  const rules = md.renderer.rules;
  rules.xref = (tokens, idx, _options, env) => {
    const token = tokens[idx] as Token;
    const reference = referenceOf(token);
    const renderEnv = env as CrossrefEnv & CrossrefRenderEnv;
    // A note's target is its file's own (a book's chapter), so the token holds what it was resolved to.
    const target = reference.target ?? renderEnv.crossrefs?.targets.get(reference.label);
    // Unknown labels stop the build at parse time; this only guards a renderer called on its own.
    if (!target) return escapeHtml(`@${reference.label}`);
    const href = renderEnv.crossrefHref ? renderEnv.crossrefHref(target.id) : `#${target.id}`;
    const words = escapeHtml(referenceText(target, reference.capital, reference.lang ?? renderEnv.crossrefs?.lang ?? "en"));
    const separator = reference.joined ? ", " : "";
    // The words come from the model (crossref-resolve.ts): every edition prints the same.
    if (!renderEnv.crossrefPages) return `${separator}<a class="xref" href="${escapeHtml(href)}">${words}</a>`;
    // Print: "figure 4" and "on page 12" each stay on one line (a line never opens with a bare
    // number a reader could take for a note's), and the line may break between them.
    const page = `<span class="xref-page">${escapeHtml(editionWords(renderEnv.crossrefs?.lang ?? "en").crossrefs.onPage)} <span class="page-of" ${pageOfAttribute}="${escapeHtml(target.id)}">${pageNumberPlaceholder}</span></span>`;
    return `${separator}<a class="xref" href="${escapeHtml(href)}"><span class="xref-words">${words}</span> ${page}</a>`;
  };
  rules.crossref_section_number = (tokens, idx) => `<span class="section-number">${escapeHtml((tokens[idx] as Token).content)}</span> `;
  rules.crossref_caption_label = (tokens, idx) => {
    const text = (tokens[idx] as Token).content;
    return text ? `<span class="caption-label">${escapeHtml(text)}</span> ` : "";
  };
}
