/**
 * The edition record as readers see it on a title page (`May 1, 2024 · updated June 2, 2024 ·
 * edition 2`): one wording for the web, print and e-book editions. Empty when nothing is known.
 */
import { escapeHtml } from "../markdown/html.ts";
import { formatDate } from "./format-date.ts";

export interface DatelineFields {
  date?: string;
  updated?: string;
  edition?: string;
  lang: string;
}

export function editionDateline(fields: DatelineFields): string {
  const parts: string[] = [];
  if (fields.date) parts.push(`<time datetime="${fields.date}">${escapeHtml(formatDate(fields.date, fields.lang))}</time>`);
  if (fields.updated) parts.push(`updated <time datetime="${fields.updated}">${escapeHtml(formatDate(fields.updated, fields.lang))}</time>`);
  if (fields.edition) parts.push(`edition ${escapeHtml(fields.edition)}`);
  return parts.join(" · ");
}
