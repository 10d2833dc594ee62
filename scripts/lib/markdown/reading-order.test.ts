import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { ContentError } from "../errors.ts";
import { renderArticle } from "../engine/render.ts";
import { webNoteRenderer } from "../editions/web/web-notes.ts";

const titled = (body: string): string => `---\ntitle: T\n---\n${body}`;
const parse = (body: string) => parseArticle(titled(body), "r.md");
const refusal = (source: string): string => {
  try {
    parseArticle(source, "r.md");
  } catch (error) {
    if (error instanceof ContentError) return error.toLine();
    throw error;
  }
  throw new Error("the article was accepted");
};

describe("notes that call notes", () => {
  it("numbers a note called from a note right after it, where it is read", () => {
    const article = parse("A[^outer] B[^after].\n\n[^after]: After.\n[^outer]: Outer cites[^inner].\n[^inner]: Inner.\n");
    expect(article.notes.notes.map((note) => [note.label, note.number])).toEqual([
      ["outer", 1],
      ["inner", 2],
      ["after", 3],
    ]);
    const inner = article.notes.calls.find((call) => call.number === 2);
    expect(inner?.withinNote).toBe(1);
    expect(article.notes.notes[0]?.text).toBe("Outer cites2.");
  });

  it("keeps both notes of an inline note that calls a note", () => {
    const article = parse("Text.^[see [^b] here] End[^c].\n\n[^b]: Bee.\n[^c]: Sea.\n");
    expect(article.notes.notes.map((note) => [note.label ?? "inline", note.number, note.text])).toEqual([
      ["inline", 1, "see 2 here"],
      ["b", 2, "Bee."],
      ["c", 3, "Sea."],
    ]);
  });

  it("prints the web notes in the model's order, each once", () => {
    const html = renderArticle(parse("A[^z] B[^y].\n\n[^y]: Why[^x].\n[^x]: Ex.\n[^z]: Zed.\n"), webNoteRenderer);
    const order = [...html.matchAll(/<li id="fn-(\d+)"/g)].map((match) => Number(match[1]));
    expect(order).toEqual([1, 2, 3]);
  });

  it("ends a cycle of notes that call each other", () => {
    const article = parse("A[^a].\n\n[^a]: Calls b[^b].\n[^b]: Calls a[^a].\n");
    expect(article.notes.notes.map((note) => note.calls.length)).toEqual([2, 1]);
  });
});

describe("calls side by side", () => {
  it("counts each call's place in its run, spaces between calls included, restarting after text", () => {
    const article = parse("Word.[^a][^b] [^c][^d] more[^e].\n\n[^a]: A.\n[^b]: B.\n[^c]: C.\n[^d]: D.\n[^e]: E.\n");
    expect(article.notes.calls.map((call) => call.placeInRun ?? 0)).toEqual([0, 1, 2, 3, 0]);
  });


  it("puts a raised comma between adjacent calls, in the text of notes too", () => {
    const article = parse("Word.[^a][^b][^c] Apart[^a] [^b].\n\n[^a]: A[^x][^y].\n[^b]: B.\n[^c]: C.\n[^x]: X.\n[^y]: Y.\n");
    expect(article.notes.calls.filter((call) => call.withinNote === undefined).map((call) => Boolean(call.followsCall))).toEqual([false, true, true, false, false]);
    expect(article.notes.notes[0]?.text).toBe("A2,3.");
    const html = renderArticle(article, webNoteRenderer);
    expect(html).toContain(`</sup><sup class="note-call-separator" aria-hidden="true">,</sup><sup class="note-call">`);
  });

  it("marks calls that open their paragraph", () => {
    const article = parse("Text.\n\n[^a][^b]\n\n[^a]: A.\n[^b]: B.\n");
    expect(article.notes.calls.map((call) => Boolean(call.opensParagraph))).toEqual([true, true]);
  });

  it("marks calls right after an image, and the rest of their run", () => {
    const article = parse("See ![icon](tests/fixtures/print/figures/bar.png)[^a][^b] and text[^c], ![x](tests/fixtures/print/figures/bar.png) then[^d].\n\n[^a]: A.\n[^b]: B.\n[^c]: C.\n[^d]: D.\n");
    expect(article.notes.calls.map((call) => Boolean(call.followsImage))).toEqual([true, true, false, false]);
  });
});

