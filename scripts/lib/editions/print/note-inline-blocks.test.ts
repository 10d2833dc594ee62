import { describe, expect, it } from "vitest";
import { inlineNoteBlocks } from "./note-inline-blocks.ts";

/** Tags the HTML parser would split out of an inline element. */
const blockTag = /<\/?(p|ul|ol|li|blockquote|table|thead|tbody|tr|th|td|pre|h[1-6]|hr|div|dl|dt|dd)\b/i;

/** As many closing spans as opening ones: the note stays one well-formed inline run. */
function expectBalanced(html: string): void {
  expect(html.match(/<span\b/g)?.length ?? 0).toBe(html.match(/<\/span>/g)?.length ?? 0);
}

describe("inlineNoteBlocks", () => {
  it("turns paragraphs into spans and keeps inline markup and links", () => {
    const out = inlineNoteBlocks(`<p>First <em>para</em> with <a href="https://example.org/x">a link</a>.</p>\n<p>Second.</p>\n`);
    expect(out).toBe(`<span class="note-p">First <em>para</em> with <a href="https://example.org/x">a link</a>.</span><span class="note-p">Second.</span>`);
    expect(out).not.toMatch(blockTag);
  });

  it("keeps the item numbers the shared renderer wrote, and adds no number of its own", () => {
    const out = inlineNoteBlocks(`<ol start="3" class="note-numbered-list">\n<li><span class="note-item-number">3.</span> three</li>\n<li><span class="note-item-number">4.</span> four</li>\n</ol>\n`);
    expect(out).not.toMatch(blockTag);
    expect(out).toBe(
      `<span class="note-list note-ol"><span class="note-li"><span class="note-item-number">3.</span> three</span><span class="note-li"><span class="note-item-number">4.</span> four</span></span>`,
    );
    expectBalanced(out);
  });

  it("draws bullets rather than writing them, on the first line of an item even when the item holds paragraphs", () => {
    const tight = inlineNoteBlocks(`<ul>\n<li>dot</li>\n</ul>\n`);
    expect(tight).toContain(`<span class="note-li"><span class="note-li-marker note-li-bullet" aria-hidden="true"></span>dot</span>`);
    expect(tight).not.toContain("•");
    const loose = inlineNoteBlocks(`<ul>\n<li>\n<p>One.</p>\n<p>Two.</p>\n</li>\n</ul>\n`);
    expect(loose).toContain(`<span class="note-li"><span class="note-p"><span class="note-li-marker note-li-bullet" aria-hidden="true"></span>One.</span><span class="note-p">Two.</span></span>`);
    expectBalanced(loose);
  });

  it("keeps table structure as table-part spans with their alignment", () => {
    const out = inlineNoteBlocks(`<table>\n<thead>\n<tr>\n<th>A</th>\n<th style="text-align:right">B</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td style="text-align:right">2</td>\n</tr>\n</tbody>\n</table>\n`);
    expect(out).not.toMatch(blockTag);
    expect(out).toContain(`<span class="note-table">`);
    expect(out).toContain(`<span class="note-th" style="text-align:right">B</span>`);
    expect(out).toContain(`<span class="note-td" style="text-align:right">2</span>`);
    expectBalanced(out);
  });

  it("turns block quotes, headings and rules into spans, leaving inline code alone", () => {
    const out = inlineNoteBlocks(`<blockquote>\n<p>Quoted <code>x</code></p>\n</blockquote>\n<h3>Heading</h3>\n<hr>\n`);
    expect(out).not.toMatch(blockTag);
    expect(out).toBe(
      `<span class="note-blockquote"><span class="note-p">Quoted <code>x</code></span></span><span class="note-heading">Heading</span><span class="note-hr" role="separator"></span>`,
    );
  });

  it("gives each line of a code block a span of its own, keeping its spaces, its newline and its empty lines", () => {
    const out = inlineNoteBlocks(`<pre><code class="language-js">let a = 1;\n\n  if (a &lt; 2) f();\n</code></pre>\n`);
    expect(out).not.toMatch(blockTag);
    expect(out).toBe(
      `<span class="note-pre"><code class="language-js">` +
        `<span class="note-code-line">let a = 1;\n</span><span class="note-code-line">\n</span><span class="note-code-line">  if (a &lt; 2) f();\n</span>` +
        `</code></span>`,
    );
    // The text is the code as written.
    expect(out.replace(/<[^>]+>/g, "")).toBe("let a = 1;\n\n  if (a &lt; 2) f();\n");
  });

  it("marks a paragraph that opens with an image as a figure, its caption after the image", () => {
    const out = inlineNoteBlocks(`<p>See:</p>\n<p><img src="images/a.png" alt="A bar">\n<em>Figure 1.</em></p>\n`);
    expect(out).toBe(`<span class="note-p">See:</span><span class="note-p note-figure"><img src="images/a.png" alt="A bar">\n<em>Figure 1.</em></span>`);
  });

  it("keeps an image after words of its paragraph in their line, and one opening a paragraph or after a line break on its own", () => {
    const out = inlineNoteBlocks(`<p>Press <em>the</em> <img src="images/key.png" alt="key"> key.</p>\n<p><img src="images/a.png" alt="A"> Caption.</p>\n<p><br><img src="images/b.png" alt="B"></p>\n`);
    expect(out).toBe(`<span class="note-p">Press <em>the</em> <img src="images/key.png" alt="key" class="note-inline-image"> key.</span><span class="note-p note-figure"><img src="images/a.png" alt="A"> Caption.</span><span class="note-p"><br><img src="images/b.png" alt="B"></span>`);
  });

  it("lets only runs of twenty characters or more without a space break anywhere, never touching a tag", () => {
    const url = "https://example.org/a/very/long/address";
    const out = inlineNoteBlocks(`<table>\n<tbody>\n<tr>\n<td>Thraso</td>\n<td>See <a href="${url}">${url}</a>, Internationalization.</td>\n</tr>\n</tbody>\n</table>\n`);
    expect(out).toContain(`<span class="note-td">Thraso</span>`);
    expect(out).toContain(`<a href="${url}"><span class="note-long-word">${url}</span></a>, <span class="note-long-word">Internationalization.</span>`);
    expect(out.replace(/<[^>]+>/g, "")).toBe(`ThrasoSee ${url}, Internationalization.`);
    expectBalanced(out);
  });
});
