import { describe, expect, it } from "vitest";
import { markdownEngine } from "../engine/markdown-engine.ts";

function render(markdown: string): string {
  const env = { sourcePath: "tasks.md", lineOffset: 0, languages: { document: "en", scripts: {} } };
  return markdownEngine.render(markdown, env).trim();
}

describe("task lists", () => {
  it("writes an empty box for [ ] and a crossed one for [x] or [X], in the bullet's place", () => {
    expect(render("- [ ] order the oil\n- [x] check the lamps\n- [X] sign the log")).toBe(
      '<ul class="task-list">\n<li class="task-list-item">☐ order the oil</li>\n<li class="task-list-item">☒ check the lamps</li>\n<li class="task-list-item">☒ sign the log</li>\n</ul>',
    );
  });

  it("reads a loose item and an ordered one, and leaves other items of the list as they are", () => {
    const html = render("1. [x] *first*\n\n   more\n2. plain");
    expect(html).toContain('<ol class="task-list">');
    expect(html).toContain('<li class="task-list-item">\n<p>☒ <em>first</em></p>');
    expect(html).toContain("<li>\n<p>plain</p>");
  });

  it("leaves brackets that are not a task marker: no space after, text in them, a link, the middle of a line", () => {
    expect(render("- [x]nothing")).toBe("<ul>\n<li>[x]nothing</li>\n</ul>");
    expect(render("- [y] why")).toBe("<ul>\n<li>[y] why</li>\n</ul>");
    expect(render("- [x] ")).toBe("<ul>\n<li>[x]</li>\n</ul>");
    expect(render("- [ ](https://example.org) link")).toContain('<a href="https://example.org">');
    expect(render("Say [x] here.")).toBe("<p>Say [x] here.</p>");
  });

  it("boxes a task item inside a note too", () => {
    const env = { sourcePath: "tasks.md", lineOffset: 0, languages: { document: "en", scripts: {} } };
    const tokens = markdownEngine.parse("Text.[^n]\n\n[^n]: A list:\n\n    - [ ] nothing yet\n", env);
    const item = tokens.findIndex((token) => token.type === "list_item_open");
    expect(tokens.slice(0, item).some((token) => token.type === "footnote_open")).toBe(true);
    expect(tokens[item]?.attrGet("class")).toBe("task-list-item");
    expect(tokens[item + 2]?.content).toBe("☐ nothing yet");
  });
});
