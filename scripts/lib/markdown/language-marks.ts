/**
 * What every mark of a passage's language shares, whoever makes it (an author's `[…]{lang=fr}`
 * span, `<span lang>`, a `::: {lang=de}` div, or a run of another script found in the text):
 * the attributes written for it, the error for a tag that is none, and how an author's span is
 * told from a found run.
 */
import type { Diagnostic } from "../errors.ts";
import { escapeHtml } from "./html.ts";
import { metaOf, type Token } from "./markdown-types.ts";

/** ` lang="fa" dir="rtl"`, with `xml:lang` first in XHTML: EPUB readers that predate HTML5 read only that one. */
export function languageAttributes(lang: string, dir: string | undefined, xhtml: boolean): string {
  const value = escapeHtml(lang);
  return `${xhtml ? ` xml:lang="${value}"` : ""} lang="${value}"${dir ? ` dir="${escapeHtml(dir)}"` : ""}`;
}

/** Where an article's diagnostics are collected, and where its Markdown starts in its file. */
interface DiagnosticsEnv {
  sourcePath?: string;
  lineOffset?: number;
  structureDiagnostics?: Diagnostic[];
}

/** Reports `{lang=written}` at the Markdown's 0-based `line` as no language tag. */
export function reportInvalidLanguageTag(env: DiagnosticsEnv, line: number, written: string): void {
  (env.structureDiagnostics ??= []).push({
    severity: "error",
    code: "language-tag",
    message: `"${written}" in {lang=${written}} is not a language tag; write one such as fr, fa or zh-Hant`,
    location: { file: env.sourcePath ?? "", line: line + 1 + (env.lineOffset ?? 0) },
  });
}

/** Marks a language span as the author's, which the PDF's /Lang follows (language-passages.ts). */
export function markAuthorSpan(token: Token): void {
  metaOf(token).byAuthor = true;
}

/** Whether a language span is the author's, not a run of another script found in the text. */
export function isAuthorSpan(token: Token): boolean {
  return (token.meta as { byAuthor?: boolean } | null)?.byAuthor === true;
}
