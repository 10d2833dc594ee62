import { describe, expect, it } from "vitest";
import { markdownEngine } from "../engine/markdown-engine.ts";

function render(markdown: string): string {
  const env = { sourcePath: "verse.md", lineOffset: 0, languages: { document: "en", scripts: {} } };
  return markdownEngine.render(markdown, env).trim();
}

describe("pandoc's line blocks", () => {
  it("keeps each line, its leading spaces, its Markdown, and an empty line between stanzas", () => {
    expect(render("| The limerick packs *laughs* anatomical\n|     In space that is quite economical.\n|\n| A second stanza.\n\nAfter.")).toBe(
      '<div class="line-block">The limerick packs <em>laughs</em> anatomical<br>\n\u00a0\u00a0\u00a0\u00a0In space that is quite economical.<br>\n<br>\nA second stanza.</div>\n<p>After.</p>',
    );
  });

  it("joins a line that starts with a space to the line before", () => {
    expect(render("| 200 Main Street,\n  second floor\n| Springfield")).toBe('<div class="line-block">200 Main Street, second floor<br>\nSpringfield</div>');
  });

  it("leaves pipe tables, a bar inside a paragraph, and indented code as they were", () => {
    expect(render("| a | b |\n|---|---|\n| 1 | 2 |")).toContain("<table>");
    expect(render("Para\n| not a line block")).toBe("<p>Para\n| not a line block</p>");
    expect(render("    | code")).toBe("<pre><code>| code\n</code></pre>");
  });

  it("works inside a quote and a list item", () => {
    expect(render("> | quoted line\n> | two")).toBe('<blockquote>\n<div class="line-block">quoted line<br>\ntwo</div>\n</blockquote>');
    expect(render("- | one\n  | two")).toBe('<ul>\n<li>\n<div class="line-block">one<br>\ntwo</div>\n</li>\n</ul>');
  });
});
