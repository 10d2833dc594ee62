/**
 * pandoc's heading attributes, `## Method {#method .unnumbered lang=en}`, which authors who
 * write for pandoc put on their headings. Without this rule the braces would print in the
 * heading and every link to `#method` would miss. The id becomes the heading's id;
 * `.unnumbered` (or pandoc's short `-`) keeps the heading out of the section numbers, as a
 * preface or acknowledgements are (crossref-targets.ts); other classes and key=value pairs
 * have no meaning in these editions and are dropped. A pandoc-crossref label among them
 * (`{#sec:method}`) is left alone for the cross-reference rules that run next.
 */
import { metaOf, type StateCore } from "./markdown-types.ts";

const attribute = String.raw`(?:#[^\s{}#.=]+|\.[^\s{}#.=]+|-|[\p{L}\p{N}_:-]+=(?:"[^"]*"|'[^']*'|[^\s{}"']+))`;
const attributeBlock = new RegExp(String.raw`\s*\{\s*(${attribute}(?:\s+${attribute})*)\s*\}\s*$`, "u");
const crossrefLabel = /^#(?:sec|fig|tbl|eq):/;

/** Core rule, after inline parsing and before the cross-reference rules. */
export function applyHeadingAttributes(state: StateCore): void {
  state.tokens.forEach((token, index) => {
    if (token.type !== "heading_open") return;
    const inline = state.tokens[index + 1];
    const last = inline?.children?.at(-1);
    if (!inline || last?.type !== "text") return;
    const match = attributeBlock.exec(last.content);
    if (!match) return;
    const parts = (match[1] ?? "").split(/\s+(?=(?:[#.-]|[\p{L}\p{N}_:-]+=))/u);
    const label = parts.find((part) => crossrefLabel.test(part));
    const id = parts.find((part) => part.startsWith("#") && !crossrefLabel.test(part));
    const kept = label ? ` {${label}}` : "";
    last.content = last.content.slice(0, match.index) + kept;
    inline.content = inline.content.replace(attributeBlock, kept);
    if (last.content === "") inline.children?.pop();
    if (id && !label) token.attrSet("id", id.slice(1));
    if (parts.some((part) => part === ".unnumbered" || part === "-")) metaOf(token).unnumbered = true;
  });
}
