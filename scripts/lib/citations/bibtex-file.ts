/**
 * BibTeX and BibLaTeX bibliographies, read by citation-js. A syntax error names the line of
 * the entry it is in (the parser names the line where it gave up, often the next entry's).
 */
import { ContentError } from "../errors.ts";
import { convertToCsl } from "./citation-js.ts";
import { normaliseItem, type BibliographyEntry } from "./csl-item.ts";

/** Where each entry starts (`@book{key,`), by key: only to name lines, the parsing is citation-js's. */
function entryLines(text: string): { byKey: Map<string, number>; starts: number[] } {
  const byKey = new Map<string, number>();
  const starts: number[] = [];
  text.split("\n").forEach((line, index) => {
    const start = /^\s*@\s*([A-Za-z]+)\s*[{(]\s*([^,\s]*)/.exec(line);
    if (!start) return;
    starts.push(index + 1);
    if (start[2] && !byKey.has(start[2])) byKey.set(start[2], index + 1);
  });
  return { byKey, starts };
}

export function readBibtex(text: string, file: string): BibliographyEntry[] {
  const lines = entryLines(text);
  let items: Array<Record<string, unknown>>;
  try {
    items = convertToCsl(text, "@biblatex/text");
  } catch (error) {
    const message = (error as Error).message;
    const stoppedAt = Number(/at line (\d+)/.exec(message)?.[1] ?? 1);
    const entryStart = [...lines.starts].reverse().find((start) => start <= stoppedAt) ?? stoppedAt;
    throw new ContentError(`malformed BibTeX entry: ${message.split("\n")[0]?.replace(/ at line \d+ col \d+:?$/, "")} (the reader stopped at line ${stoppedAt})`, {
      code: "bibliography-malformed",
      location: { file, line: entryStart },
      cause: error,
    });
  }
  return items.map((raw) => {
    const id = String(raw.id ?? raw["citation-key"] ?? "");
    const location = { file, line: lines.byKey.get(id) ?? 1 };
    if (!id) throw new ContentError("BibTeX entry has no key", { code: "bibliography-malformed", location });
    return { item: normaliseItem({ ...raw, id }), location };
  });
}
