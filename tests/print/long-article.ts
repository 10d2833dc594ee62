/**
 * A long generated article for print layout tests: chapters with `##` headings, eleven notes
 * each, some cited twice (later calls print only the number), some with several paragraphs
 * or a list (blocks inside a floated note), and now and then a note long enough to be
 * carried over to the next page. Deterministic: the same arguments give the same text.
 */

const words = (
  "archive ledger harbour committee winter correspondence municipal evidence settlement " +
  "testimony province railway pamphlet parliament inventory merchant survey treaty garrison " +
  "customs tribunal chronicle petition frontier granary vessel register memorandum"
).split(" ");

/** A sentence of `length` words picked by a simple deterministic walk. */
function sentence(seed: number, length: number): string {
  const picked: string[] = [];
  for (let i = 0; i < length; i++) picked.push(words[(seed * 7 + i * 13 + i * i) % words.length] ?? "record");
  const text = picked.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(seed: number, sentences: number): string {
  return Array.from({ length: sentences }, (_, i) => sentence(seed + i, 9 + ((seed + i) % 8))).join(" ");
}

export interface LongArticleOptions {
  chapters: number;
  notesPerChapter: number;
}

/** Markdown with front matter for an article of `chapters` × `notesPerChapter` notes. */
export function longArticleMarkdown({ chapters, notesPerChapter }: LongArticleOptions): string {
  const body: string[] = [];
  const definitions: string[] = [];
  for (let c = 1; c <= chapters; c++) {
    body.push(`## Chapter ${c}: ${sentence(c, 3).replace(/\.$/, "")}`);
    for (let n = 1; n <= notesPerChapter; n++) {
      const label = `c${c}n${n}`;
      // Every fourth note after the first cites the chapter's first note again.
      const repeat = n % 4 === 0 ? ` As noted before,[^c${c}n1] the record is incomplete.` : "";
      body.push(`${paragraph(c * 100 + n, 2 + (n % 3))}[^${label}]${repeat} ${paragraph(c * 31 + n, 1)}`);
      definitions.push(noteDefinition(label, c, n));
    }
  }
  return `---
title: A Long Record of Notes
authors: [Test Author]
date: 2020-02-29
lang: en
description: A generated article for print layout tests.
keywords: [footnotes, layout]
---

${body.join("\n\n")}

${definitions.join("\n")}
`;
}

function noteDefinition(label: string, c: number, n: number): string {
  const head = `[^${label}]: Chapter ${c}, note source ${n}: ${sentence(c + n, 6 + (n % 5))}`;
  if (n === 3) return `${head}\n\n    ${paragraph(c + 50, 2)}\n`;
  if (n === 6) return `${head}\n\n    - ${sentence(c + 1, 5)}\n    - ${sentence(c + 2, 6)}\n`;
  // A long note now and then, to be carried over to the next page when space runs out.
  if (n === 9 && c % 3 === 0) return `${head} ${paragraph(c + 70, 6)}\n\n    ${paragraph(c + 90, 5)}\n`;
  return head;
}
