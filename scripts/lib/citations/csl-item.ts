/** One work in CSL-JSON, as the citation processor reads it, and where it is written. */
import type { SourceLocation } from "../errors.ts";

export type CslItem = { id: string; type: string } & Record<string, unknown>;

export interface BibliographyEntry {
  item: CslItem;
  /** Where the entry is written (file and line). */
  location: SourceLocation;
}

/** Numbers are text for the processor (CSL-JSON allows `"volume": 12`; citeproc-js needs "12"). */
export function normaliseItem(raw: Record<string, unknown>): CslItem {
  const item: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) item[field] = typeof value === "number" ? String(value) : value;
  return item as CslItem;
}
