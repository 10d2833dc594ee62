/**
 * Which of a site's pages the plugin publishes, and with which editions, decided from the data
 * Eleventy gives the page when it renders it.
 */
import { bookEditions, type BookEdition, type ResolvedOptions } from "./plugin-options.ts";

/** The part of Eleventy's page data the selection reads. */
export interface SelectionData {
  page?: { inputPath?: string };
  editions?: unknown;
  tags?: unknown;
  collections?: Record<string, Array<{ inputPath?: string }> | undefined>;
}

/** `editions: [pdf, epub]`, `editions: pdf` or `editions: "pdf, epub"` as a list of names. */
function namesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => String(item).trim().toLowerCase());
  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean).map((name) => name.toLowerCase());
  return [];
}

/** The editions to make for the page rendered with `data`; empty when the plugin leaves the page to the site. */
export function editionsFor(data: SelectionData, options: ResolvedOptions): BookEdition[] {
  const named = namesOf(data.editions).filter((name): name is BookEdition => (bookEditions as readonly string[]).includes(name));
  const select = options.select;
  let selected: boolean;
  if (!select) selected = named.length > 0;
  else if ("tag" in select) selected = namesOf(data.tags).includes(select.tag.toLowerCase());
  else selected = (data.collections?.[select.collection] ?? []).some((item) => item.inputPath === data.page?.inputPath);
  if (!selected) return [];
  // A page that names its editions gets those the site asked for among them.
  return named.length ? options.editions.filter((edition) => named.includes(edition)) : [...options.editions];
}
