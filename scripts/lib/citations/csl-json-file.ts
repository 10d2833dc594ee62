/**
 * CSL-JSON bibliographies: a list of works, each an object with an `id` and a `type`. The text
 * is parsed twice: by JSON.parse, whose error gives the offset of a syntax error, and by the
 * `yaml` package (JSON is YAML), whose nodes know their offsets, so each entry has its line.
 */
import { isMap, isSeq, parseDocument } from "yaml";
import { ContentError } from "../errors.ts";
import { normaliseItem, type BibliographyEntry } from "./csl-item.ts";

const nameFields = ["author", "editor", "translator", "container-author", "collection-editor", "composer", "director", "interviewer", "recipient", "reviewed-author", "illustrator", "original-author"];
const dateFields = ["issued", "accessed", "original-date", "event-date", "submitted"];

export function readCslJson(text: string, file: string): BibliographyEntry[] {
  const lineAt = (offset: number): number => 1 + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
  try {
    JSON.parse(text);
  } catch (error) {
    const offset = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new ContentError(`bibliography is not valid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, "")}`, {
      code: "bibliography-malformed",
      location: { file, line: offset === undefined ? 1 : lineAt(Number(offset)) },
      cause: error,
    });
  }
  const document = parseDocument(text);
  const root = document.contents;
  const list = isMap(root) && root.has("items") ? root.get("items") : root;
  if (!isSeq(list)) throw new ContentError("a CSL-JSON bibliography must be a list of works ([{ \"id\": …, \"type\": … }, …])", { code: "bibliography-malformed", location: { file, line: 1 } });
  return list.items.map((node): BibliographyEntry => {
    const range = (node as { range?: [number, number, number] }).range;
    const location = { file, line: range ? lineAt(range[0]) : 1 };
    const refuse = (message: string): never => {
      throw new ContentError(message, { code: "bibliography-malformed", location });
    };
    if (!isMap(node)) return refuse("a bibliography entry must be an object with an \"id\" and a \"type\"");
    const raw = node.toJSON() as Record<string, unknown>;
    if ((typeof raw.id !== "string" && typeof raw.id !== "number") || String(raw.id).trim() === "") refuse("bibliography entry has no \"id\"");
    const id = String(raw.id);
    if (typeof raw.type !== "string" || !raw.type) refuse(`bibliography entry "${id}" has no "type" (book, article-journal, chapter…)`);
    for (const field of nameFields) {
      const names = raw[field];
      if (names !== undefined && (!Array.isArray(names) || names.some((name) => typeof name !== "object" || name === null))) {
        refuse(`bibliography entry "${id}": "${field}" must be a list of names ({ "family": …, "given": … })`);
      }
    }
    for (const field of dateFields) {
      const date = raw[field] as { "date-parts"?: unknown; raw?: unknown; literal?: unknown } | undefined;
      if (date === undefined) continue;
      const parts = date?.["date-parts"];
      const valid = typeof date === "object" && date !== null && (date.raw !== undefined || date.literal !== undefined || (Array.isArray(parts) && parts.every((part) => Array.isArray(part) && part.every((n) => /^-?\d+$/.test(String(n))))));
      if (!valid) refuse(`bibliography entry "${id}": "${field}" must be a date ({ "date-parts": [[2001, 5, 1]] })`);
    }
    return { item: normaliseItem({ ...raw, id }), location };
  });
}
