/**
 * Plain text written by a template (title, subtitle, authors), escaped, with its foreign-script
 * runs marked as language-spans.ts marks the body's: the title block of every edition then
 * carries the same marks as the text under it.
 */
import { escapeHtml } from "./html.ts";
import { foreignRuns } from "./script-runs.ts";
import { languageAttributes } from "./language-marks.ts";

export interface LanguageContext {
  lang: string;
  scriptLanguages: Readonly<Record<string, string>>;
  /** XHTML output (the EPUB) also writes xml:lang. */
  xhtml?: boolean;
}

export function languageMarkedHtml(text: string, context: LanguageContext): string {
  let html = "";
  let at = 0;
  for (const run of foreignRuns(text, context.lang, context.scriptLanguages)) {
    html += `${escapeHtml(text.slice(at, run.start))}<span${languageAttributes(run.lang, run.dir, Boolean(context.xhtml))}>${escapeHtml(text.slice(run.start, run.end))}</span>`;
    at = run.end;
  }
  return html + escapeHtml(text.slice(at));
}
