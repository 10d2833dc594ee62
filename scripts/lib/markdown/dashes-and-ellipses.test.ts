import { describe, expect, it } from "vitest";
import markdownIt from "markdown-it";
import { dashesAndEllipses, dashesAndEllipsesPlugin } from "./dashes-and-ellipses.ts";

describe("dashes and ellipses", () => {
  it("sets dashes and an ellipsis as pandoc does", () => {
    expect(dashesAndEllipses("1914--1918, a pause -- then --- nothing...")).toBe("1914\u20131918, a pause \u2013 then \u2014 nothing\u2026");
  });

  it("keeps what markdown-it's replacements changed but the author wrote", () => {
    const text = "(c) the rule, (r) and (tm), 5 +- 2, wait.. what?!!!! a,, b";
    expect(dashesAndEllipses(text)).toBe(text);
  });

  it("takes the place of markdown-it's rule, leaving addresses linkify finds alone", () => {
    const md = markdownIt({ linkify: true, typographer: true }).use(dashesAndEllipsesPlugin);
    expect(md.renderInline("(c) 2011 -- see https://example.org/a--b...")).toBe('(c) 2011 \u2013 see <a href="https://example.org/a--b">https://example.org/a--b</a>\u2026');
  });
});
