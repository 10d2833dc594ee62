/**
 * Test fixtures only: a book written the way many authors write one, each `## Chapter`
 * followed by its text and then by its own note definitions, before the next chapter
 * (30 chapters × 11 notes by default), with the other places real authors put notes:
 * definitions at the very top before any call, definitions in the middle of a run of
 * paragraphs, a note called in chapter 2 and again in chapter 9, notes called first inside
 * other notes, and an inline note `^[…]` that calls a labelled note.
 */
export interface GeneratedBook {
  markdown: string;
  /** Distinct notes the book has, so a test can count asides without the footnote model. */
  notes: number;
  /** Calls the book makes, in the body and inside notes. */
  calls: number;
}

export function betweenChaptersBook(chapters = 30, notesPerChapter = 11): GeneratedBook {
  // The extra notes are called in chapters up to 12 and defined after chapter 20.
  if (chapters < 20) throw new Error("the generated book needs at least 20 chapters");
  let notes = 0;
  let calls = 0;
  const call = (label: string): string => {
    calls++;
    return `[^${label}]`;
  };
  // Every definition of the top and the extras is counted once, where it is written.
  const define = (label: string, text: string): string => {
    notes++;
    return `[^${label}]: ${text}`;
  };
  const parts = [
    "---\ntitle: Notes between chapters\nauthor: Test\ndate: 2024-01-01\nlang: en\nslug: notes-between-chapters\n---\n",
    // Definitions before the first call of the book.
    define("top-early", "Defined at the very top, called in chapter 1."),
    define("top-late", "Defined at the very top, called first in chapter 3."),
    "",
  ];
  for (let chapter = 1; chapter <= chapters; chapter++) {
    const labels = Array.from({ length: notesPerChapter }, (_, i) => `c${chapter}-${i + 1}`);
    const sentences = labels.map((label, i) => `Sentence ${i + 1} of chapter ${chapter} makes a claim.${call(label)}`);
    const extra: string[] = [];
    if (chapter === 1) extra.push(`The top note.${call("top-early")}`);
    if (chapter === 3) extra.push(`The other top note.${call("top-late")}`);
    if (chapter === 2 || chapter === 9) extra.push(`A source cited in chapter 2 and again in chapter 9.${call("twice")}`);
    if (chapter === 6) extra.push(`Here, at last, the note first called inside a note of chapter 5.${call("inside")}`);
    if (chapter === 7) {
      calls++; // the inline note's own call
      extra.push(`An inline note that calls a labelled one.^[Inline, citing ${call("from-inline")} in passing.]`);
    }
    if (chapter === 12) extra.push(`The labelled note the inline note called, called again.${call("from-inline")}`);
    const half = Math.ceil(sentences.length / 2);
    const first = [sentences.slice(0, half).join(" "), ...extra].join(" ");
    const second = sentences.slice(half).join(" ");
    const definitions = labels.map((label, i) => {
      // A note of chapter 5 calls a note defined much later, first called here.
      const inner = chapter === 5 && i === 0 ? ` It cites another.${call("inside")}` : "";
      return define(label, `Note ${i + 1} of chapter ${chapter}, a source.${inner}`);
    });
    if (chapter === 4) {
      // Definitions in the middle of a run of paragraphs.
      parts.push(`## Chapter ${chapter}\n`, `${first}\n`, `${definitions.join("\n")}\n`, `${second}\n`, `A closing paragraph without notes.\n`);
    } else {
      parts.push(`## Chapter ${chapter}\n`, `${first}\n`, `${second}\n`, `${definitions.join("\n")}\n`);
    }
    if (chapter === 2) parts.push(`${define("twice", "Cited in chapter 2 and in chapter 9.")}\n`);
    if (chapter === 20) parts.push(`${define("inside", "First called inside a note of chapter 5.")}\n${define("from-inline", "Called first from an inline note.")}\n`);
  }
  notes++; // the inline note
  return { markdown: parts.join("\n"), notes, calls };
}
