/**
 * Legacy plain-text articles (title line, paragraphs, `[n]` calls, trailing `[n] text` list)
 * into Markdown with YAML front matter and markdown-it-footnote notes. The body and the note
 * texts are plain text: they are escaped so that every edition shows them as typed.
 *
 * Pure: no clock, no file system. The same text and options always give the same bytes, so an
 * imported article can be regenerated and compared in CI.
 */

import { stringify } from "yaml";
import { scriptLanguageGuess } from "../markdown/script-runs.ts";
import type { Diagnostic } from "../errors.ts";
import { EscapeError, escapeMarkdownText } from "./escape-markdown.ts";
import { rewriteCalls, type BodyLine } from "./legacy-calls.ts";
import { earlierNoteLists, findNoteList, isBlank, noteParagraphBreak, SENTENCE_END } from "./legacy-notes-list.ts";

export interface LegacyImportOptions {
  /** The input path as the user gave it: diagnostics point there, front matter keeps its base name. */
  sourceName: string;
  /** BCP 47 tag; "en" when absent. */
  lang?: string;
  slug?: string;
  /** YYYY-MM-DD. */
  date?: string;
  /** Wins over a byline found in the text. */
  author?: string;
  description?: string;
}

export interface LegacyImportResult {
  markdown: string;
  diagnostics: Diagnostic[];
  noteCount: number;
}

export function importLegacyText(text: string, options: LegacyImportOptions): LegacyImportResult {
  const file = options.sourceName;
  const diagnostics: Diagnostic[] = [...checkOptions(options)];
  // NFC, as the build reads every article: a backslash put before `<` must not part it from a
  // U+0338 that follows, which composes with it into `≮`.
  const lines = text.replace(/^\uFEFF/u, "").normalize("NFC").split(/\r\n|\r|\n/u);

  lines.forEach((line, index) => {
    if (line.includes("\uFFFD")) {
      diagnostics.push({
        severity: "warning",
        code: "legacy-replacement-character",
        message: "U+FFFD replacement character: the text was probably decoded from non-UTF-8 bytes",
        location: { file, line: index + 1 },
      });
    }
  });

  const titleIndex = lines.findIndex((line) => !isBlank(line));
  if (titleIndex === -1) {
    diagnostics.push({ severity: "error", code: "legacy-empty", message: "file is empty", location: { file, line: 1 } });
    return { markdown: "", diagnostics, noteCount: 0 };
  }
  const title = (lines[titleIndex] ?? "").trim();
  const byline = findByline(lines, titleIndex);
  const firstBodyIndex = (byline?.index ?? titleIndex) + 1;

  const list = findNoteList(lines, firstBodyIndex, file);
  diagnostics.push(...list.diagnostics);
  if (list.notes.length > 0) diagnostics.push(...earlierNoteLists(lines, firstBodyIndex, list.bodyEnd, file));

  const body: BodyLine[] = lines
    .slice(firstBodyIndex, list.bodyEnd)
    .map((line, offset) => ({ text: line, line: firstBodyIndex + offset + 1 }));
  while (body.length > 0 && isBlank(body[0]?.text ?? "")) body.shift();
  while (body.length > 0 && isBlank(body[body.length - 1]?.text ?? "")) body.pop();
  if (list.after !== undefined) {
    const after = list.after;
    body.push({ text: "", line: after }, ...lines.slice(after).map((line, offset) => ({ text: line, line: after + offset + 1 })));
    while (body.length > 0 && isBlank(body[body.length - 1]?.text ?? "")) body.pop();
  }
  if (body.length === 0) {
    diagnostics.push({
      severity: "error",
      code: "legacy-no-body",
      message: list.notes.length > 0 ? "no body text between the title and the note list" : "no body text after the title",
      location: { file, line: titleIndex + 1 },
    });
  }

  const defined = new Set(list.notes.map((note) => note.number));
  const calls = rewriteCalls(withIndentedParagraphs(body), defined, file, list.calls);
  diagnostics.push(...calls.diagnostics);
  const titled = titleWithCall(title, defined);
  if (titled.call !== undefined) calls.called.add(titled.call);
  const reportedUncalled = new Set<number>();
  for (const note of list.notes) {
    if (calls.called.has(note.number) || reportedUncalled.has(note.number)) continue;
    reportedUncalled.add(note.number);
    diagnostics.push({
      severity: "warning",
      code: "legacy-uncalled-note",
      message: `note [${note.number}] is never called in the text`,
      location: { file, line: note.line },
    });
  }

  const frontMatter = renderFrontMatter({
    title: titled.title,
    author: options.author ?? byline?.author,
    date: options.date,
    lang: options.lang ?? textLanguage(lines.join("\n")),
    slug: options.slug,
    description: options.description,
    source: baseName(file),
  });
  const definitions = list.notes.map((note) => {
    if (note.text === "") return `[^${note.number}]:`;
    try {
      // A later paragraph of the note is indented under its first, as Markdown continues a note.
      return `[^${note.number}]: ${note.text.split(noteParagraphBreak).map(escapeMarkdownText).join(`${noteParagraphBreak}    `)}`;
    } catch (error) {
      if (!(error instanceof EscapeError)) throw error;
      diagnostics.push({ severity: "error", code: "legacy-unescapable", message: error.message, location: { file, line: note.line } });
      return `[^${note.number}]:`;
    }
  });
  const sections = [calls.lines.join("\n"), definitions.join("\n")].filter((section) => section !== "");
  const markdown = `${frontMatter}\n${sections.join("\n\n")}\n`;

  return { markdown, diagnostics: sortByLine(diagnostics), noteCount: list.notes.length };
}

