/**
 * The Markdown files of a book's folder that its `chapters:` list leaves out. A chapter file
 * forgotten in book.yml would be missing from every edition without a word.
 */
import { readdir } from "node:fs/promises";
import { join, normalize, relative } from "node:path";

const markdownName = /\.(md|markdown)$/i;

export async function unlistedChapterFiles(folder: string, chapters: readonly string[]): Promise<string[]> {
  const listed = new Set(chapters.map((chapter) => normalize(chapter)));
  const found = await markdownFilesUnder(folder);
  return found.map((file) => relative(folder, file)).filter((name) => !listed.has(normalize(name))).sort();
}

async function markdownFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    // Hidden files and folders (editor backups, .git) are not the author's text.
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await markdownFilesUnder(path)));
    else if (markdownName.test(entry.name)) files.push(path);
  }
  return files;
}
