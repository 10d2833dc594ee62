/**
 * Articles with one very long note each (half a page, one page, two pages of note text) for
 * the long-note tests. Every word is unique and made of five letters or fewer, so the
 * hyphenator never breaks one and each word can be counted in the PDF's text: a word printed
 * twice, or lost, shows at once.
 */

const consonants = "bcdfghjklmnprstvz";
const vowels = "aeiou";

/** The n-th word of a sequence of distinct five-letter words (consonant-vowel-consonant-vowel-consonant). */
export function uniqueWord(n: number): string {
  let rest = n;
  let word = "";
  for (const alphabet of [consonants, vowels, consonants, vowels, consonants]) {
    word += alphabet[rest % alphabet.length];
    rest = Math.floor(rest / alphabet.length);
  }
  return word;
}

/** `count` distinct words from `start` on, as sentences of twelve words. */
function prose(start: number, count: number): string {
  const words = Array.from({ length: count }, (_, i) => uniqueWord(start + i));
  const sentences: string[] = [];
  for (let i = 0; i < words.length; i += 12) sentences.push(`${words.slice(i, i + 12).join(" ")}.`);
  return sentences.join(" ");
}

export interface LongNoteArticle {
  markdown: string;
  /** The body's words, in reading order. */
  bodyWords: string[];
  /** The note's words, in reading order. */
  noteWords: string[];
  /** How many words of the body come before the call. */
  callAfter: number;
}

/**
 * Two paragraphs of body text, the call at the end of the first, a long note of `noteWords`
 * words in paragraphs of 120, and four more paragraphs of body text after the call.
 */
export function longNoteArticle(options: { noteWords: number; pageSize: "A5" | "A4"; name: string }): LongNoteArticle {
  let next = 0;
  const take = (count: number): string => {
    const text = prose(next, count);
    next += count;
    return text;
  };
  const before = [take(90), take(60)];
  const after = [take(100), take(100), take(100), take(100)];
  const noteParagraphs: string[] = [];
  for (let left = options.noteWords; left > 0; left -= 120) noteParagraphs.push(take(Math.min(120, left)));
  const words = (text: string): string[] => text.replace(/\./g, "").split(/\s+/).filter(Boolean);
  const markdown = `---
title: ${options.name}
lang: en
date: 2023-01-02
pageSize: ${options.pageSize}
---

${before[0]}

${before[1]}[^long]

${after.join("\n\n")}

[^long]: ${noteParagraphs.join("\n\n    ")}
`;
  return { markdown, bodyWords: [...before, ...after].flatMap(words), noteWords: noteParagraphs.flatMap(words), callAfter: before.flatMap(words).length };
}
