/**
 * markdown-it stops reading blocks at its nesting limit (lists or quotes nested about fifty
 * deep) and drops what follows from every edition without a word. This rule notices source
 * lines that no block holding text covers and reports the first of them, so the build fails
 * instead of publishing a shortened text.
 */
import type { Diagnostic } from "../errors.ts";
import type { MarkdownIt, StateCore } from "./markdown-types.ts";

export interface StructureEnv {
  sourcePath: string;
  lineOffset: number;
  structureDiagnostics?: Diagnostic[];
}

/** Blocks that hold the text of the lines they cover (containers such as lists do not). */
const textBlocks = new Set(["inline", "fence", "code_block", "hr", "html_block", "table_open", "heading_open"]);
/** Containers whose first line is their own markup (a `::: name` fence), which holds no text. */
const openingLineBlocks = new Set(["fenced_div_open"]);
/** Lines of markup alone (list markers, quote marks, rules, table rules) carry no text to lose. */
const markupOnly = /^[\s>*+\-_=|:#.)\d]*$/;
/** Link reference definitions leave no token, by design. Their label may run over several lines, and the address or title may follow on the next ones. */
const referenceDefinition = /^\s*\[(?:\\[\s\S]|[^\]\\])+\]:/;
const quoteMarks = /^\s*(?:>\s?)+/;
const blank = /^[\s>]*$/;

export function nestingLimitPlugin(md: MarkdownIt): void {
  md.core.ruler.after("block", "nesting_limit", (state: StateCore) => {
    const env = state.env as unknown as StructureEnv;
    const lines = state.src.split("\n");
    const covered = new Uint8Array(lines.length);
    for (const token of state.tokens) {
      if (token.map && openingLineBlocks.has(token.type)) covered[token.map[0]] = 1;
      if (!token.map || !textBlocks.has(token.type)) continue;
      // A definition list's term is one line, which its plugin maps as [line, line].
      covered.fill(1, token.map[0], Math.max(token.map[1], token.map[0] + 1));
    }
    coverReferenceDefinitions(lines, covered);
    const lost = lines.findIndex((line, index) => !covered[index] && !markupOnly.test(line));
    if (lost === -1) return;
    (env.structureDiagnostics ??= []).push({
      severity: "error",
      code: "markdown-nesting-limit",
      message: `this line would be lost: lists or quotes nested more than ${md.options.maxNesting} levels deep stop the Markdown reader before it; nest less deeply`,
      location: { file: env.sourcePath, line: lost + 1 + env.lineOffset },
    });
  });
}

/**
 * Marks each uncovered run that opens with a reference definition, up to a blank line: a
 * definition's label may be broken over lines (`[long⏎label]: url`), its address and title may
 * sit on the lines after the label, and a line of text after a definition would be a paragraph,
 * which covers itself.
 */
function coverReferenceDefinitions(lines: readonly string[], covered: Uint8Array): void {
  for (let start = 0; start < lines.length; start++) {
    if (covered[start] || blank.test(lines[start] as string)) continue;
    let end = start;
    while (end < lines.length && !covered[end] && !blank.test(lines[end] as string)) end++;
    const run = lines.slice(start, end).map((line) => line.replace(quoteMarks, "")).join("\n");
    if (referenceDefinition.test(run)) covered.fill(1, start, end);
    start = end;
  }
}
