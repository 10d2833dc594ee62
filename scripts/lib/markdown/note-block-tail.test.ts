/**
 * The note block rule gives exactly the tokens markdown-it-footnote's own `footnote_tail`
 * gives, on every Markdown file of the test fixtures, markdown-it-footnote's fixture cases and
 * pandoc's footnote tests: the same engine is built twice, with and without this rule.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import markdownIt from "markdown-it";
import footnotePlugin from "markdown-it-footnote";
import { describe, expect, it } from "vitest";
import { markdownItCases, pandocCandidates } from "../../../tests/fixtures/peers/peer-cases.ts";
import { projectRoot } from "../project-paths.ts";
import { noteBlockTailPlugin } from "./note-block-tail.ts";

const plugins = markdownIt({ typographer: true }).use(footnotePlugin);
const ours = markdownIt({ typographer: true }).use(footnotePlugin).use(noteBlockTailPlugin);

/** Every `.md` under the fixtures folder, by path relative to it. */
function markdownFixtures(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".md"))
    .sort();
}

const fixtures = join(projectRoot, "tests", "fixtures");
const sources: Array<[string, string]> = [
  ...markdownFixtures(fixtures).map((path): [string, string] => [path, readFileSync(join(fixtures, path), "utf8")]),
  ...markdownItCases().map((c): [string, string] => [`markdown-it-footnote: ${c.name}`, c.markdown]),
  ...pandocCandidates().map((c): [string, string] => [`pandoc: ${c.name}`, c.markdown]),
];

describe("the note block rule", () => {
  it("has sources to compare, notes among them", () => {
    expect(sources.length).toBeGreaterThan(60);
    expect(sources.filter(([, source]) => source.includes("[^")).length).toBeGreaterThan(40);
  });

  it.each(sources)("gives markdown-it-footnote's tokens for %s", (_name, source) => {
    expect(JSON.stringify(ours.parse(source, {}))).toBe(JSON.stringify(plugins.parse(source, {})));
  });

  it("gives them for a document of many notes, inline and defined, some called twice", () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Text ${i}.[^n${i}] Again.[^n${i % 7}] Inline.^[In place ${i}.]`);
    const definitions = Array.from({ length: 400 }, (_, i) => `[^n${i}]: Note ${i}.\n\n    A second paragraph.`);
    const source = [...paragraphs, "", ...definitions].join("\n\n");
    expect(JSON.stringify(ours.parse(source, {}))).toBe(JSON.stringify(plugins.parse(source, {})));
  });
});
