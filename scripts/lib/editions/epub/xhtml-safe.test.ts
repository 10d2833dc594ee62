import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseArticle } from "../../document/article.ts";
import { renderArticle } from "../../engine/render.ts";
import { webNoteRenderer } from "../web/web-notes.ts";
import { parseXml, textOf } from "../../../../tests/epub/xhtml-reader.ts";
import { toXhtml } from "./xhtml-safe.ts";

describe("toXhtml", () => {
  it("turns named entities into characters, a no-break space into the reference XML knows", () => {
    expect(toXhtml("<p>&copy; 2011 &mdash; caf&eacute;</p>")).toBe("<p>© 2011 — café</p>");
    expect(toXhtml("<p>a&nbsp;b&shy;c &amp;nbsp;</p>")).toBe("<p>a&#xA0;b\u00ADc &amp;nbsp;</p>");
  });

  it("escapes only what XML needs escaped, and writes numeric references as characters", () => {
    expect(toXhtml("<p>&amp; &lt; &gt; &quot; &apos; &#160; &#x1F600;</p>")).toBe("<p>&amp; &lt; &gt; \" ' &#xA0; 😀</p>");
  });

  it("escapes a stray ampersand and unknown entity names", () => {
    expect(toXhtml("<p>AT&T &bogus; R&D;</p>")).toBe("<p>AT&amp;T &amp;bogus; R&amp;D;</p>");
  });

  it("replaces numeric references to characters XML forbids", () => {
    expect(toXhtml("<p>a&#0;b&#x1;c</p>")).toBe("<p>a\uFFFDbc</p>");
  });

  it("removes raw control characters and lone surrogates", () => {
    expect(toXhtml("<p>a\u0001b\u000Bc\uD800d</p>")).toBe("<p>abcd</p>");
  });

  it("closes void elements, and reads a stray </br> as a browser does, as a line break", () => {
    expect(toXhtml('<p>one<br>two<br/>three<img src="x.png" alt="x"></p><hr></br>')).toBe(
      '<p>one<br />two<br />three<img src="x.png" alt="x" /></p><hr /><br />',
    );
  });

  it("quotes attributes, expands minimised ones and keeps the first of repeated ones", () => {
    expect(toXhtml(`<nav hidden id='a"b' class=x class="y"><a href="?a=1&b=2">l</a></nav>`)).toBe(
      `<nav hidden="" id="a&quot;b" class="x"><a href="?a=1&amp;b=2">l</a></nav>`,
    );
  });

  it("escapes < in text that is not a tag, and ]]>", () => {
    expect(toXhtml("<p>1 < 2 and ]]> end</p>")).toBe("<p>1 &lt; 2 and ]]&gt; end</p>");
  });

  it("drops comments and doctypes", () => {
    expect(toXhtml("<!DOCTYPE html><!-- a -- b --><p>x</p>")).toBe("<p>x</p>");
  });

  it("keeps epub:type, role and other namespaced attributes", () => {
    const html = '<a epub:type="noteref" role="doc-noteref" href="c.xhtml#fn-1" id="fnref-1" class="note-call">1</a>';
    expect(toXhtml(html)).toBe(html);
  });

  it("closes crossed and unclosed elements as a browser reads them, keeping every word", () => {
    expect(toXhtml("<p><em>x</p></em>y")).toBe("<p><em>x</em></p>y");
    expect(toXhtml("<p>open")).toBe("<p>open</p>");
    expect(() => parseXml(`<body>${toXhtml("<ul><li>a<li>b</ul><table><tr><td>c</table>")}</body>`)).not.toThrow();
  });

  it("gives XML a strict parser accepts for rendered Markdown full of entities and scripts", () => {
    const article = parseArticle(
      "---\ntitle: T\n---\nA&nbsp;b &copy; &amp; 1 < 2 AT&T <blink>raw</blink> <b>bold</b> «نه» Straße[^1]  \nline\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n[^1]: note &hellip;\n",
      "/x/t.md",
    );
    const xhtml = toXhtml(renderArticle(article, webNoteRenderer, { xhtml: true }));
    const root = parseXml(`<body>${xhtml}</body>`);
    const text = textOf(root);
    expect(text).toContain("A\u00A0b © & 1 < 2 AT&T <blink>raw</blink> bold «نه» Straße");
    expect(xhtml).toContain("<b>bold</b>");
    expect(text).toContain("note …");
    expect(xhtml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#)/);
  });

  it("always gives well-formed XML for any text inside a paragraph", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        // A space after each < keeps it from starting a tag: tags are markdown-it's business, not text.
        const xhtml = toXhtml(`<p>${text.replace(/</g, "< ")}</p>`);
        expect(() => parseXml(xhtml)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
