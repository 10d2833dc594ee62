import { describe, expect, it } from "vitest";
import { markdownEngine, type RenderEnv } from "../engine/markdown-engine.ts";

function render(markdown: string): { html: string; env: RenderEnv } {
  const env: RenderEnv = { sourcePath: "g.md", lineOffset: 0, languages: { document: "en", scripts: {} } };
  const html = markdownEngine.render(markdown, env as unknown as Record<string, unknown>).replace(/\n/g, "");
  return { html, env };
}

// As pandoc writes it from a Word table whose cells hold a list and two paragraphs.
const fromWord = [
  "+-----------------------------+-----------------------------+",
  "| Site                        | Findings                    |",
  "+=============================+=============================+",
  "| Harbour                     | -   two wrecks              |",
  "|                             | -   one anchor              |",
  "+-----------------------------+-----------------------------+",
  "| Cliff path                  | Nothing on the first day.   |",
  "|                             |                             |",
  "|                             | A coin on the second.       |",
  "+-----------------------------+-----------------------------+",
].join("\n");

describe("pandoc's grid tables", () => {
  it("reads the header, a one-line cell as inline text, and a cell's list or paragraphs as blocks", () => {
    expect(render(fromWord).html).toBe(
      "<table><thead><tr><th>Site</th><th>Findings</th></tr></thead><tbody>" +
        "<tr><td>Harbour</td><td><ul><li>two wrecks</li><li>one anchor</li></ul></td></tr>" +
        "<tr><td>Cliff path</td><td><p>Nothing on the first day.</p><p>A coin on the second.</p></td></tr></tbody></table>",
    );
  });

  it("reads alignments from the colons of the header's rule, a table with no header, and a caption", () => {
    const { html } = render("+------+------+\n| a    | b    |\n+:=====+=====:+\n| 1    | 2    |\n+------+------+\n\n: Two columns.");
    expect(html).toBe('<table class="captioned"><caption>Two columns.</caption><thead><tr><th style="text-align:left">a</th><th style="text-align:right">b</th></tr></thead><tbody><tr><td style="text-align:left">1</td><td style="text-align:right">2</td></tr></tbody></table>');
    expect(render("+---+---+\n| 1 | 2 |\n+---+---+").html).toBe("<table><tbody><tr><td>1</td><td>2</td></tr></tbody></table>");
  });

  it("prints a table with a spanning cell as text, with a warning at its line", () => {
    const { html, env } = render("Before.\n\n+---+---+\n| a | b |\n+---+---+\n| wide  |\n+---+---+");
    expect(html).not.toContain("<table>");
    expect(env.structureDiagnostics?.map((d) => `${d.severity} ${d.location?.line}`)).toEqual(["warning 3"]);
  });

  it("counts columns as an editor shows them: a Chinese character takes two, a zero-width non-joiner none", () => {
    expect(render("+--+----+\n|魚|fish|\n+--+----+").html).toBe('<table><tbody><tr><td><span lang="zh">魚</span></td><td>fish</td></tr></tbody></table>');
    expect(render("+-------+-------+\n|Auf\u200clage|edition|\n+-------+-------+").html).toBe("<table><tbody><tr><td>Auf\u200clage</td><td>edition</td></tr></tbody></table>");
  });
});
