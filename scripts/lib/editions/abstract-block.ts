/**
 * An article's abstract (front matter `abstract:`), as every edition prints it under the
 * title block: a heading in the document's language, then its paragraphs (a blank line in the
 * field starts a new one). Front matter is plain text, not Markdown: the words are escaped and
 * their foreign-script runs marked, as the title's are.
 */
import { editionWords } from "../language/edition-words.ts";
import { escapeHtml } from "../markdown/html.ts";
import { languageMarkedHtml, type LanguageContext } from "../markdown/marked-text.ts";

/** The abstract's paragraphs, each with its lines joined. */
export function abstractParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** The abstract's section, or "" for an article without one. */
export function abstractBlock(text: string | undefined, context: LanguageContext): string {
  const paragraphs = abstractParagraphs(text ?? "");
  if (!paragraphs.length) return "";
  const heading = editionWords(context.lang).abstract;
  const body = paragraphs.map((paragraph) => `<p>${languageMarkedHtml(paragraph, context)}</p>`).join("\n");
  return `<section class="abstract" aria-label="${escapeHtml(heading)}">\n<p class="abstract-heading">${escapeHtml(heading)}</p>\n${body}\n</section>\n`;
}
