/**
 * `npm run generate -- book <chapters> <out.md>`, `notes <count> <out.md>` (a book of exactly that many notes), `book-folder <chapters> <folder>` (the same text as a book folder) or `npm run generate -- articles <count> <folder>`:
 * writes generated documents derived from the sample (for `npm run bench` and scale tests).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { runCommand } from "./lib/cli/reporter.ts";
import { UsageError } from "./lib/errors.ts";
import { generateArticle, generateBook, generateNotes } from "./lib/generate/sample-corpus.ts";
import { writeGeneratedBookFolder } from "./lib/generate/write-book-folder.ts";

const usage = "usage: npm run generate -- book <chapters> <out.md> | notes <count> <out.md> | book-folder <chapters> <folder> | articles <count> <folder>";

await runCommand(async () => {
  const args = process.argv.slice(2);
  const [kind, countText, out] = args;
  const count = Number(countText);
  // An option where the output belongs ("--out x") would otherwise be taken for a file named "--out".
  if (!out || out.startsWith("-") || args.length > 3 || !Number.isInteger(count) || count < 1) throw new UsageError(usage);
  if (kind === "book") {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, generateBook(count));
  } else if (kind === "notes") {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, generateNotes(count));
  } else if (kind === "book-folder") {
    await writeGeneratedBookFolder(out, count);
  } else if (kind === "articles") {
    await mkdir(out, { recursive: true });
    for (let i = 1; i <= count; i++) await writeFile(join(out, `article-${String(i).padStart(4, "0")}.md`), generateArticle(i));
  } else {
    throw new UsageError(usage);
  }
  return 0;
});
