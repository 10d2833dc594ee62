/**
 * RIS bibliographies, read by citation-js. Every record needs an `ID` (its citation key); a
 * tag line written out of form (`TI - x`, one space) would be swallowed into the line above
 * by the parser, so it is refused with its line instead.
 */
import { ContentError } from "../errors.ts";
import { convertToCsl } from "./citation-js.ts";
import { normaliseItem, type BibliographyEntry } from "./csl-item.ts";

export function readRis(text: string, file: string): BibliographyEntry[] {
  const lines = text.split(/\r?\n/);
  const recordStarts: number[] = [];
  lines.forEach((line, index) => {
    if (/^TY {2}- /.test(line)) recordStarts.push(index + 1);
    else if (/^[A-Z][A-Z0-9]\s*-/.test(line) && !/^[A-Z][A-Z0-9] {2}-( |$)/.test(line)) {
      throw new ContentError(`malformed RIS line "${line.trim()}": a tag is two characters, two spaces, a hyphen and a space ("TI  - Title")`, {
        code: "bibliography-malformed",
        location: { file, line: index + 1 },
      });
    }
  });
  const items = convertToCsl(text, "@ris/file");
  if (items.length !== recordStarts.length) {
    throw new ContentError(`RIS file has ${recordStarts.length} records (TY) but ${items.length} could be read`, { code: "bibliography-malformed", location: { file, line: 1 } });
  }
  return items.map((raw, index) => {
    const location = { file, line: recordStarts[index] ?? 1 };
    if (raw.id === undefined || String(raw.id).trim() === "") throw new ContentError("RIS record has no ID line (its citation key: \"ID  - doe2001\")", { code: "bibliography-malformed", location });
    return { item: normaliseItem({ ...raw, id: String(raw.id) }), location };
  });
}
