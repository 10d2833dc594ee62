/**
 * Reads the web edition back from its HTML: calls and endnotes in document order, each
 * call's link followed to the note it opens.
 */
import type { ExtractedEdition } from "./edition-types.ts";
import { NoteMarkupReader } from "./html-notes.ts";
import { parseHtml } from "./html-tree.ts";

export function extractWebEdition(html: string, file = "index.html"): ExtractedEdition {
  const reader = new NoteMarkupReader();
  reader.read(parseHtml(html), file);
  return { kind: "web", calls: reader.resolvedCalls(), notes: reader.notes, parts: 1 };
}
