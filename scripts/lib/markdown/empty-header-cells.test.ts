import { describe, expect, it } from "vitest";
import { markdownEngine } from "../engine/markdown-engine.ts";

const html = (markdown: string): string => markdownEngine.render(markdown, { sourcePath: "a.md" });

describe("empty cells of a table's header row", () => {
  it("are plain cells, the header's other cells headers", () => {
    const out = html("| | Tagore | |\n| --- | --- | --- |\n| City | Calcutta | x |\n");
    expect(out).toContain("<thead>\n<tr>\n<td></td>\n<th>Tagore</th>\n<td></td>\n</tr>\n</thead>");
    expect(out).toContain("<td>City</td>");
  });

  it("leave a header cell with any text, emphasis or code as a header", () => {
    const out = html("| `x` | *y* | z |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n");
    expect(out.match(/<th[ >]/g)?.length).toBe(3);
  });
});
