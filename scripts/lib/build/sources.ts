/**
 * Finds the Markdown files a build was asked for: files as given, folders searched recursively.
 * A folder with a `book.yml` is one book: its book.yml stands for it, its chapters are not
 * articles of their own.
 * Only regular files are taken: a FIFO, socket or device named `*.md` is refused at once, with
 * its path, and never opened (opening a FIFO waits for a writer forever); so is a folder named
 * `*.md`. Each is checked with stat, which follows symlinks without opening anything.
 */
import { readdir, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { fileKind } from "../files/file-kind.ts";
import { join, resolve, sep } from "node:path";
import { ContentError, UsageError } from "../errors.ts";

const markdownName = /\.(md|markdown)$/i;
/** A folder holding this file is a book: one work, its chapter files listed inside (see document/book.ts). */
const bookFile = "book.yml";

export async function collectSources(inputs: string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    const path = resolve(input);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`${input}: no such file or folder`);
    if (info.isFile() && path.endsWith(`${sep}${bookFile}`)) {
      found.add(path);
    } else if (info.isDirectory() && !markdownName.test(path)) {
      for (const file of await markdownFilesIn(path, await realpath(path))) found.add(file);
    } else if (markdownName.test(path)) {
      refuseUnlessRegular(path, info);
      found.add(path);
    } else {
      throw new UsageError(`${input}: not a Markdown file (expected .md)`);
    }
  }
  if (found.size === 0) throw new UsageError(`no Markdown files found in ${inputs.join(", ")}`);
  return [...found].sort();
}

/** `root` is the real path of the folder given: a file found in it must really be inside it. */
async function markdownFilesIn(folder: string, root: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  // A book's chapters are not articles: the book is built as one work from its book.yml.
  const book = entries.find((entry) => entry.name === bookFile && entry.isFile());
  if (book) return [join(folder, book.name)];
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(folder, entry.name);
    if (markdownName.test(entry.name)) {
      // The entry's type as listed says nothing of a symlink's target: stat it.
      const info = await stat(path).catch(() => undefined);
      if (!info) throw new ContentError("a broken symlink named like a Markdown file; refused", { code: "source-not-file", location: { file: path } });
      refuseUnlessRegular(path, info);
      await refuseUnlessWithin(path, root);
      files.push(path);
    } else if (entry.isDirectory()) {
      files.push(...(await markdownFilesIn(path, root)));
    }
  }
  return files;
}

/** A symlink in the folder that leads out of it would publish a file the folder does not hold. */
async function refuseUnlessWithin(path: string, root: string): Promise<void> {
  const real = await realpath(path);
  if (real.startsWith(`${root}${sep}`)) return;
  throw new ContentError(`a symbolic link that leads out of the folder being built (to ${real}); refused: copy the file into the folder`, {
    code: "source-outside",
    location: { file: path },
  });
}

function refuseUnlessRegular(path: string, info: Stats): void {
  if (info.isFile()) return;
  throw new ContentError(`${fileKind(info)} named like a Markdown file, not a regular file; refused without opening it`, {
    code: "source-not-file",
    location: { file: path },
  });
}