/**
 * Typewritten texts mark a paragraph by indenting its first line, with no blank line between
 * paragraphs: a line indented by a tab or two spaces or more opens a paragraph when the line
 * above is not indented, or ends a sentence. Markdown would otherwise join them into one
 * paragraph. The lines of an indented quotation, wrapped mid-sentence, stay together.
 */
function withIndentedParagraphs(body: readonly BodyLine[]): BodyLine[] {
  const out: BodyLine[] = [];
  const indented = (text: string): boolean => /^(?:\t| {2,})\S/u.test(text);
  body.forEach((line, index) => {
    const above = body[index - 1]?.text ?? "";
    if (index > 0 && !isBlank(above) && indented(line.text) && (!indented(above) || SENTENCE_END.test(above.trim()))) out.push({ text: "", line: line.line });
    out.push(line);
  });
  return out;
}

/**
 * A title ending in a call of a listed note (`Title[1]`, a note on where the article first
 * appeared) keeps its note: front matter writes it `Title[^1]`, the form the build reads.
 */
function titleWithCall(title: string, defined: ReadonlySet<number>): { title: string; call?: number } {
  const match = /^(.*?\S)[ \t]*\[([1-9]\d{0,5})\]$/u.exec(title);
  const number = Number(match?.[2]);
  if (!match || !defined.has(number)) return { title };
  return { title: `${match[1]}[^${number}]`, call: number };
}

/**
 * The language the front matter names when `--lang` does not: the one the text's script tells
 * (a Persian text is `fa`, its pages right to left), English for Latin letters, and none for a
 * text of mixed scripts, which the build then decides with a warning (document/language-from-script.ts).
 */
function textLanguage(text: string): string | undefined {
  const guess = scriptLanguageGuess(text);
  return guess.lang ?? (guess.unclear ? undefined : "en");
}

/** Key order is fixed so the output is stable; absent values are left out, never written empty. */
function renderFrontMatter(fields: Record<string, string | undefined>): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  // lineWidth 0: a long description stays on one line instead of being folded.
  return `---\n${stringify(present, { lineWidth: 0 })}---\n`;
}

/**
 * Only a line that reads as nothing but a name counts, so a first paragraph opening with
 * "By the end of 2011" stays body text. Arabic-script names have no capitals, hence `\p{Lo}`.
 */
const BYLINE = /^by:?\s+(.+)$/iu;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lo}[\p{L}\p{M}]*),?$/u;
const NAME_PARTICLES = new Set(["and", "&", "al", "bin", "da", "de", "del", "della", "der", "di", "du", "el", "ibn", "la", "le", "van", "von", "y"]);

function findByline(lines: readonly string[], titleIndex: number): { index: number; author: string } | undefined {
  let index = titleIndex + 1;
  while (index < lines.length && isBlank(lines[index] ?? "")) index++;
  const line = lines[index];
  if (line === undefined) return undefined;
  // After a blank line the byline must be a paragraph of its own, not the start of one.
  const ownParagraph = index === titleIndex + 1 || isBlank(lines[index + 1] ?? "");
  const match = BYLINE.exec(line.trim());
  const author = match?.[1]?.trim();
  if (!ownParagraph || author === undefined || author.length > 80) return undefined;
  const words = author.split(/\s+/u);
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  const isName =
    words.length <= 8 &&
    NAME_WORD.test(first) &&
    NAME_WORD.test(last) &&
    !last.endsWith(",") &&
    words.every((word) => NAME_WORD.test(word) || NAME_PARTICLES.has(word.toLowerCase()));
  return isName ? { index, author } : undefined;
}

export function isLanguageTag(value: string): boolean {
  return /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u.test(value);
}

export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(value);
}

/** A real calendar day, so `2011-02-30` is refused rather than rolled into March. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkOptions(options: LegacyImportOptions): Diagnostic[] {
  const problems: string[] = [];
  if (options.lang !== undefined && !isLanguageTag(options.lang)) problems.push(`invalid language tag "${options.lang}"`);
  if (options.slug !== undefined && !isSlug(options.slug)) problems.push(`invalid slug "${options.slug}" (use lowercase letters, digits and hyphens)`);
  if (options.date !== undefined && !isIsoDate(options.date)) problems.push(`invalid date "${options.date}" (use YYYY-MM-DD)`);
  if (options.author !== undefined && options.author.trim() === "") problems.push("author is empty");
  if (options.description !== undefined && options.description.trim() === "") problems.push("description is empty");
  return problems.map((message) => ({ severity: "error", code: "legacy-option", message, location: { file: options.sourceName } }));
}

function baseName(path: string): string {
  return path.split(/[\\/]/u).filter((part) => part !== "").pop() ?? path;
}

function sortByLine(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((diagnostic, order) => ({ diagnostic, order }))
    .sort((a, b) => (a.diagnostic.location?.line ?? 0) - (b.diagnostic.location?.line ?? 0) || a.order - b.order)
    .map(({ diagnostic }) => diagnostic);
}
