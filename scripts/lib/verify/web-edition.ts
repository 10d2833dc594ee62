/**
 * Reads the web edition back from its HTML: calls and endnotes in document order, each
 * call's link followed to the note it opens and each backlink to the call it reaches.
 */
import type { ExtractedEdition } from "./edition-types.ts";
import { NoteMarkupReader } from "./html-notes.ts";
import { parseHtml } from "./html-tree.ts";
import { bodyText } from "./html-body-text.ts";

export function extractWebEdition(html: string, file = "index.html"): ExtractedEdition {
  const reader = new NoteMarkupReader();
  const root = parseHtml(html);
  reader.read(root, file);
  return { kind: "web", calls: reader.resolvedCalls(), notes: reader.resolvedNotes(), parts: 1, bodyText: bodyText(root) };
}
