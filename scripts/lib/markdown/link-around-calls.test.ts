import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { renderArticle } from "../engine/render.ts";
import { webNoteRenderer } from "../editions/web/web-notes.ts";

const parse = (body: string) => parseArticle(`---\ntitle: T\n---\n${body}`, "l.md");
/** The first paragraph's HTML, with each call's markup reduced to its number in braces (and the separator between two calls to its comma). */
const firstParagraph = (body: string): string => {
  const html = renderArticle(parse(body), webNoteRenderer);
  const paragraph = /<p[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";
  return paragraph.replace(/<sup class="note-call-separator"[^>]*>,<\/sup>/g, ",").replace(/<sup class="note-call">[\s\S]*?<\/sup>/g, (call) => `{${/>(\d+)</.exec(call)?.[1] ?? "?"}}`);
};

describe("a note call inside a link's text", () => {
  it("keeps the link's text and target and sets the call right after the link", () => {
    expect(firstParagraph("A [linked text[^1]](https://example.org) here.\n\n[^1]: N.\n")).toBe('A <a href="https://example.org">linked text</a>{1} here.');
  });

  it("numbers it in reading order, with the calls before and after it", () => {
    const article = parse("First[^a], then [a link[^b] and more[^c]](https://example.org \"Its title\")[^d] and last[^e].\n\n[^a]: A.\n[^b]: B.\n[^c]: C.\n[^d]: D.\n[^e]: E.\n");
    expect(article.notes.notes.map((note) => [note.label, note.number])).toEqual([["a", 1], ["b", 2], ["c", 3], ["d", 4], ["e", 5]]);
    expect(article.notes.calls.map((call) => [call.number, call.followsCall ?? false])).toEqual([[1, false], [2, false], [3, true], [4, true], [5, false]]);
    expect(firstParagraph("First[^a], then [a link[^b] and more[^c]](https://example.org \"Its title\")[^d] and last[^e].\n\n[^a]: A.\n[^b]: B.\n[^c]: C.\n[^d]: D.\n[^e]: E.\n")).toBe(
      'First{1}, then <a href="https://example.org" title="Its title">a link and more</a>{2},{3},{4} and last{5}.',
    );
  });

  it("reads an inline note in a link's text the same way", () => {
    const article = parse("A [text^[inline note]](https://example.org) here[^z].\n\n[^z]: Z.\n");
    expect(article.notes.notes.map((note) => [note.label ?? "inline", note.number, note.text])).toEqual([["inline", 1, "inline note"], ["z", 2, "Z."]]);
    expect(firstParagraph("A [text^[inline note]](https://example.org) here[^z].\n\n[^z]: Z.\n")).toBe('A <a href="https://example.org">text</a>{1} here{2}.');
  });

  it("reads a reference link and emphasis inside the text, and a call in a note's own link", () => {
    expect(firstParagraph("See [*the* report[^r]][rep].\n\n[rep]: https://example.org/r\n[^r]: R.\n")).toBe('See <a href="https://example.org/r"><em>the</em> report</a>{1}.');
    const article = parse("Text[^n].\n\n[^n]: In [a source[^m]](https://example.org).\n[^m]: M.\n");
    expect(article.notes.notes.map((note) => [note.label, note.number, note.text])).toEqual([["n", 1, "In a source2."], ["m", 2, "M."]]);
  });

  it("leaves a link inside a link's text, a bad target and an undefined call as markdown-it reads them", () => {
    expect(firstParagraph("A [b [c](https://c.example)[^1]](https://b.example).\n\n[^1]: N.\n")).toBe('A [b <a href="https://c.example">c</a>{1}](<a href="https://b.example">https://b.example</a>).');
    expect(firstParagraph("A [b[^1]](javascript:alert(1)).\n\n[^1]: N.\n")).toBe("A [b{1}](javascript:alert(1)).");
    expect(() => parse("A [b[^nowhere]](https://example.org).\n")).toThrow(/footnote \[\^nowhere\] is called but never defined/);
  });
});
