/**
 * Front matter: split from the Markdown, parsed as YAML, validated once into ArticleMeta.
 * Errors name the file and the line inside it; unknown fields are warnings that suggest the
 * closest known field, because a misspelt `autor:` silently ignored is worse than a warning.
 */
import { readEmphasis, type EmphasisSpan } from "../markdown/title-emphasis.ts";
import { typographicQuotes } from "../markdown/language-quotes.ts";
import { parseDocument, isMap } from "yaml";
import { ContentError, type Diagnostic } from "../errors.ts";
import { closestWord } from "../files/closest-word.ts";
import { slugProblem } from "./slug-limits.ts";
import { isoOfDateInWords, writtenDateProblem } from "./written-date.ts";
import { splitTrailingCalls, type HeaderNoteCalls, type WrittenCalls } from "./header-note-calls.ts";
import { canonicalLanguageTag, scriptKeys } from "../markdown/script-runs.ts";

export type PageSize = "A5" | "A4" | "Letter";
/** `continuous`: one sequence for the whole work; `per-chapter`: back to 1 in each chapter. */
export const noteNumberings = ["continuous", "per-chapter"] as const;
export type NoteNumbering = (typeof noteNumberings)[number];
/** `footnotes`: at the foot of the call's page; `endnotes`: at the end of each chapter; `book-endnotes`: at the end of the book. */
export const notePlacements = ["footnotes", "endnotes", "book-endnotes"] as const;
export type NotePlacement = (typeof notePlacements)[number];

export interface ArticleMeta {
  /** The title's words (its emphasis markers read, not printed). */
  title?: string;
  /** The title's runs in italics, bold or code, when it has any: what its title block sets (title-emphasis.ts). */
  titleSpans?: EmphasisSpan[];
  /** The id of the `#` heading that became the title (no `title:` given): links to it land on the title block. */
  titleId?: string;
  subtitle?: string;
  subtitleSpans?: EmphasisSpan[];
  /** Printed under the title block in every edition; paragraphs separated by a blank line. */
  abstract?: string;
  /** Running head in print; defaults to the title. */
  shortTitle?: string;
  authors: string[];
  /** ISO date as written: YYYY-MM-DD, YYYY-MM or YYYY (see written-date.ts). */
  date?: string;
  /** Same forms as `date`. */
  updated?: string;
  lang: string;
  slug?: string;
  description?: string;
  keywords: string[];
  publisher?: string;
  identifier?: string;
  isbn?: string;
  edition?: string;
  rights?: string;
  source?: string;
  pageSize: PageSize;
  /** Bibliography files (CSL-JSON, BibTeX, RIS), relative to the article. */
  bibliography: string[];
  /** Citation style: a bundled style's name or a .csl file relative to the article. */
  csl?: string;
  /** Script key (Latn, Arab, Grek, Cyrl, Hani...) → language tag for runs of that script. */
  scriptLanguages: Record<string, string>;
  /** A table of contents after the title block (print, web) and in the EPUB's nav. */
  toc: boolean;
  /** Heading levels the contents list, counted from the highest level used: 2 lists `#` and `##`. */
  tocDepth: number;
  /** Figures and tables numbered through the text (`book`) or within each chapter (`chapter`: "Figure 2.1"). */
  figureNumbering: "book" | "chapter";
  notes: NoteNumbering;
  notePlacement: NotePlacement;
  /** Where the web edition shows notes: a list at the end (`endnotes`) or in the margin beside their calls (`sidenotes`). */
  webNotes: "endnotes" | "sidenotes";
  /** Note calls written at the end of the title or an author's name (an article's front matter only); `title` and `authors` hold the text without them. */
  headerCalls?: HeaderNoteCalls;
}

export interface FrontMatter {
  meta: ArticleMeta;
  /** The Markdown after the front matter. */
  body: string;
  /** Lines taken by the front matter block, so body line numbers map back to the file. */
  lineOffset: number;
  diagnostics: Diagnostic[];
  /** The line of each field present, for messages about what it names (a missing bibliography). */
  fieldLines: ReadonlyMap<string, number>;
}

type FieldKind = "text" | "list" | "date" | "pageSize" | "scriptLanguages" | "flag" | "depth" | "notes" | "notePlacement" | "webNotes" | "figureNumbering";

