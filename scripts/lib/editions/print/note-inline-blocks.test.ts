import { describe, expect, it } from "vitest";
import { inlineNoteBlocks } from "./note-inline-blocks.ts";

/** Tags the HTML parser would split out of an inline element. */
const blockTag = /<\/?(p|ul|ol|li|blockquote|table|thead|tbody|tr|th|td|pre|h[1-6]|hr|div|dl|dt|dd)\b/i;

describe("inlineNoteBlocks", () => {
  it("turns paragraphs into spans and keeps inline markup and links", () => {
    const out = inlineNoteBlocks(`<p>First <em>para</em> with <a href="https://example.org/x">a link</a>.</p>\n<p>Second.</p>\n`);
    expect(out).toBe(`<span class="note-p">First <em>para</em> with <a href="https://example.org/x">a link</a>.</span><span class="note-p">Second.</span>`);
    expect(out).not.toMatch(blockTag);
  });

  it("writes item numbers as text, following the list's start, and leaves bullets to the stylesheet", () => {
    const out = inlineNoteBlocks(`<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>\n<ul>\n<li>dot</li>\n</ul>\n`);
    expect(out).not.toMatch(blockTag);
    expect(out).toContain(`<span class="note-li"><span class="note-li-marker">3.</span> three</span>`);
    expect(out).toContain(`<span class="note-li"><span class="note-li-marker">4.</span> four</span>`);
    expect(out).toContain(`<span class="note-li"><span class="note-li-marker note-li-bullet" aria-hidden="true"></span>dot</span>`);
    expect(out).not.toContain("•");
  });

  it("numbers nested lists independently of their parent", () => {
    const out = inlineNoteBlocks(`<ol><li>a<ol><li>x</li><li>y</li></ol></li><li>b</li></ol>`);
    const markers = [...out.matchAll(/note-li-marker">([^<]+)</g)].map((match) => match[1]);
    expect(markers).toEqual(["1.", "1.", "2.", "2."]);
  });

  it("keeps table structure as table-part spans with their alignment", () => {
    const out = inlineNoteBlocks(`<table>\n<thead>\n<tr>\n<th>A</th>\n<th style="text-align:right">B</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td style="text-align:right">2</td>\n</tr>\n</tbody>\n</table>\n`);
    expect(out).not.toMatch(blockTag);
    expect(out).toContain(`<span class="note-table">`);
    expect(out).toContain(`<span class="note-th" style="text-align:right">B</span>`);
    expect(out).toContain(`<span class="note-td" style="text-align:right">2</span>`);
    expect(out.match(/<span/g)?.length).toBe(out.match(/<\/span>/g)?.length);
  });

  it("turns block quotes, code blocks and rules into spans, leaving inline code alone", () => {
    const out = inlineNoteBlocks(`<blockquote>\n<p>Quoted <code>x</code></p>\n</blockquote>\n<pre><code class="language-js">let a = 1;\n</code></pre>\n<hr>\n`);
    expect(out).not.toMatch(blockTag);
    expect(out).toContain(`<span class="note-blockquote"><span class="note-p">Quoted <code>x</code></span></span>`);
    expect(out).toContain(`<span class="note-pre"><code class="language-js">let a = 1;\n</code></span>`);
    expect(out).toContain(`<span class="note-hr" role="separator"></span>`);
  });
});
