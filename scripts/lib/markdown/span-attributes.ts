/**
 * The classes and id an author gives a bracketed span (`[Small caps]{.smallcaps}`,
 * `[--reference-doc]{#option--reference-doc}`), written the same in every edition.
 *
 * Classes are prefixed `span-`, as a fenced div's are `div-`: an author's `.note` must not take
 * the pipeline's own classes, which the stylesheets and the read-back select by. pandoc's own
 * (`smallcaps`, `underline`, `mark`) are styled by every edition's stylesheet.
 *
 * An id is kept as an anchor that links may name, unless the pipeline owns it (notes, the
 * contents, the bibliography) or a heading or an earlier span has it: two elements with one id
 * would send a link to either, and the EPUB would fail EPUBCheck. Such an id is dropped with a
 * warning that names the line, and links to it then land on what holds it.
 */
import { escapeHtml } from "./html.ts";
import { metaOf, type StateCore, type Token } from "./markdown-types.ts";
import type { PandocAttributes } from "./pandoc-attributes.ts";
import { reservedId } from "./heading-ids.ts";
import type { StructureEnv } from "./nesting-limit.ts";

export function setSpanAttributes(open: Token, attributes: PandocAttributes): void {
  if (attributes.classes.length > 0) open.attrSet("class", attributes.classes.map((name) => `span-${name}`).join(" "));
  if (attributes.id !== undefined) open.attrSet("id", attributes.id);
  if (attributes.dir !== undefined) open.attrSet("dir", attributes.dir);
  metaOf(open).authorSpan = true;
}

/** ` id="…" class="…"` of a span (its language and direction are written by language-marks.ts). */
export function spanAttributes(token: Token): string {
  const id = token.attrGet("id");
  const classes = token.attrGet("class");
  return `${id !== null ? ` id="${escapeHtml(String(id))}"` : ""}${classes !== null ? ` class="${escapeHtml(String(classes))}"` : ""}`;
}

/** A span that carries no language writes its author's direction itself. */
export function spanDirection(token: Token): string {
  const dir = token.attrGet("dir");
  return dir !== null ? ` dir="${escapeHtml(String(dir))}"` : "";
}

function isSpanWithId(token: Token): boolean {
  return (token.meta as { authorSpan?: boolean } | null)?.authorSpan === true && token.attrGet("id") !== null;
}

/**
 * Drops each span id that another element already holds (`taken`, which gains the ids kept);
 * returns the ids dropped with the block token of each.
 */
export function dropTakenSpanIds(tokens: readonly Token[], taken: Set<string>): { id: string; block: Token; empty: boolean }[] {
  const dropped: { id: string; block: Token; empty: boolean }[] = [];
  for (const block of tokens) {
    const children = block.children ?? [];
    for (const [index, child] of children.entries()) {
      if (!isSpanWithId(child)) continue;
      const id = String(child.attrGet("id"));
      if (reservedId.test(id) || taken.has(id)) {
        child.attrs = (child.attrs ?? []).filter(([name]) => name !== "id");
        dropped.push({ id, block, empty: children[index + 1]?.nesting === -1 });
      } else {
        taken.add(id);
      }
    }
  }
  return dropped;
}

/** Core rule, after the headings have their ids. */
export function keepUniqueSpanIds(state: StateCore): void {
  const env = state.env as Partial<StructureEnv>;
  const taken = new Set<string>();
  const headingIds = new Set<string>();
  for (const token of state.tokens) {
    const id = token.attrGet("id");
    if (id !== null) taken.add(String(id));
    if (id !== null && token.type === "heading_open") headingIds.add(String(id));
  }
  for (const { id, block, empty } of dropTakenSpanIds(state.tokens, taken)) {
    // An empty anchor named as a heading's id (`## Install<a name="install"></a>`, an export's
    // habit): links to it land on the heading, as the author meant; nothing to warn of.
    if (empty && headingIds.has(id)) continue;
    (env.structureDiagnostics ??= []).push({
      severity: "warning",
      code: "span-id-taken",
      message: `the id #${id} of a [span]{#${id}} is already ${reservedId.test(id) ? "one the pipeline gives its notes, contents or bibliography" : "another heading's or span's"}; the span is printed without it`,
      location: { file: env.sourcePath ?? "", line: (block.map?.[0] ?? 0) + 1 + (env.lineOffset ?? 0) },
    });
  }
}
