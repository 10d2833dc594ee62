/**
 * Every character an article prints must have a glyph in an embedded face: otherwise the
 * browser takes it from whatever font the machine has, or draws a missing-glyph box, and the
 * PDF, the EPUB and the web page show different things. The build stops instead, with the line.
 *
 * A character is covered when a family of the font stack (for the article's language) has a
 * face whose unicode-range holds it and whose file really has a glyph for it: the faces each
 * page declares are chosen the same way (faces-for-text.ts), so the check asks exactly what
 * the pages will do.
 */
import markdownIt from "markdown-it";
import type { Article } from "../document/article.ts";
import type { Diagnostic } from "../errors.ts";
import { codePointsOf, facesHolding, printsNothing } from "./faces-for-text.ts";

/** The characters of `text` no embedded face prints (spaces and the like need none), each once, in the order they first appear. */
export function uncoveredCharacters(text: string, lang: string): number[] {
  return [...codePointsOf(text)].filter((point) => !printsNothing(point) && !facesHolding(point, lang));
}

/** The one-line problem a character makes, if any: no face prints it. */
export function characterProblem(point: number, lang: string): string | undefined {
  if (printsNothing(point)) return undefined;
  if (!facesHolding(point, lang)) return `no font covers ${describeCharacter(point)}`;
  return undefined;
}

/** `U+1F600 (😀)`: the code point and the character, or what it is when it shows nothing by itself. */
export function describeCharacter(point: number): string {
  const char = String.fromCodePoint(point);
  const hex = point.toString(16).toUpperCase().padStart(4, "0");
  const shown = /\p{Cn}/u.test(char) ? "unassigned" : /\p{Co}/u.test(char) ? "private use" : /\p{M}/u.test(char) ? `\u25CC${char}` : char;
  return `U+${hex} (${shown})`;
}

/** Front matter fields that an edition prints (keywords, rights and the like only go into metadata). */
const printedFields: Array<{ keys: string[]; values: (article: Article) => Array<string | undefined> }> = [
  { keys: ["title"], values: (article) => [article.meta.title] },
  { keys: ["subtitle"], values: (article) => [article.meta.subtitle] },
  { keys: ["abstract"], values: (article) => [article.meta.abstract] },
  { keys: ["shortTitle"], values: (article) => [article.meta.shortTitle] },
  { keys: ["author", "authors"], values: (article) => article.meta.authors },
  { keys: ["publisher"], values: (article) => [article.meta.publisher] },
  { keys: ["description"], values: (article) => [article.meta.description] },
  { keys: ["edition", "version"], values: (article) => [article.meta.edition] },
];

const { unescapeAll } = markdownIt().utils;

/**
 * One error per source line holding characters no embedded face prints, naming each:
 * `no font covers U+3AB7 (㪷), U+13A0 (Ꭰ)`. Body lines are read as written and with their entities and
 * escapes decoded (`&#x1F600;` prints the emoji); printed front matter fields are read as YAML
 * gave them and reported on the line that holds the character (or the field).
 */
export function fontCoverageDiagnostics(source: string, article: Article): Diagnostic[] {
  const lang = article.meta.lang;
  // Composed as the article's text is (parseArticle): a decomposed accent is printed as part of its letter.
  const lines = source.normalize("NFC").split(/\r?\n/);
  const lineOffset = article.env.lineOffset;
  const bodyLines = lines.slice(lineOffset).map((line) => (/[&\\]/.test(line) ? `${line}${unescapeAll(line)}` : line));
  const fields = printedFields.map((field) => ({ keys: field.keys, text: field.values(article).filter(Boolean).join("\n") }));
  const uncovered = new Set(uncoveredCharacters([...bodyLines, ...fields.map((field) => field.text)].join("\n"), lang));
  if (!uncovered.size) return [];

  // Every such character of a line, each once: an author fixes them all in one go, not one per build.
  const uncoveredIn = (text: string): number[] => [...codePointsOf(text)].filter((point) => uncovered.has(point));
  const found = new Map<number, number[]>();
  bodyLines.forEach((line, index) => {
    const points = uncoveredIn(line);
    if (points.length) found.set(lineOffset + index + 1, points);
  });
  for (const field of fields) {
    const points = uncoveredIn(field.text);
    const first = points[0];
    if (first === undefined) continue;
    const line = fieldLine(lines.slice(0, lineOffset), field.keys, first);
    if (line !== undefined && !found.has(line)) found.set(line, points);
  }
  return [...found]
    .sort(([a], [b]) => a - b)
    .map(([line, points]) => ({
      severity: "error",
      code: "font-coverage",
      message: `no font covers ${points.map(describeCharacter).join(", ")}`,
      location: { file: article.sourcePath, line },
    }));
}

/**
 * The line of a front matter field that holds `point` as written, else the field's first line
 * (the character came from a YAML escape). No line when the field is not in the front matter:
 * a title taken from the first heading, whose line the body already reports.
 */
function fieldLine(frontMatter: string[], keys: string[], point: number): number | undefined {
  const start = frontMatter.findIndex((line) => keys.some((key) => line.startsWith(`${key}:`)));
  if (start < 0) return undefined;
  const next = frontMatter.findIndex((line, index) => index > start && /^[A-Za-z_][\w-]*\s*:/.test(line));
  const block = frontMatter.slice(start, next < 0 ? undefined : next);
  const literal = block.findIndex((line) => line.includes(String.fromCodePoint(point)));
  return start + Math.max(literal, 0) + 1;
}
