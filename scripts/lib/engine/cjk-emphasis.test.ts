import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { renderArticle } from "./render.ts";
import { webNoteRenderer } from "../editions/web/web-notes.ts";

const html = (body: string, lang: string): string => renderArticle(parseArticle(`---\ntitle: T\nlang: ${lang}\n---\n\n${body}\n`, "a.md"), webNoteRenderer);

describe("emphasis beside Chinese, Japanese and Korean punctuation", () => {
  it("is emphasis, not asterisks printed as text", () => {
    const zh = html("这是**“重要”**的事情。参见*《人民日报》*的报道。", "zh");
    expect(zh).toContain("这是<strong>“重要”</strong>的事情。参见<em>《人民日报》</em>的报道。");
    expect(zh).not.toContain("*");
    expect(html("**「강조」**입니다.", "ko")).toContain("<strong>「강조」</strong>");
  });

  it("leaves emphasis in languages with spaces as CommonMark reads it", () => {
    expect(html("A **bold** word and 2*3*4 and a * star.", "en")).toContain("A <strong>bold</strong> word and 2<em>3</em>4 and a * star.");
  });
});
