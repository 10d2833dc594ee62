/**
 * bench/results.md is made of `## ` sections, each written by one kind of run: a run that
 * measures one of them (`--scale`, `--chapter-layout`) finds its own and puts the new text in
 * its place, leaving the others as they were.
 */

/** Where the section under `heading` lies: from its heading to the next `## ` heading, or to the end. */
export function sectionSpan(results: string, heading: string): { start: number; end: number } | undefined {
  const start = results.indexOf(`${heading}\n`);
  if (start < 0) return undefined;
  const next = results.indexOf("\n## ", start + heading.length);
  return { start, end: next < 0 ? results.length : next + 1 };
}

/** The results with `section` (which opens with `heading`) in place of that section, or after them when they have none. */
export function withSection(results: string, heading: string, section: string): string {
  const span = sectionSpan(results, heading);
  const body = section.replace(/\n*$/, "\n");
  if (!span) return `${results.replace(/\n*$/, "")}\n\n${body}`;
  const after = span.end < results.length ? `\n${results.slice(span.end)}` : "";
  return `${results.slice(0, span.start)}${body}${after}`;
}
