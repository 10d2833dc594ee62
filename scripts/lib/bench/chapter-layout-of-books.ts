/**
 * The books `npm run bench -- --chapter-layout` measures: generated book folders of the given
 * sizes (book.yml and one file per chapter, chapters opening on new pages as in any book),
 * measured one after another with 2 and 3 runs at once, and the section that reports them.
 */
import { loadavg } from "node:os";
import { join } from "node:path";
import { writeGeneratedBookFolder } from "../generate/write-book-folder.ts";
import { measureChapterLayout } from "./chapter-layout.ts";
import { chapterLayoutSection, type MeasuredBook } from "./chapter-layout-section.ts";
import { machineDescription } from "./results-table.ts";

export async function chapterLayoutOfBooks(work: string, sizes: readonly number[], log: (line: string) => void): Promise<string> {
  const loadAtStart = loadavg()[0] ?? 0;
  const books: MeasuredBook[] = [];
  for (const chapters of sizes) {
    const folder = join(work, `chapter-layout-${chapters}`);
    await writeGeneratedBookFolder(folder, chapters);
    log(`laying out the ${chapters}-chapter book whole, by chapter and in runs`);
    books.push({ chapters, cost: await measureChapterLayout(join(folder, "book.yml"), [2, 3]) });
  }
  const conditions = `${machineDescription()} Load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end (1-minute averages).`;
  return chapterLayoutSection(books, conditions);
}