const choices: Partial<Record<FieldKind, readonly string[]>> = { pageSize: ["A5", "A4", "Letter"], notes: noteNumberings, notePlacement: notePlacements, webNotes: ["endnotes", "sidenotes"], figureNumbering: ["book", "chapter"] };

const fields: Record<string, FieldKind> = {
  title: "text",
  subtitle: "text",
  abstract: "text",
  shortTitle: "text",
  author: "list",
  authors: "list",
  date: "date",
  updated: "date",
  lang: "text",
  slug: "text",
  description: "text",
  keywords: "list",
  publisher: "text",
  identifier: "text",
  isbn: "text",
  edition: "text",
  version: "text",
  rights: "text",
  source: "text",
  pageSize: "pageSize",
  bibliography: "list",
  csl: "text",
  scriptLanguages: "scriptLanguages",
  toc: "flag",
  tocDepth: "depth",
  figureNumbering: "figureNumbering",
  notes: "notes",
  notePlacement: "notePlacement",
  webNotes: "webNotes",
  // Which editions an Eleventy site publishes beside the page (the Eleventy plugin reads it; a build makes all three).
  editions: "list",
};

const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Splits and validates the front matter of one Markdown file. */
export function readFrontMatter(source: string, file: string): FrontMatter {
  const match = fence.exec(source);
  if (!match) {
    if (/^---[ \t]*\r?\n/.test(source)) {
      throw new ContentError("front matter starts with --- but is never closed by a --- line", { code: "front-matter-unclosed", location: { file, line: 1 } });
    }
    return { meta: validate({}, file, () => 1, []), body: source, lineOffset: 0, diagnostics: [], fieldLines: new Map() };
  }
  const yamlText = match[1] ?? "";
  const lineOffset = match[0].split("\n").length - (match[0].endsWith("\n") ? 1 : 0);
  const fields = readMetaFields(yamlText, file, { firstLine: 2, what: "front matter" });
  return { ...fields, body: source.slice(match[0].length), lineOffset };
}

export interface MetaFields {
  meta: ArticleMeta;
  diagnostics: Diagnostic[];
  fieldLines: ReadonlyMap<string, number>;
  /** The mapping as YAML gave it, for callers with fields of their own (book.yml's chapters). */
  raw: Record<string, unknown>;
}

/**
 * Reads a YAML mapping of article fields (front matter, or a book's book.yml). `firstLine` is
 * the file line of the YAML's first line; `ownFields` are fields the caller checks itself,
 * which are therefore not reported as unknown.
 */
