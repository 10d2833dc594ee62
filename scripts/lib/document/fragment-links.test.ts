/** In-text `#id` links through the real parser: kept when something carries the id, unlinked with a warning when nothing does. */
import { describe, expect, it } from "vitest";
import { parseArticle } from "./article.ts";
import { pandocIdentifier } from "./fragment-links.ts";
import { renderArticle } from "../engine/render.ts";
import { webNoteRenderer } from "../editions/web/web-notes.ts";

const file = "/texts/article.md";

describe("links to #fragments in the text", () => {
  it("keeps a link to a heading, to a note, and to the heading that became the title", () => {
    const article = parseArticle("# 6. Dangerous sites\n\nSee [below](#10-safe-sites), [the title](#6-dangerous-sites) and [note 1](#fn-1).[^a]\n\n## 10. Safe sites\n\nText.\n\n[^a]: A note.\n", file);
    expect(article.meta.title).toBe("6. Dangerous sites");
    expect(article.meta.titleId).toBe("6-dangerous-sites");
    expect(article.diagnostics).toEqual([]);
    const html = renderArticle(article, webNoteRenderer);
    expect(html).toContain('<a href="#10-safe-sites">below</a>');
    expect(html).toContain('<a href="#6-dangerous-sites">the title</a>');
  });

  it("unlinks a link whose id nothing carries, keeps its text, and warns with the file and line", () => {
    const article = parseArticle("---\ntitle: T\n---\n\nFirst paragraph.\n\nSee [the methods](#methods) and [the results](#results).[^a]\n\n## Results\n\n[^a]: Compare [the appendix](#appendix).\n", file);
    expect(article.diagnostics.map((d) => [d.code, d.location?.line, d.message])).toEqual([
      ["link-target-missing", 7, "the link to #methods goes nowhere: no heading or anchor has that id, so its text is printed without the link"],
      ["link-target-missing", 11, "the link to #appendix goes nowhere: no heading or anchor has that id, so its text is printed without the link"],
    ]);
    const html = renderArticle(article, webNoteRenderer);
    expect(html).toContain("See the methods and <a href=\"#results\">the results</a>.");
    expect(html).toContain("Compare the appendix.");
    expect(html).not.toContain('href="#methods"');
  });

  it("points a link where its edition publishes the id (another page or file), leaving the shared tokens as they were", () => {
    const article = parseArticle("---\ntitle: T\n---\n\nSee [the results](#results).\n\n## Results\n", file);
    const elsewhere = renderArticle(article, webNoteRenderer, { crossrefHref: (id) => `chapter-02.xhtml#${id}` });
    expect(elsewhere).toContain('<a href="chapter-02.xhtml#results">the results</a>');
    expect(renderArticle(article, webNoteRenderer)).toContain('<a href="#results">the results</a>');
  });

  it("points links written for GitHub's or pandoc's heading ids at the heading's own id", () => {
    const source = [
      "---\ntitle: T\n---\n",
      "- [HTML](#html---hypertext-markup-language) [Qualität](#softwarequalität) [Tests](#black-box--und-white-box-test)",
      "- [pandoc](#dangerous-sites) [second](#notes-1) [encoded](#softwarequalit%C3%A4t)\n",
      "## HTML - Hypertext Markup Language\n\n## Softwarequalität\n\n## Black-Box- und White-Box-Test\n\n## 6. Dangerous sites\n\n## Notes\n\n## Notes\n",
    ].join("\n");
    const article = parseArticle(source, file);
    expect(article.diagnostics).toEqual([]);
    const hrefs = article.tokens.flatMap((token) => token.children ?? []).filter((token) => token.type === "link_open").map((token) => token.attrGet("href"));
    const ids = article.headings.map((heading) => heading.id);
    expect(hrefs).toEqual([`#${ids[0]}`, `#${ids[1]}`, `#${ids[2]}`, `#${ids[3]}`, `#${ids[5]}`, `#${ids[1]}`]);
    expect(new Set(hrefs.map((href) => String(href).slice(1))).size).toBe(5);
  });

  it("matches a percent-encoded fragment against the heading's own id", () => {
    const article = parseArticle("---\ntitle: T\n---\n\nSee [the summary](#%E6%91%98%E8%A6%81).\n\n## 摘要\n", file);
    expect(article.diagnostics).toEqual([]);
  });
});

describe("pandoc's identifiers", () => {
  it("keep letters, digits, _ - and ., join words with hyphens, and start at the first letter", () => {
    expect(pandocIdentifier("6. Dangerous integration sites")).toBe("dangerous-integration-sites");
    expect(pandocIdentifier("Heading identifiers in HTML")).toBe("heading-identifiers-in-html");
    expect(pandocIdentifier("*Dogs*?--in *my* house?")).toBe("dogs--in-my-house");
    expect(pandocIdentifier("2.5 Release notes_v2")).toBe("release-notes_v2");
    expect(pandocIdentifier("123")).toBe("section");
  });
});
