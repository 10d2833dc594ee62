/**
 * A book's `book.yml`: the article fields (title, author, publisher...) checked by the same
 * rules as an article's front matter, plus the fields only a book has, checked by one zod
 * schema that is also their type. Errors name book.yml and the line of the field.
 */
import { z } from "zod";
import { isAbsolute } from "node:path";
import { ContentError, type Diagnostic } from "../errors.ts";
import { readMetaFields, type ArticleMeta } from "./front-matter.ts";

export const bookFieldsSchema = z.object({
  /** Chapter files in reading order, relative to the book's folder. */
  chapters: z
    .array(
      z
        .string()
        .trim()
        .min(1, "a chapter's file name is empty")
        .regex(/\.(md|markdown)$/i, "a chapter is a Markdown file (.md)")
        .refine((path) => !isAbsolute(path) && !/^[a-z]:[\\/]/i.test(path), "a chapter's path is relative to the book's folder, never absolute"),
      { error: "is a list of the chapter files in order, one per line, each after a `- `" },
    )
    .min(1, "a book needs at least one chapter"),
  /** `right`: each chapter opens on a right-hand (odd) page, as printed books do. */
  chapterStart: z.enum(["any", "right"]).default("any"),
});

export type BookFields = z.output<typeof bookFieldsSchema>;

export interface BookConfig extends BookFields {
  /** Path of book.yml, as errors name it. */
  file: string;
  meta: ArticleMeta;
  /** The 1-based line of each chapter's entry in book.yml. */
  chapterLines: number[];
  /** The 1-based line of each field in book.yml, for messages about its value. */
  fieldLines: ReadonlyMap<string, number>;
  diagnostics: Diagnostic[];
}

export const bookFileName = "book.yml";

export function readBookConfig(text: string, file: string): BookConfig {
  const ownFields = Object.keys(bookFieldsSchema.shape);
  const fields = readMetaFields(text, file, { firstLine: 1, what: bookFileName, ownFields });
  const lineOf = (key: string): number => fields.fieldLines.get(key) ?? 1;
  if (fields.raw.chapters === undefined) {
    throw new ContentError("book.yml has no `chapters:` list naming the chapter files in order", { code: "book-no-chapters", location: { file, line: 1 } });
  }
  const parsed = bookFieldsSchema.safeParse(Object.fromEntries(ownFields.map((key) => [key, fields.raw[key]])));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? "chapters");
    const index = typeof issue?.path[1] === "number" ? issue.path[1] : undefined;
    const line = index === undefined ? lineOf(key) : lineOf(key) + 1 + index;
    throw new ContentError(`book.yml: \`${key}\`${index === undefined ? "" : ` entry ${index + 1}`}: ${issue?.message ?? "is not valid"}`, { code: "book-field", location: { file, line } });
  }
  const chapterLines = chapterEntryLines(text, parsed.data.chapters, lineOf("chapters"));
  const seen = new Map<string, number>();
  parsed.data.chapters.forEach((chapter, index) => {
    const first = seen.get(chapter);
    if (first !== undefined) {
      throw new ContentError(`chapter ${chapter} is listed twice (first at line ${chapterLines[first]})`, { code: "book-chapter-twice", location: { file, line: chapterLines[index] } });
    }
    seen.set(chapter, index);
  });
  if (!fields.meta.title) throw new ContentError("book.yml has no `title:`", { code: "title-missing", location: { file, line: 1 } });
  return { ...parsed.data, file, meta: fields.meta, chapterLines, fieldLines: fields.fieldLines, diagnostics: fields.diagnostics };
}

/** Each chapter's line: a block list has one per line after `chapters:`; a flow list shares its line. */
function chapterEntryLines(text: string, chapters: readonly string[], keyLine: number): number[] {
  const lines = text.split("\n");
  // Each entry is looked for past the one before it: on its line (a flow list), then below.
  let searchLine = keyLine - 1;
  let searchColumn = 0;
  return chapters.map((chapter) => {
    for (let index = searchLine; index < lines.length; index++) {
      const column = lines[index]?.indexOf(chapter, index === searchLine ? searchColumn : 0) ?? -1;
      if (column >= 0) {
        searchLine = index;
        searchColumn = column + chapter.length;
        return index + 1;
      }
    }
    return keyLine;
  });
}
