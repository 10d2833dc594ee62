/**
 * A long generated article for print layout tests: chapters with `##` headings, eleven notes
 * each, some cited twice (later calls print only the number), some with several paragraphs
 * or a list (blocks inside a floated note), and now and then a note long enough to be
 * carried over to the next page. Deterministic: the same arguments give the same text, and
 * no sentence repeats, as in real prose.
 */

const syllables = "ar ba ce do el fa gi ho in ju ka lo me nu or pa qui ro sa te un vi wo xe ya zo".split(" ");

/** A small linear congruential generator: deterministic pseudo-words without Math.random. */
function wordMaker(seed: number): () => string {
  let state = (seed * 2654435761) >>> 0 || 1;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  return () => {
    const count = 1 + (next() % 4);
    let word = "";
    for (let i = 0; i < count; i++) word += syllables[next() % syllables.length] ?? "la";
    return word;
  };
}

function sentence(word: () => string, length: number): string {
  const text = Array.from({ length }, word).join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(word: () => string, sentences: number): string {
  return Array.from({ length: sentences }, (_, i) => sentence(word, 8 + ((i * 5) % 9))).join(" ");
}

export interface LongArticleOptions {
  chapters: number;
  notesPerChapter: number;
}

/** Markdown with front matter for an article of `chapters` × `notesPerChapter` notes. */
export function longArticleMarkdown({ chapters, notesPerChapter }: LongArticleOptions): string {
  const word = wordMaker(chapters * 1000 + notesPerChapter);
  const body: string[] = [];
  const definitions: string[] = [];
  for (let c = 1; c <= chapters; c++) {
    body.push(`## Chapter ${c}: ${sentence(word, 3).replace(/\.$/, "")}`);
    for (let n = 1; n <= notesPerChapter; n++) {
      const label = `c${c}n${n}`;
      // Every fourth note cites the chapter's first note again: that call prints only the number.
      const repeat = n % 4 === 0 ? ` As chapter ${c} noted before,[^c${c}n1] the record is incomplete.` : "";
      body.push(`${paragraph(word, 2 + (n % 3))}[^${label}]${repeat} ${paragraph(word, 1)}`);
      definitions.push(noteDefinition(word, label, c, n));
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

function noteDefinition(word: () => string, label: string, c: number, n: number): string {
  const head = `[^${label}]: Chapter ${c}, source ${n}: ${sentence(word, 6 + (n % 5))}`;
  if (n === 3) return `${head}\n\n    ${paragraph(word, 2)}\n`;
  if (n === 6) return `${head}\n\n    - ${sentence(word, 5)}\n    - ${sentence(word, 6)}\n`;
  // A long note now and then, to be carried over to the next page when space runs out.
  if (n === 9 && c % 3 === 0) return `${head} ${paragraph(word, 6)}\n\n    ${paragraph(word, 5)}\n`;
  return head;
}

/**
 * Paragraphs that repeat their long second sentence after a note call ("S1 S2.[^n] S2."):
 * the text node after the call is contained in the one before it, the case where Paged.js's
 * indexOfTextNode restarts the next page from the wrong place. Enough of them that page
 * breaks fall inside the repeated sentence.
 */
export function repeatedSentenceMarkdown(paragraphs: number): string {
  const word = wordMaker(paragraphs + 7);
  const body: string[] = [];
  const notes: string[] = [];
  for (let i = 1; i <= paragraphs; i++) {
    const repeated = paragraph(word, 3);
    body.push(`${sentence(word, 6)} ${repeated}[^r${i}] ${repeated}`);
    notes.push(`[^r${i}]: Source of paragraph ${i}.`);
  }
  return `---
title: Repeated Sentences
lang: en
date: 2021-03-04
---

${body.join("\n\n")}

${notes.join("\n")}
`;
}

/**
 * Body text with, near the foot of page 1, a call to a note too long for the space left: the
 * note starts on page 1 and is carried over to page 2, where it must say it continues.
 */
export function longNoteMarkdown(): string {
  const word = wordMaker(42);
  const body = Array.from({ length: 6 }, () => paragraph(word, 4));
  const note = Array.from({ length: 12 }, () => paragraph(word, 5)).join("\n\n    ");
  return `---
title: A Note Carried Over
lang: en
date: 2022-05-06
---

${body.join("\n\n")} As the long note explains.[^long] ${paragraph(word, 3)}

${Array.from({ length: 5 }, () => paragraph(word, 4)).join("\n\n")}

[^long]: The long note begins here. ${note}
`;
}
