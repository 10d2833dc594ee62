/**
 * What a book kept as a folder of chapter files costs against the same text in one file: the
 * 30-chapter generated book built both ways, runs alternated so both meet the machine in the
 * same state, and the median of the pairs' ratios; then what editing one chapter costs, a
 * rebuild (no --force) after one sentence is added to one chapter file.
 */
import { appendFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateBook } from "../generate/sample-corpus.ts";
import { writeGeneratedBookFolder } from "../generate/write-book-folder.ts";
import { medianBy, medianOf } from "./median.ts";
import { runOurBuild, type OurResult } from "./our-build.ts";

export interface BookFolderCost {
  chapters: number;
  runs: number;
  oneFile: OurResult;
  folder: OurResult;
  /** Median of folder / one file over the alternated pairs. */
  ratio: number;
  /** A rebuild after one chapter changed, and one with nothing changed. */
  editedMs: number;
  unchangedMs: number;
}

export async function measureBookFolder(work: string, env: (name: string) => Record<string, string>, runs = 5, chapters = 30): Promise<BookFolderCost> {
  const file = join(work, `book-folder-bench-${chapters}.md`);
  await writeFile(file, generateBook(chapters));
  const folder = join(work, `book-folder-bench-${chapters}`);
  await writeGeneratedBookFolder(folder, chapters);
  const out = join(work, "book-folder-bench-out");
  // First builds, unmeasured: covers drawn, output folders made.
  await runOurBuild(file, out, [], { env: env("book-folder-one") });
  await runOurBuild(folder, out, [], { env: env("book-folder-folder") });
  const ones: OurResult[] = [];
  const folders: OurResult[] = [];
  for (let run = 0; run < runs; run++) {
    ones.push(await runOurBuild(file, out, [], { env: env("book-folder-one") }));
    folders.push(await runOurBuild(folder, out, [], { env: env("book-folder-folder") }));
  }
  const unchanged = await runOurBuild(folder, out, [], { env: env("book-folder-folder"), rebuild: true });
  await appendFile(join(folder, "chapters", `${String(Math.ceil(chapters / 2)).padStart(3, "0")}.md`), "\nOne sentence added by the bench.\n");
  const edited = await runOurBuild(folder, out, [], { env: env("book-folder-folder"), rebuild: true });
  return {
    chapters,
    runs,
    oneFile: medianBy(ones, (r) => r.totalMs),
    folder: medianBy(folders, (r) => r.totalMs),
    ratio: medianOf(folders.map((r, i) => r.totalMs / (ones[i]?.totalMs ?? r.totalMs))),
    editedMs: edited.totalMs,
    unchangedMs: unchanged.totalMs,
  };
}

export function bookFolderLine(cost: BookFolderCost): string {
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const percent = Math.round((cost.ratio - 1) * 100);
  return (
    `Book folder: the ${cost.chapters}-chapter book as ${cost.chapters} chapter files and book.yml built in ${s(cost.folder.totalMs)} (${cost.folder.pages} pages), ` +
    `the same text in one file in ${s(cost.oneFile.totalMs)} (${cost.oneFile.pages} pages: chapters do not open pages there, nor is there front matter); ` +
    `median of ${cost.runs} alternated pairs: the folder takes ${percent >= 0 ? `${percent}% more` : `${-percent}% less`}. ` +
    `After one chapter file is edited the book is rebuilt in ${s(cost.editedMs)}; with nothing changed the build takes ${s(cost.unchangedMs)}.`
  );
}
