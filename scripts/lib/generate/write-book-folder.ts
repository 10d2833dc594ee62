/** Writes generateBookFolder's files under `folder`: the generator's, the bench's and the tests' book folders. */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { generateBookFolder } from "./sample-corpus.ts";

export async function writeGeneratedBookFolder(folder: string, chapters: number): Promise<void> {
  for (const [name, text] of generateBookFolder(chapters)) {
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), text);
  }
}
