/**
 * Generated documents for benchmarks and scale tests, derived from the sample article:
 * a book of N chapters (each chapter is the sample's text with its 11 notes, relabelled so
 * numbering runs on across chapters) and folders of many small articles.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readFrontMatter } from "../document/front-matter.ts";
import { contentDir } from "../project-paths.ts";

export const sampleFile = join(contentDir, "mko-fears-us-withdrawal.md");

interface SampleParts {
  title: string;
  paragraphs: string[];
  definitions: Map<string, string>;
}

function sampleParts(): SampleParts {
  const source = readFileSync(sampleFile, "utf8");
  const { meta, body } = readFrontMatter(source, sampleFile);
  const definitions = new Map<string, string>();
  const paragraphs: string[] = [];
  for (const block of body.split(/\n{2,}/)) {
    if (!block.trim()) continue;
    if (!block.trim().startsWith("[^")) {
      paragraphs.push(block.trim());
      continue;
    }
    // The sample writes one definition per line, with or without blank lines between them.
    for (const line of block.trim().split("\n")) {
      const definition = /^\[\^([^\]]+)\]:\s*(.*)$/.exec(line);
      if (definition) definitions.set(definition[1] ?? "", (definition[2] ?? "").trim());
    }
  }
  return { title: meta.title ?? "Sample", paragraphs, definitions };
}

const relabel = (text: string, prefix: string): string => text.replace(/\[\^([^\]]+)\]/g, (_m, label: string) => `[^${prefix}${label}]`);

/** A book of `chapters` chapters, 11 notes each, numbered continuously 1 … 11 × chapters. */
export function generateBook(chapters: number): string {
  const sample = sampleParts();
  const parts = [`---\ntitle: "A generated book of ${chapters} chapters"\nauthor: Benchmark\ndate: 2024-01-01\nlang: en\nslug: book-${chapters}\ndescription: "The sample article repeated as ${chapters} chapters, for benchmarks."\n---\n`];
  for (let chapter = 1; chapter <= chapters; chapter++) {
    parts.push(`## Chapter ${chapter}: ${sample.title}\n`);
    for (const paragraph of sample.paragraphs) parts.push(`${relabel(paragraph, `c${chapter}-`)}\n`);
    for (const [label, text] of sample.definitions) parts.push(`[^c${chapter}-${label}]: ${text}\n`);
  }
  return parts.join("\n");
}

/**
 * A generated book with exactly `notes` notes (`npm run generate -- notes N`, for the
 * 10,000-note treatise of issue 21): as many whole chapters as it takes, the last one keeping
 * only the notes it needs, its other calls and definitions left out.
 */
export function generateNotes(notes: number): string {
  const perChapter = sampleParts().definitions.size;
  const chapters = Math.ceil(notes / perChapter);
  const book = generateBook(chapters)
    .replace(`title: "A generated book of ${chapters} chapters"`, `title: "A generated book of ${notes} notes"`)
    .replace(`slug: book-${chapters}`, `slug: notes-${notes}`);
  const cut = chapters * perChapter - notes;
  if (cut === 0) return book;
  // The last chapter's labels in the order its text first calls them, as notes are numbered.
  const prefix = `c${chapters}-`;
  const lastChapter = book.slice(book.lastIndexOf(`## Chapter ${chapters}:`));
  const called = [...new Set([...lastChapter.matchAll(/\[\^([^\]]+)\](?!:)/g)].map((match) => match[1] ?? ""))].filter((label) => label.startsWith(prefix));
  const dropped = new Set(called.slice(called.length - cut));
  return book
    .split("\n")
    .filter((line) => !dropped.has(/^\[\^([^\]]+)\]:/.exec(line)?.[1] ?? ""))
    .join("\n")
    .replace(/\[\^([^\]]+)\](?!:)/g, (call, label: string) => (dropped.has(label) ? "" : call));
}

/**
 * The same text as generateBook, as a book folder: book.yml and one file per chapter, each
 * with the sample's own note labels (labels belong to their chapter).
 */
export function generateBookFolder(chapters: number): Map<string, string> {
  const sample = sampleParts();
  const files = new Map<string, string>();
  const names = Array.from({ length: chapters }, (_, index) => `chapters/${String(index + 1).padStart(3, "0")}.md`);
  files.set("book.yml", `title: "A generated book of ${chapters} chapters"
author: Benchmark
date: 2024-01-01
lang: en
slug: book-folder-${chapters}
description: "The sample article repeated as ${chapters} chapter files, for benchmarks."
chapters:
${names.map((name) => `  - ${name}\n`).join("")}`);
  names.forEach((name, index) => {
    const parts = [`# Chapter ${index + 1}: ${sample.title}\n`, ...sample.paragraphs.map((paragraph) => `${paragraph}\n`), ...[...sample.definitions].map(([label, text]) => `[^${label}]: ${text}\n`)];
    files.set(name, parts.join("\n"));
  });
  return files;
}

/** One small article (the sample with a different title and slug), for folders of many articles. */
export function generateArticle(index: number): string {
  const sample = sampleParts();
  const paragraphs = sample.paragraphs.slice(0, 2 + (index % 4));
  const used = new Set([...paragraphs.join("\n").matchAll(/\[\^([^\]]+)\]/g)].map((m) => m[1]));
  const definitions = [...sample.definitions].filter(([label]) => used.has(label)).map(([label, text]) => `[^${label}]: ${text}`);
  return `---\ntitle: "Generated article ${index}"\nauthor: Benchmark\ndate: 2024-01-${String(1 + (index % 28)).padStart(2, "0")}\nslug: article-${String(index).padStart(4, "0")}\ndescription: "Generated article ${index} for scale tests."\n---\n\n${paragraphs.join("\n\n")}\n\n${definitions.join("\n")}\n`;
}