describe("what a note's text holds", () => {
  it("includes code and the numbers of ordered items, as every edition prints them", () => {
    const article = parse("A[^n].\n\n[^n]: Steps:\n\n    3. three\n    4. four\n\n    - bullet\n\n    ```\n    code();\n    ```\n");
    expect(article.notes.notes[0]?.text).toBe("Steps: 3. three 4. four bullet code();");
    const html = renderArticle(article, webNoteRenderer);
    expect(html).toContain(`<li><span class="note-item-number">3.</span> three</li>`);
    expect(html).toContain(`<ol start="3" class="note-numbered-list">`);
  });

  it("leaves body lists alone", () => {
    expect(renderArticle(parse("1. one\n2. two\n"), webNoteRenderer)).toContain("<li>one</li>");
  });
});

describe("calls written where no edition can show them", () => {
  it("takes an escaped call and a call in code as text", () => {
    const article = parse("Literal \\[^x] and `[^y]`.\n");
    expect(article.notes.notes).toHaveLength(0);
    expect(renderArticle(article, webNoteRenderer)).toContain("Literal [^x] and <code>[^y]</code>.");
  });

  it("refuses calls in the alt text of an image within a line, the title heading and front matter, with their lines", () => {
    expect(refusal(titled("\nAs ![a chart[^1]](c.png) shows.\n\n[^1]: N.\n"))).toMatch(/^r\.md:5: a note call in an image's alt text .* put the call after the image/);
    expect(refusal("# The title[^1]\n\nText.\n\n[^1]: N.\n")).toMatch(/^r\.md:1: the # heading that becomes the title holds a note call/);
    expect(refusal("# The title[^1]\n\nText.\n\n[^1]: N.\n")).toMatch(/give the title in the front matter with its call at the end \(`title: The title\[\^1\]`\)/);
    expect(refusal("---\ntitle: T\nauthor: Jane[^1] Doe\n---\nText[^1].\n\n[^1]: N.\n")).toMatch(/^r\.md:3: "author" holds a note call inside its text; a call on the title or an author stands at the end/);
    expect(refusal("---\ntitle: T\nsubtitle: Sub[^1]\n---\nText[^1].\n\n[^1]: N.\n")).toMatch(/^r\.md:3: "subtitle" holds a note call, but front matter is not Markdown/);
  });

  it("refuses a note defined inside another note's definition", () => {
    expect(refusal(titled("A[^a].\n\n[^a]: Outer.\n\n    [^b]: Inner.\n"))).toMatch(/^r\.md:8: footnote \[\^b\] is defined inside the definition of \[\^a\] \(line 6\)/);
  });

  it("refuses a date that does not exist", () => {
    expect(refusal("---\ntitle: T\ndate: 2024-02-30\n---\nText.\n")).toBe('r.md:3: "date" is not a real date: "2024-02-30"');
  });
});

describe("where calls stand", () => {
  it("points each call at its own inline token, whatever definitions stand between paragraphs", () => {
    const article = parse("First[^a].\n\n[^a]: A.\n\n[^b]: B.\n\nSecond[^b].\n\n## Part\n\nThird[^c].\n\n[^c]: C.\n");
    for (const call of article.notes.calls) {
      const token = article.tokens[call.tokenIndex];
      expect(token?.children?.some((child) => child.type === "footnote_ref" && (child.meta as { number?: number }).number === call.number)).toBe(true);
    }
  });
});

describe("ids and labels", () => {
  it("never gives a heading the id of a note, a call or the notes' heading", () => {
    const html = renderArticle(parse("## fn-1\n\n## fnref-2\n\n## Notes heading\n\nA[^a] b[^b].\n\n[^a]: x\n[^b]: y\n"), webNoteRenderer);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).toContain(`<h2 id="fn-1-section">`);
  });

  it("refuses a label with an invisible character, naming it", () => {
    expect(refusal(titled("A[^a\u200b].\n\n[^a\u200b]: x\n"))).toBe("r.md:6: footnote [^a\u200b] is defined (its label holds the invisible character U+200B; retype the label)");
  });

  it("takes canonically equal labels as one note", () => {
    const article = parse("A[^caf\u00e9] B[^cafe\u0301].\n\n[^cafe\u0301]: x\n");
    expect(article.notes.notes).toHaveLength(1);
    expect(article.notes.notes[0]?.calls).toHaveLength(2);
  });
});

describe("front matter an edition cannot carry", () => {
  it("refuses control characters, naming the field and the character", () => {
    expect(refusal("---\ntitle: \"Bad\\x07 title\"\n---\nText.\n")).toBe('r.md:2: "title" holds the control character U+0007, which no edition can print; remove it');
  });
});
