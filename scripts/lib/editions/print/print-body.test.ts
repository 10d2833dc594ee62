import { describe, expect, it } from "vitest";
import { parseArticle } from "../../document/article.ts";
import { softHyphen } from "./hyphenation.ts";
import { renderPrintBody } from "./print-body.ts";
import { continuedLabel } from "./print-notes.ts";

const blockTag = /<\/?(p|ul|ol|li|blockquote|table|tr|td|th|pre|h[1-6]|div)\b/i;

function body(markdown: string, lang = "en"): string {
  return renderPrintBody(parseArticle(`---\ntitle: T\nlang: ${lang}\n---\n${markdown}`, "/virtual/t.md")).html;
}

describe("renderPrintBody", () => {
  it("places each note at its first call, right after a superscript call carrying its number", () => {
    const html = body("Alpha beta.[^a] Gamma delta.[^b]\n\n[^a]: First note.\n[^b]: Second note.\n");
    expect(html).toContain(`<sup class="note-call" id="fnref-1" data-note-call="1"><a href="#fn-1">1</a></sup><span class="footnote" role="doc-footnote" data-note-number="1"`);
    expect(html).toContain(`<a class="note-number" id="fn-1" href="#fnref-1">1.</a> First note.`);
    expect(html).toContain(`<sup class="note-call" id="fnref-2" data-note-call="2"><a href="#fn-2">2</a></sup><span class="footnote"`);
    expect(html.indexOf("First note.")).toBeLessThan(html.indexOf("Gamma"));
    // No endnotes block: every note is in the running text.
    expect(html).not.toContain("footnotes");
    expect(html.match(/class="footnote"/g)?.length).toBe(2);
  });

  it("prints a note cited twice once, the later call showing only the number", () => {
    const html = body("One.[^x] Two.[^y] Three again.[^x]\n\n[^x]: The repeated note.\n[^y]: Other.\n");
    expect(html.match(/The repeated note\./g)?.length).toBe(1);
    expect(html).toContain(`<sup class="note-call" id="fnref-1-2" data-note-call="1"><a href="#fn-1">1</a></sup>`);
    const afterSecondCall = html.slice(html.indexOf(`id="fnref-1-2"`));
    expect(afterSecondCall).not.toContain(`class="footnote"`);
  });

  it("turns a note's paragraphs and lists into inline spans, so the parser keeps the note whole", () => {
    const html = body("Text.[^n] After.\n\n[^n]: First paragraph.\n\n    Second paragraph.\n\n    - item one\n    - item two\n");
    const start = html.indexOf(`<span class="footnote"`);
    const end = html.indexOf(" After.");
    // Hyphenated as the text is: compared without its soft hyphens.
    const note = html.slice(start, end).replaceAll(softHyphen, "");
    expect(note).not.toMatch(blockTag);
    expect(note).toContain(`<span class="note-p"><a class="note-number" id="fn-1" href="#fnref-1">1.</a> First paragraph.</span>`);
    expect(note).toContain(`<span class="note-p">Second paragraph.</span>`);
    expect(note).toContain(`<span class="note-li-marker note-li-bullet" aria-hidden="true"></span>item one`);
    expect(note.match(/<span/g)?.length).toBe(note.match(/<\/span>/g)?.length);
  });

  it("hyphenates body text and notes but never headings or links", () => {
    const html = body(
      "## International Organizations\n\nRepresentatives of international organizations met.[^n] See https://example.org/internationalization.\n\n[^n]: International organizations representative.\n",
    );
    const heading = /<h2[^>]*>[\s\S]*?<\/h2>/.exec(html)?.[0] ?? "";
    expect(heading).toContain("International Organizations");
    expect(heading).not.toContain(softHyphen);
    const paragraph = /<p[^>]*>[\s\S]*?<\/p>/.exec(html)?.[0] ?? "";
    expect(paragraph.split(`<span class="footnote"`)[0]).toContain(softHyphen);
    const note = html.slice(html.indexOf(`<span class="footnote"`));
    expect(note.replaceAll(softHyphen, "")).toContain("International organizations representative.");
    expect(note).toContain(softHyphen);
    expect(html).toContain("https://example.org/internationalization");
  });

  it("does not hyphenate a language without patterns", () => {
    const html = body("کتابخانه‌های بین‌المللی representative organization.\n", "fa");
    expect(html).not.toContain(softHyphen);
  });

  it("marks body blocks with their token index and leaves notes unmarked", () => {
    const html = body("Para one.[^n]\n\n> Quoted.\n\n- item\n\n[^n]: Note para.\n");
    expect(html).toMatch(/<p data-token="\d+">Para one\./);
    expect(html).toMatch(/<blockquote data-token="\d+">/);
    expect(html).toMatch(/<ul data-token="\d+">/);
    const note = html.slice(html.indexOf(`<span class="footnote"`), html.indexOf("</p>"));
    expect(note).not.toContain("data-token");
  });

  it("marks each note with the label its carried-over part shows, in the article's language", () => {
    expect(body("A.[^n]\n\n[^n]: N.\n")).toContain(`data-continued="(continued)"`);
    expect(body("A.[^n]\n\n[^n]: N.\n", "de")).toContain(`data-continued="(Fortsetzung)"`);
    expect(continuedLabel("xx")).toBe("(continued)");
  });

  it("places a note first called inside another note right after that note", () => {
    const html = body("Body.[^outer] More.\n\n[^outer]: Outer cites inner.[^inner]\n[^inner]: Inner text.\n");
    expect(html.match(/class="footnote"/g)?.length).toBe(2);
    const outer = html.indexOf(`data-note-number="1"`);
    const inner = html.indexOf(`data-note-number="2"`);
    expect(outer).toBeGreaterThan(-1);
    expect(inner).toBeGreaterThan(outer);
    // The inner note is a sibling after the outer note, not nested inside it.
    const outerSpan = html.slice(outer, html.indexOf("</span></span>", outer));
    expect(outerSpan).not.toContain(`data-note-number="2"`);
    // Inside the outer note, the inner note's call is only its number.
    expect(outerSpan).toContain(`<sup class="note-call" id="fnref-2" data-note-call="2"><a href="#fn-2">2</a></sup>`);
  });
});
