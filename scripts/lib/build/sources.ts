/** Finds the Markdown files a build was asked for: files as given, folders searched recursively. */
import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { UsageError } from "../errors.ts";

export async function collectSources(inputs: string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    const path = resolve(input);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`${input}: no such file or folder`);
    if (info.isDirectory()) {
      for (const file of await markdownFilesIn(path)) found.add(file);
    } else if (extname(path).toLowerCase() === ".md" || extname(path).toLowerCase() === ".markdown") {
      found.add(path);
    } else {
      throw new UsageError(`${input}: not a Markdown file (expected .md)`);
    }
  }
  if (found.size === 0) throw new UsageError(`no Markdown files found in ${inputs.join(", ")}`);
  return [...found].sort();
}

async function markdownFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await markdownFilesIn(path)));
    else if (/\.(md|markdown)$/i.test(entry.name)) files.push(path);
  }
  return files;
}
