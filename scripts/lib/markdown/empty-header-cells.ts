/**
 * An empty cell of a table's header row (`| | 1950 | 1960 |`, the corner over a column of
 * names) is a plain cell, not a header: a header with no text names nothing, and axe-core and
 * Ace flag one in the web page and the e-book (empty-table-header). The editions' stylesheets
 * rule it under the header as they rule its neighbours.
 */
import type { MarkdownIt, StateCore } from "./markdown-types.ts";

export function emptyHeaderCellsPlugin(md: MarkdownIt): void {
  md.core.ruler.push("empty_header_cells", (state: StateCore) => {
    const tokens = state.tokens;
    tokens.forEach((token, index) => {
      const inline = tokens[index + 1];
      const close = tokens[index + 2];
      if (token.type !== "th_open" || inline?.type !== "inline" || close?.type !== "th_close") return;
      if (inline.content.trim() !== "") return;
      Object.assign(token, { type: "td_open", tag: "td" });
      Object.assign(close, { type: "td_close", tag: "td" });
    });
  });
}
