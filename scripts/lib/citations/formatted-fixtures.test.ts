/**
 * The formatted words of the citation fixture, in each bundled style, compared with what was
 * reviewed and kept in tests/fixtures/citations/expected/: every note, every line of the body
 * and every bibliography entry, with italics, bold and the links to entries written out. Any
 * change to how citations are made (the processor, its calls, the positions, the cache) that
 * changes one character of any edition fails here.
 *
 * After an intended change of output: `UPDATE_CITATION_EXPECTED=1 npx vitest run` this file,
 * then read the new expected files before committing them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseArticle, type Article } from "../document/article.ts";
import type { Token } from "../markdown/markdown-types.ts";
import { bundledStyleNames } from "./csl-style.ts";

const root = mkdtempSync(join(tmpdir(), "citation-fixtures-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const fixtures = join(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "citations");
const articleFile = join(fixtures, "ibid-article.md");

/** The article with `csl:` set to one style, parsed with an empty cache of its own. */
function formatted(style: string, cache: string): Article {
  process.env.PRESS_CACHE_DIR = cache;
  const source = readFileSync(articleFile, "utf8").replace(/^bibliography: works\.json$/m, `bibliography: works.json\ncsl: ${style}`);
  return parseArticle(source, articleFile);
}

/** One line per paragraph, heading and note line: `_italic_`, `**bold**`, `[cited work](#entry)`, `[^n]` for a call. */
function written(article: Article): string {
  const lines: string[] = [];
  let id: string | number | null = null;
  const numberOf = new Map(article.notes.notes.map((note) => [note.pluginId, note.number]));
  for (const token of article.tokens) {
    if (token.type === "paragraph_open" || token.type === "heading_open") id = token.attrGet("id");
    if (token.type !== "inline") continue;
    lines.push(`${id ? `{#${id}} ` : ""}${inlineText(token.children ?? [], numberOf)}`);
    id = null;
  }
  const notes = article.notes.notes.map((note) => `${note.number}. ${note.text}`);
  return `${lines.join("\n")}\n\n-- notes as every edition's read-back sees them --\n${notes.join("\n")}\n`;
}

function inlineText(children: readonly Token[], numberOf: ReadonlyMap<number, number>): string {
  return children
    .map((child) => {
      if (child.type === "text") return child.content;
      if (child.type === "softbreak") return " ";
      if (child.type === "em_open" || child.type === "em_close") return "_";
      if (child.type === "strong_open" || child.type === "strong_close") return "**";
      if (child.type === "citation_link_open") return "[";
      if (child.type === "citation_link_close") return "]";
      if (child.type === "footnote_ref") return `[^${String(numberOf.get((child.meta as { id: number }).id))}]`;
      return "";
    })
    .join("");
}

function linked(article: Article): string[] {
  const targets: string[] = [];
  for (const token of article.tokens) for (const child of token.children ?? []) if (child.type === "citation_link_open") targets.push(String((child.meta as { target?: string }).target));
  return targets;
}

describe("the citation fixture, formatted in every bundled style", () => {
  for (const style of bundledStyleNames()) {
    it(`prints exactly the reviewed words in ${style}, from the processor and again from the cache`, () => {
      const expectedFile = join(fixtures, "expected", `${style}.txt`);
      const cache = join(root, style);
      const made = formatted(style, cache);
      const text = `${written(made)}\n-- links, in reading order --\n${linked(made).join("\n")}\n`;
      if (process.env.UPDATE_CITATION_EXPECTED) writeFileSync(expectedFile, text);
      expect(text).toBe(readFileSync(expectedFile, "utf8"));
      // The second parse reads every citation from the cache the first one wrote.
      const cached = formatted(style, cache);
      expect(`${written(cached)}\n-- links, in reading order --\n${linked(cached).join("\n")}\n`).toBe(text);
    });
  }
});