export function readMetaFields(yamlText: string, file: string, options: { firstLine: number; what: string; ownFields?: readonly string[] }): MetaFields {
  const { what } = options;
  const lineAt = (offset: number): number => options.firstLine + (yamlText.slice(0, offset).match(/\n/g)?.length ?? 0);
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = yamlError.pos ? lineAt(yamlError.pos[0]) : options.firstLine;
    // `author: [Jane Doe^[A note.], John Roe]`: the note's brackets end the list early.
    const written = yamlText.split("\n")[line - options.firstLine] ?? "";
    const hint = /:\s*\[.*\^\[/u.test(written) ? "; a note (^[…]) in a [a, b] list breaks it: write the list one item a line (- Jane Doe^[…])" : "";
    throw new ContentError(`${what} is not valid YAML: ${firstLine(yamlError.message)}${hint}`, {
      code: "front-matter-yaml",
      location: { file, line },
      cause: yamlError,
    });
  }
  const contents = document.contents;
  if (contents !== null && !isMap(contents)) {
    throw new ContentError(`${what} must be a mapping of fields (\`title: ...\`), not a list or a single value`, {
      code: "front-matter-not-mapping",
      location: { file, line: options.firstLine },
    });
  }
  const lines = new Map<string, number>();
  for (const pair of contents?.items ?? []) {
    const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
    if (key?.range) lines.set(String(key.value), lineAt(key.range[0]));
  }
  const diagnostics: Diagnostic[] = [];
  const raw = (document.toJS() ?? {}) as Record<string, unknown>;
  const own = new Set(options.ownFields ?? []);
  const articleFields = Object.fromEntries(Object.entries(raw).filter(([key]) => !own.has(key)));
  const meta = validate(articleFields, file, (key) => lines.get(key) ?? options.firstLine, diagnostics, own, what === "front matter");
  // An article is one chapter: numbering per chapter would change nothing, which the author should know.
  if (what === "front matter" && meta.notes === "per-chapter") {
    diagnostics.push({ severity: "warning", code: "notes-per-chapter-article", message: "`notes: per-chapter` numbers each chapter of a book (a folder with book.yml) from 1; an article is one chapter, so its notes are numbered continuously", location: { file, line: lines.get("notes") ?? options.firstLine } });
  }
  return { meta, diagnostics, fieldLines: lines, raw };
}

/** Fields that may end with note calls, printed after them on the title block (pandoc's `author: Jane Doe^[…]`). */
const fieldsWithCalls = new Set(["title", "author", "authors"]);

function validate(raw: Record<string, unknown>, file: string, lineOf: (key: string) => number, diagnostics: Diagnostic[], ownFields: ReadonlySet<string> = new Set(), callsAllowed = false): ArticleMeta {
  const fail = (key: string, message: string): never => {
    throw new ContentError(message, { code: "front-matter-field", location: { file, line: lineOf(key) } });
  };
  /** Calls split off each item of a field that may carry them, by field. */
  const written = new Map<string, Array<WrittenCalls | undefined>>();
  const takeCalls = (key: string) =>
    callsAllowed && fieldsWithCalls.has(key)
      ? (text: string, index: number): string => {
          const { text: plain, calls } = splitTrailingCalls(text);
          const items = written.get(key) ?? [];
          // One line per field in the paragraph the article reads them from (document/header-calls.ts).
          items[index] = calls ? { markdown: calls.replace(/\s+/g, " "), line: lineOf(key) } : undefined;
          written.set(key, items);
          if (calls && plain === "") fail(key, `"${key}" holds note calls and nothing for them to stand after`);
          return plain;
        }
      : undefined;
  const values: Record<string, string | string[] | Record<string, string> | boolean | number> = {};
  for (const [key, value] of Object.entries(raw)) {
    const kind = fields[key];
    if (!kind) {
      const suggestion = closestWord(key, [...Object.keys(fields), ...ownFields]);
      diagnostics.push({
        severity: "warning",
        code: "front-matter-unknown-field",
        message: `unknown front matter field "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; it is ignored`,
        location: { file, line: lineOf(key) },
      });
      continue;
    }
    if (value === null || value === undefined) continue;
    // A list or mapping under a yes-or-no field is another tool's setting of that name (a Jekyll
    // theme's `toc:` lists its entries): it cannot mean true or false here, so it is set aside.
    if (kind === "flag" && typeof value === "object") {
      diagnostics.push({
        severity: "warning",
        code: "front-matter-foreign-field",
        message: `"${key}" is true or false here; a ${Array.isArray(value) ? "list" : "mapping"} (another tool's setting?) is ignored`,
        location: { file, line: lineOf(key) },
      });
      continue;
    }
    values[key] = coerce(key, kind, value, fail, takeCalls(key));
  }
  const text = (key: string): string | undefined => values[key] as string | undefined;
  const list = (key: string): string[] => (values[key] as string[] | undefined) ?? [];
  // The words a reader reads get the body's quotation marks and apostrophes.
  const prose = (key: string): string | undefined => {
    const written = text(key);
    return written === undefined ? undefined : typographicQuotes(written, text("lang") ?? "en");
  };
  const abstract = prose("abstract");
  // A title and subtitle may set words in italics, bold or code, as pandoc reads them; the running head's words are plain.
  const emphasised = (key: string): { text?: string; spans?: EmphasisSpan[] } => {
    const written = prose(key);
    if (written === undefined) return {};
    const { plain, spans } = readEmphasis(written);
    return { text: plain, ...(spans ? { spans } : {}) };
  };
  const title = emphasised("title");
  const subtitle = emphasised("subtitle");
  return {
    title: title.text,
    ...(title.spans ? { titleSpans: title.spans } : {}),
    subtitle: subtitle.text,
    ...(subtitle.spans ? { subtitleSpans: subtitle.spans } : {}),
    abstract,
    shortTitle: emphasised("shortTitle").text,
    authors: [...list("author"), ...list("authors")],
    date: text("date"),
    updated: text("updated"),
    lang: text("lang") ?? "en",
    slug: text("slug"),
    // Without a description of its own, the abstract describes the article to catalogues and readers' libraries.
    description: prose("description") ?? abstract?.replace(/\s+/g, " "),
    keywords: list("keywords"),
    publisher: text("publisher"),
    identifier: text("identifier"),
    isbn: text("isbn"),
    edition: text("edition") ?? text("version"),
    rights: text("rights"),
    source: text("source"),
    pageSize: (text("pageSize") as PageSize | undefined) ?? "A5",
    bibliography: list("bibliography"),
    csl: text("csl"),
    scriptLanguages: (values.scriptLanguages as Record<string, string> | undefined) ?? {},
    toc: (values.toc as boolean | undefined) ?? false,
    tocDepth: (values.tocDepth as number | undefined) ?? 2,
    figureNumbering: (text("figureNumbering") as "book" | "chapter" | undefined) ?? "book",
    notes: (text("notes") as NoteNumbering | undefined) ?? "continuous",
    notePlacement: (text("notePlacement") as NotePlacement | undefined) ?? "footnotes",
    webNotes: (text("webNotes") as "endnotes" | "sidenotes" | undefined) ?? "endnotes",
    ...headerCallsOf(written, list("author").length, list("authors").length),
  };
}

/** The calls of the title and each author (`author:` items first, then `authors:`), when any was written. */
function headerCallsOf(written: ReadonlyMap<string, Array<WrittenCalls | undefined>>, authorCount: number, authorsCount: number): { headerCalls?: HeaderNoteCalls } {
  const items = (key: string, count: number): Array<WrittenCalls | undefined> => Array.from({ length: count }, (_, i) => written.get(key)?.[i]);
  const calls: HeaderNoteCalls = { title: written.get("title")?.[0], authors: [...items("author", authorCount), ...items("authors", authorsCount)] };
  return calls.title || calls.authors.some(Boolean) ? { headerCalls: calls } : {};
}

/** `takeCalls` splits the note calls off the end of the field's text (or of each item of a list): see header-note-calls.ts. */
function coerce(key: string, kind: FieldKind, value: unknown, fail: (key: string, message: string) => never, takeCalls?: (text: string, index: number) => string): string | string[] | Record<string, string> | boolean | number {
  if (kind === "flag") return typeof value === "boolean" ? value : fail(key, `"${key}" must be true or false, not "${String(value)}"`);
  if (kind === "depth") return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6 ? (value as number) : fail(key, `"${key}" must be a whole number from 1 to 6, not "${String(value)}"`);
  if (kind === "scriptLanguages") return scriptLanguageMap(key, value, fail);
  if (kind === "list") {
    const items = Array.isArray(value) ? value : typeof value === "string" ? (key === "keywords" ? value.split(",") : key === "bibliography" ? value.split(/\n/) : splitOutsideBrackets(value, ";")) : fail(key, `"${key}" must be text or a list of text`);
    const texts = items.map((item) => listItemText(key, item, fail).trim()).filter(Boolean).map((item, index) => takeCalls?.(item, index) ?? item);
    for (const item of texts) {
      refuseNoteCall(key, item, fail, takeCalls !== undefined);
      refuseControlCharacters(key, item, fail);
    }
    return texts;
  }
  if (typeof value !== "string" && typeof value !== "number") fail(key, `"${key}" must be text`);
  const trimmed = String(value).trim();
  const written = takeCalls?.(trimmed, 0) ?? trimmed;
  // Hugo, Jekyll and Eleventy sites stamp posts with a time and an offset; the edition prints
  // the calendar day as the author wrote it, never shifted into another time zone.
  // Title blocks and word processors write it in words ("July 17, 2006"): read as the day it names.
  const text = kind === "date" ? (dateOfTimestamp(written) ?? isoOfDateInWords(written) ?? written) : written;
  refuseNoteCall(key, text, fail, takeCalls !== undefined);
  refuseControlCharacters(key, text, fail);
  // A year or a month alone is a date too (pandoc and CSL write them): the editions print no day that was not written.
  const dateProblem = kind === "date" ? writtenDateProblem(text) : undefined;
  if (dateProblem === "form") fail(key, `"${key}" must be a date written YYYY-MM-DD, YYYY-MM or YYYY (a time after a day, as in 2023-01-14T21:29:52-07:00, and a date in words, as in July 17, 2006, are allowed), not "${text}"`);
  if (dateProblem === "unreal") fail(key, `"${key}" is not a real date: "${written}"`);
  const allowed = choices[kind];
  if (allowed) {
    // Written in any case ("a4", as pandoc's papersize is), kept in the form the editions use.
    const chosen = allowed.find((option) => option.toLowerCase() === text.toLowerCase());
    if (chosen === undefined) fail(key, `"${key}" must be ${allowed.slice(0, -1).join(", ")} or ${allowed[allowed.length - 1]}, not "${text}"`);
    return chosen;
  }
  if (key === "slug" && !/^[a-z0-9][a-z0-9-]*$/.test(text)) fail(key, `"slug" may hold only lower-case letters, digits and hyphens, not "${text}"`);
  if (key === "slug" && slugProblem(text)) fail(key, slugProblem(text)!);
  if (key === "lang" && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(text)) fail(key, `"lang" must be a language tag such as en or fa-IR, not "${text}"`);
  return text;
}

/** `Jane Doe^[Univ.; Dept.]; John Roe`: split at each separator outside brackets, so a note's text stays whole. */
function splitOutsideBrackets(text: string, separator: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\\") i++;
    else if (char === "[") depth++;
    else if (char === "]") depth = Math.max(0, depth - 1);
    else if (char === separator && depth === 0) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items;
}

/**
 * One item of a list field. pandoc and Quarto write authors as `- name: Ada Lovelace` with an
 * affiliation beside it: the name is what the editions print.
 */
function listItemText(key: string, item: unknown, fail: (key: string, message: string) => never): string {
  if (typeof item === "string" || typeof item === "number") return String(item);
  const name = typeof item === "object" && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>).name : undefined;
  if ((key === "author" || key === "authors") && (typeof name === "string" || typeof name === "number")) return String(name);
  if ((key === "author" || key === "authors") && typeof name === "object" && name !== null && "literal" in name) return String((name as { literal: unknown }).literal);
  return fail(key, `each item of "${key}" must be text${key.startsWith("author") ? " or a mapping with a name (`- name: Ada Lovelace`)" : ""}, not ${JSON.stringify(item)}`);
}

