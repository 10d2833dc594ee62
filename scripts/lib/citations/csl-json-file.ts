/**
 * CSL-JSON bibliographies: a list of works, each an object with an `id` and a `type`. The text
 * is parsed twice: by JSON.parse (with jsonc-parser to find where a syntax error is), and by the
 * `yaml` package (JSON is YAML), whose nodes know their offsets, so each entry has its line.
 */
import { isMap, isSeq, parseDocument } from "yaml";
import { parse as parseJsonc, type ParseError } from "jsonc-parser";
import { ContentError } from "../errors.ts";
import { normaliseItem, type BibliographyEntry } from "./csl-item.ts";

const nameFields = ["author", "editor", "translator", "container-author", "collection-editor", "composer", "director", "interviewer", "recipient", "reviewed-author", "illustrator", "original-author"];
const dateFields = ["issued", "accessed", "original-date", "event-date", "submitted"];

export function readCslJson(text: string, file: string): BibliographyEntry[] {
  const lineAt = (offset: number): number => 1 + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ContentError(`bibliography is not valid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, "")}`, {
      code: "bibliography-malformed",
      location: { file, line: lineAt(syntaxErrorOffset(text, error as Error)) },
      cause: error,
    });
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { items?: unknown } | null)?.items;
  if (!Array.isArray(list)) throw new ContentError("a CSL-JSON bibliography must be a list of works ([{ \"id\": …, \"type\": … }, …])", { code: "bibliography-malformed", location: { file, line: 1 } });
  // Lines are found only when one is asked for (a message): the YAML parse that knows them costs more than the JSON one.
  let lines: number[] | undefined;
  const lineOf = (index: number): number => (lines ??= entryLines(text, lineAt))[index] ?? 1;
  return list.map((raw: unknown, index): BibliographyEntry => {
    const problem = entryProblem(raw);
    if (problem) throw new ContentError(problem, { code: "bibliography-malformed", location: { file, line: lineOf(index) } });
    const fields = raw as Record<string, unknown>;
    const item = normaliseItem({ ...fields, id: String(fields.id) });
    return {
      item,
      get location() {
        return { file, line: lineOf(index) };
      },
    };
  });
}

/**
 * Where the JSON goes wrong. Node's message gives the offset for some errors only ("Unexpected
 * token 'O', …"title":Orientalis"… is not valid JSON" names none), so a parser that reports
 * every error's offset (jsonc-parser, strict) is asked; failing both, the first line.
 */
function syntaxErrorOffset(text: string, error: Error): number {
  const stated = /position (\d+)/.exec(error.message)?.[1];
  if (stated !== undefined) return Number(stated);
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  return errors[0]?.offset ?? 0;
}

/** The line each entry of the list starts on, from the `yaml` package's reading of the text (JSON is YAML). */
function entryLines(text: string, lineAt: (offset: number) => number): number[] {
  const root = parseDocument(text).contents;
  const list = isMap(root) && root.has("items") ? root.get("items") : root;
  if (!isSeq(list)) return [];
  return list.items.map((node) => {
    const range = (node as { range?: [number, number, number] }).range;
    return range ? lineAt(range[0]) : 1;
  });
}

/** What is wrong with an entry, as a message, or undefined when the processor can read it. */
function entryProblem(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return "a bibliography entry must be an object with an \"id\" and a \"type\"";
  const entry = raw as Record<string, unknown>;
  if ((typeof entry.id !== "string" && typeof entry.id !== "number") || String(entry.id).trim() === "") return "bibliography entry has no \"id\"";
  const id = String(entry.id);
  if (typeof entry.type !== "string" || !entry.type) return `bibliography entry "${id}" has no "type" (book, article-journal, chapter…)`;
  for (const field of nameFields) {
    const names = entry[field];
    if (names !== undefined && (!Array.isArray(names) || names.some((name) => typeof name !== "object" || name === null))) {
      return `bibliography entry "${id}": "${field}" must be a list of names ({ "family": …, "given": … })`;
    }
  }
  for (const field of dateFields) {
    const date = entry[field] as { "date-parts"?: unknown; raw?: unknown; literal?: unknown } | undefined;
    if (date === undefined) continue;
    const parts = date?.["date-parts"];
    const valid = typeof date === "object" && date !== null && (date.raw !== undefined || date.literal !== undefined || (Array.isArray(parts) && parts.every((part) => Array.isArray(part) && part.every((n) => /^-?\d+$/.test(String(n))))));
    if (!valid) return `bibliography entry "${id}": "${field}" must be a date ({ "date-parts": [[2001, 5, 1]] })`;
  }
  return undefined;
}
