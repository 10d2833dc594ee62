/**
 * Note calls written at the end of the title or an author's name in front matter, as pandoc
 * allows: `title: A Title[^t]`, `author: Jane Doe^[University of Somewhere.]`. The field keeps
 * its plain text (what a window title, a running head, metadata and the catalog show); the
 * calls are kept as Markdown, for the article to number first (document/article.ts) and the
 * editions to print after the title or the name.
 */

/** The calls after one field (the title, or one author), as written. */
export interface WrittenCalls {
  /** The calls' Markdown, `[^t]` or `^[…]`, one or more side by side. */
  markdown: string;
  /** The line of the front matter field. */
  line: number;
}

/** Calls on the title block, in reading order: the title's, then each author's (undefined for an author without). */
export interface HeaderNoteCalls {
  title?: WrittenCalls;
  authors: Array<WrittenCalls | undefined>;
}

/** True when some call is written on the title block. */
export function hasHeaderCalls(calls: HeaderNoteCalls | undefined): calls is HeaderNoteCalls {
  return !!calls && (calls.title !== undefined || calls.authors.some((author) => author !== undefined));
}

/** `[` matching the `]` at `end`, counting the brackets between (a backslash escapes one); -1 when none. */
function openingBracket(text: string, end: number): number {
  let depth = 0;
  for (let i = end; i >= 0; i--) {
    const char = text[i];
    if (char !== "[" && char !== "]") continue;
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && text[j] === "\\"; j--) backslashes++;
    if (backslashes % 2 === 1) continue;
    depth += char === "]" ? 1 : -1;
    if (depth === 0) return i;
  }
  return -1;
}

/**
 * Splits the calls off the end of a field: `Jane Doe^[Univ.][^x]` gives the text `Jane Doe` and
 * the calls `^[Univ.][^x]`. Calls anywhere else stay in the text (the caller refuses them).
 */
export function splitTrailingCalls(written: string): { text: string; calls: string } {
  let end = written.trimEnd().length;
  for (;;) {
    if (written[end - 1] !== "]") break;
    const open = openingBracket(written, end - 1);
    if (open < 0) break;
    const inner = written.slice(open + 1, end - 1);
    if (/^\^[^\]\[\s]+$/.test(inner)) end = open;
    else if (open > 0 && written[open - 1] === "^" && inner.trim() !== "") end = open - 1;
    else break;
  }
  return { text: written.slice(0, end).trimEnd(), calls: written.slice(end).trim() };
}
