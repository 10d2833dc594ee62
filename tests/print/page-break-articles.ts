/**
 * Generated articles for the page-break tests: each puts one case Paged.js got wrong at the
 * foot of a page. Body and note words are distinct five-letter words (uniqueWord), never
 * hyphenated, so a word printed twice or lost shows at once; the hyphenation case uses long
 * English words on purpose.
 */
import { uniqueWord } from "./long-note-articles.ts";

export interface GeneratedArticle {
  slug: string;
  markdown: string;
}

/** Hands out distinct words, `count` at a time, as sentences of twelve words (or as they are). */
function wordSource(): { words: (count: number) => string[]; prose: (count: number) => string } {
  let next = 0;
  const words = (count: number): string[] => Array.from({ length: count }, () => uniqueWord(next++));
  const prose = (count: number): string => {
    const taken = words(count);
    const sentences: string[] = [];
    for (let i = 0; i < taken.length; i += 12) sentences.push(`${taken.slice(i, i + 12).join(" ")}.`);
    return sentences.join(" ");
  };
  return { words, prose };
}

function frontMatter(slug: string, title: string, pageSize = "A5"): string {
  return `---\ntitle: ${title}\nslug: ${slug}\nlang: en\ndate: 2023-01-02\npageSize: ${pageSize}\n---\n\n`;
}

/** Lines of verse, each of four to seven words, every one but the last ended by a hard break (a backslash). */
function verse(take: (count: number) => string[], lines: number): string[] {
  return Array.from({ length: lines }, (_, i) => take(4 + ((i * 3) % 4)).join(" "));
}

export interface HeadingNoteArticle extends GeneratedArticle {
  /** The words of the text after the heading, in reading order. */
  bodyWords: string[];
  noteWords: string[];
}

/**
 * A `##` heading at the top of the article calls a note of about 6,000 characters (two pages
 * of notes), and verse follows it, as the opening of Dante's Inferno in Longfellow's edition.
 */
export function headingNoteArticle(slug = "heading-note"): HeadingNoteArticle {
  const { words, prose } = wordSource();
  const verseLines = verse(words, 14);
  const after = [prose(100), prose(100), prose(100), prose(100), prose(100), prose(100)];
  const note: string[] = [];
  for (let i = 0; i < 8; i++) note.push(prose(120));
  const markdown = `${frontMatter(slug, "A Heading With A Long Note")}## Opening[^long]

${verseLines.join("\\\n")}

${after.join("\n\n")}

[^long]: ${note.join("\n\n    ")}
`;
  const split = (text: string): string[] => text.replace(/\./g, "").split(/\s+/).filter(Boolean);
  return { slug, markdown, bodyWords: [...verseLines, ...after].flatMap(split), noteWords: note.flatMap(split) };
}

/** Long English words, broken by the build's hyphenation (soft hyphens) at many line ends. */
const longWords = (
  "responsibilities extraordinarily characteristically internationalization misunderstandings " +
  "representatives circumstantially incomprehensibility telecommunications disproportionately " +
  "unquestionably administratively institutionalized counterproductive interdisciplinary " +
  "overwhelmingly uncharacteristically reconsideration electromagnetic photosynthesis"
).split(" ");

/**
 * About eight pages of long words, nearly every line ending in a word broken at a soft
 * hyphen, so that some pages end in the middle of a hyphenated word; a few notes.
 */
export function hyphenatedArticle(slug = "hyphenated"): GeneratedArticle {
  const paragraphs: string[] = [];
  const notes: string[] = [];
  let n = 0;
  for (let p = 0; p < 24; p++) {
    const sentence: string[] = [];
    for (let w = 0; w < 60; w++) {
      sentence.push(longWords[(p * 7 + w * 5 + ((w * w) % 11)) % longWords.length] ?? "word");
      if (w % 9 === 8) sentence.push("and");
    }
    let text = `${sentence.join(" ")}.`;
    if (p % 3 === 1) {
      n++;
      text = text.replace(/\.$/, `.[^n${n}]`);
      notes.push(`[^n${n}]: A note on paragraph ${p + 1}, which says a little about it.`);
    }
    paragraphs.push(text);
  }
  return { slug, markdown: `${frontMatter(slug, "Long Words")}${paragraphs.join("\n\n")}\n\n${notes.join("\n")}\n` };
}

export interface VerseArticle extends GeneratedArticle {
  /** The verse lines, in order. */
  verseLines: string[];
  /** The words of the prose paragraph whose first sentence ends in a hard break. */
  brokenProse: string;
}

/**
 * Verse split across pages: a paragraph of prose, then forty lines of verse ended by hard
 * breaks (backslashes, and two spaces in the second half), crossing the foot of page 1; then
 * prose whose first sentence ends in a hard break and whose next lines cross the foot of a
 * page, the case where the last line on the page must still be justified.
 */
export function verseArticle(slug = "verse-split"): VerseArticle {
  const { words, prose } = wordSource();
  const opening = prose(150);
  const verseLines = verse(words, 40);
  const verseText = verseLines.map((line, i) => (i === verseLines.length - 1 ? line : i < 20 ? `${line}\\` : `${line}  `)).join("\n");
  const after = [prose(120), prose(100)];
  const brokenProse = `${words(5).join(" ")}.\\\n${prose(400)}`;
  const markdown = `${frontMatter(slug, "Verse Across Pages")}${opening}

${verseText}

${after.join("\n\n")}

${brokenProse}

${prose(100)}
`;
  return { slug, markdown, verseLines, brokenProse };
}

export interface QuotedNoteArticle extends GeneratedArticle {
  /** The first word of the quotation the note opens with. */
  quoteStart: string;
}

/**
 * Articles whose one note opens with a quotation (its number on a line of its own above the
 * quotation) and is too long for the room left, its call a third of a line lower on page 1
 * from one article to the next, down to the page's last lines: in some, the room left below
 * the call's line is about one line of the note.
 */
export function quotedNoteArticles(count = 24): QuotedNoteArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const slug = `quoted-note-${String(i + 1).padStart(2, "0")}`;
    const { words, prose } = wordSource();
    const before = `${prose(120)}\n\n${prose(50 + i * 4)}[^q]\n\n${prose(100)}\n\n${prose(100)}`;
    const quote = words(150);
    const quoted: string[] = [];
    for (let k = 0; k < quote.length; k += 12) quoted.push(`${quote.slice(k, k + 12).join(" ")}.`);
    const markdown = `${frontMatter(slug, "A Note That Opens With A Quotation")}${before}

[^q]: > ${quoted.join(" ")}

    ${prose(80)}
`;
    return { slug, markdown, quoteStart: quote[0] ?? "" };
  });
}

/**
 * A paragraph whose first line calls a note far too long for the rest of the page, in the
 * middle of page 1, as the opening of a canto in Longfellow's Dante.
 */
export function firstLineCallArticle(slug = "first-line-call"): GeneratedArticle & { callWord: string } {
  const { words, prose } = wordSource();
  const opening = [prose(120), prose(60)];
  const lead = words(3);
  const note: string[] = [];
  for (let i = 0; i < 4; i++) note.push(prose(120));
  const markdown = `${frontMatter(slug, "A Long Note Called From A First Line")}${opening.join("\n\n")}

${lead.join(" ")}.[^long] ${prose(120)}

${prose(100)}

${prose(100)}

[^long]: ${note.join("\n\n    ")}
`;
  return { slug, markdown, callWord: lead[2] ?? "" };
}
