import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownEngine } from "../engine/markdown-engine.ts";
import { visibleText } from "../verify/html-text.ts";
import { parseHtml } from "../verify/html-tree.ts";
import { EscapeError, escapeMarkdownLine, escapeMarkdownText, type LinePiece } from "./escape-markdown.ts";

/** The text of the one paragraph `markdown` renders to, exactly as a reader gets it. */
function shown(markdown: string): string {
  const html = markdownEngine.render(markdown, {});
  expect(html).toMatch(/^<p>[^]*<\/p>\n$/u);
  return visibleText(parseHtml(html)).replace(/^ | \n?$/gu, "");
}

describe("escaping", () => {
  it.each([
    ["5*3*2", "5\\*3\\*2"],
    ["_x_ and `code` and ~~gone~~", "\\_x\\_ and \\`code\\` and \\~\\~gone\\~\\~"],
    ["a\\b, a | b", "a\\\\b, a \\| b"],
    ["<b>bold</b> &amp; &copy;", "\\<b\\>bold\\</b\\> \\&amp; \\&copy;"],
    ["a literal [^2] and ^[inline]", "a literal \\[\\^2] and \\^[inline]"],
    ["10^6^ and H~2~O and ==marked==", "10\\^6\\^ and H\\~2\\~O and \\==marked\\=="],
    ["[source]: http://example.com/page", "[source]\\: http://example.com/page"],
    ["[link](target) and ![image](file.png)", "[link]\\(target) and ![image]\\(file.png)"],
    ["\"straight\" and 'single' quotes", '\\"straight\\" and \\\'single\\\' quotes'],
    ["(c) (R) (tm) -- --- ... +- ?!?! ,, and?…", "\\(c) \\(R) \\(tm) -\\- -\\-\\- .\\.\\. +\\- ?\\!\\?\\! ,\\, and\\?…"],
  ])("shows %j exactly, written %j", (text, markdown) => {
    expect(escapeMarkdownText(text)).toBe(markdown);
    expect(shown(markdown)).toBe(text);
  });

  it.each([
    ["# not a heading", "\\# not a heading"],
    ["1984.", "1984\\."],
    ["1. not a list", "1\\. not a list"],
    ["2) not a list", "2\\) not a list"],
    ["* not a list", "\\* not a list"],
    ["- not a list", "\\- not a list"],
    ["+ not a list", "\\+ not a list"],
    ["---", "\\-\\-\\-"],
    ["===", "\\=\\=="],
    ["> not a quote", "\\> not a quote"],
    [":--", "\\:-\\-"],
    ["```", "\\`\\`\\`"],
  ])("keeps %j from opening a block", (text, markdown) => {
    expect(escapeMarkdownText(text)).toBe(markdown);
    expect(shown(markdown)).toBe(text);
    // A line inside a paragraph is read as a block start too (setext underlines, lists, rules).
    expect(shown(`Above\n${markdown}`)).toBe(`Above\n${text}`);
  });

  it("leaves prose, brackets and numbers that mean nothing to Markdown as they are", () => {
    for (const text of ["U.S. troops, Oct.21, 2011", "the [withdrawal] period [sic] in [2012]", "Iraq-Iran, 45–61, “quoted”", "12345678901. no list", "a # b - c + d = e"]) {
      expect(escapeMarkdownText(text)).toBe(text);
    }
  });

  it("keeps a URL a link when it shows exactly as written", () => {
    const markdown = escapeMarkdownText("see http://example.com/a_b_c.html, or www.example.org.");
    expect(markdown).toBe("see http://example.com/a_b_c.html, or www.example.org.");
    expect(markdownEngine.render(markdown, {})).toContain('<a href="http://example.com/a_b_c.html">http://example.com/a_b_c.html</a>');
  });

  it("breaks up a URL that a link would show otherwise", () => {
    for (const text of ["http://xn--e1afmkfd.xn--p1ai/ in Cyrillic", "https://example.com/%41%42", "http://example.com/x*", "http://a.org/it's"]) {
      const markdown = escapeMarkdownText(text);
      expect(markdownEngine.render(markdown, {})).not.toContain("<a ");
      expect(shown(markdown)).toBe(text);
    }
  });

  it("writes note calls and escapes what a call would change", () => {
    const line = (...pieces: LinePiece[]) => escapeMarkdownLine(pieces);
    expect(line("see", { call: 1 }, " and", { call: 2 }, { call: 3 }, ".")).toBe("see[^1] and[^2][^3].");
    // `[^1]:` opening a line would be a definition, `^[^1]` an inline note, `[^1](x)` a link.
    expect(line({ call: 1 }, ": more")).toBe("[^1]\\: more");
    expect(line("x^", { call: 1 })).toBe("x\\^[^1]");
    expect(line("http://example.com/x", { call: 1 })).toBe("http\\:\\/\\/example\\.com\\/x[^1]");
    expect(line("see http://example.com/x_y and", { call: 1 }, " more")).toBe("see http://example.com/x_y and[^1] more");
  });

  it("takes text in NFC, so a backslash never parts a character from its combining mark", () => {
    expect(escapeMarkdownText("a <\u0338 b")).toBe("a \u226E b");
    expect(escapeMarkdownText("e\u0301")).toBe("\u00E9");
  });

  it("refuses, never guesses, text no Markdown can show exactly", () => {
    // markdown-it turns NUL into U+FFFD; spaces around a line are the caller's to remove.
    for (const text of ["a\u0000b", "  indented", "trailing  "]) expect(() => escapeMarkdownText(text)).toThrow(EscapeError);
  });
});

describe("escaping, properties", () => {
  const markup = fc.constantFrom(..."*_`#>-+=|[]()!\\<&~.,:;'\"^?/@%…", "(c)", "--", "...", "&amp;", "[^1]", "](", "http://", "www.", ".com", "a@b.org", "xn--", "%41");
  const unit = fc.oneof(markup, fc.constantFrom(..."ab1 \u00A0é"), fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }));
  const line = fc
    .array(unit, { maxLength: 30 })
    .map((units) => units.join("").replace(/^[ \t]+|[ \t]+$/gu, ""))
    .filter((text) => text !== "" && !/[\r\n\0]/u.test(text));

  it("shows any line exactly, alone or inside a paragraph", () => {
    fc.assert(
      fc.property(line, (text) => {
        const markdown = escapeMarkdownText(text);
        expect(shown(markdown)).toBe(text.normalize("NFC"));
        expect(shown(`Above\n${markdown}`)).toBe(`Above\n${text.normalize("NFC")}`);
      }),
      { numRuns: 300 },
    );
  });

  it("throws nothing but EscapeError on arbitrary text, and what it returns shows exactly", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }).filter((text) => !/[\r\n]/u.test(text)), (text) => {
        let markdown: string;
        try {
          markdown = escapeMarkdownText(text);
        } catch (error) {
          expect(error).toBeInstanceOf(EscapeError);
          return;
        }
        if (text.normalize("NFC") !== "") expect(shown(markdown)).toBe(text.normalize("NFC"));
      }),
      { numRuns: 300 },
    );
  });
});