/** `scriptLanguages: {Arab: fa, Latn: fr}`: known script keys, each to a real language tag. */
function scriptLanguageMap(key: string, value: unknown, fail: (key: string, message: string) => never): Record<string, string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(key, `"${key}" must map scripts to languages, such as {Arab: fa, Latn: fr}`);
  const map: Record<string, string> = {};
  for (const [script, tag] of Object.entries(value as Record<string, unknown>)) {
    if (!scriptKeys.includes(script)) fail(key, `"${key}" names the script "${script}", which is not one of ${scriptKeys.join(", ")}`);
    const canonical = typeof tag === "string" ? canonicalLanguageTag(tag.trim()) : undefined;
    if (canonical === undefined) fail(key, `"${key}" maps ${script} to "${String(tag)}", which is not a language tag such as fa or zh-Hant`);
    map[script] = canonical as string;
  }
  return map;
}

/** The day of an ISO 8601 / YAML timestamp such as `2023-01-14T21:29:52-07:00` or `2023-01-14 21:29`; undefined for anything else. */
export function dateOfTimestamp(text: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[Tt]|[ \t]+)([01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:\.\d+)?)?[ \t]*(?:[Zz]|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?$/.exec(text);
  return match?.[1];
}

/**
 * Front matter is not Markdown: a call anywhere but at the end of an article's title or an
 * author's name would print as `[^1]` in every edition.
 */
function refuseNoteCall(key: string, text: string, fail: (key: string, message: string) => never, atEndAllowed: boolean): void {
  if (!/\[\^[^\]\s]+\]|\^\[/.test(text)) return;
  if (atEndAllowed) fail(key, `"${key}" holds a note call inside its text; a call on the title or an author stands at the end, as in \`${key}: Jane Doe^[A note.]\``);
  fail(key, `"${key}" holds a note call, but front matter is not Markdown and cannot carry notes; put the note in the text (only an article's title and authors may end with a call, as in \`author: Jane Doe^[A note.]\`)`);
}

/** Control characters print nothing and are not allowed in XML: an EPUB package holding one is invalid. */
function refuseControlCharacters(key: string, text: string, fail: (key: string, message: string) => never): void {
  const found = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.exec(text)?.[0];
  if (found) fail(key, `"${key}" holds the control character U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}, which no edition can print; remove it`);
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
