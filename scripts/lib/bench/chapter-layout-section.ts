/**
 * `npm run bench -- --chapter-layout` writes what splitting a book's layout by chapter would
 * give (chapter-layout.ts) as a section of bench/results.md of its own. A later run of the
 * whole bench carries it over as it is (kept-sections.ts); this run replaces it.
 */
import { medianOf } from "./median.ts";
import { withSection } from "./results-sections.ts";
import type { ChapterLayoutCost } from "./chapter-layout.ts";

export const chapterLayoutHeading = "## Layout by chapter (measured, not built)";

export interface MeasuredBook {
  chapters: number;
  cost: ChapterLayoutCost;
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

/** The section: one row per book, `conditions` (the machine and its load) above the table. */
export function chapterLayoutSection(books: readonly MeasuredBook[], conditions: string): string {
  const jobColumns = [...new Set(books.flatMap((book) => book.cost.parallel.map((run) => run.jobs)))].sort((a, b) => a - b);
  const header = [
    "| chapters | pages | whole: layout s | whole: wall s | one chapter alone: layout s (median) | one chapter alone: wall s (median) |",
    ...jobColumns.map((jobs) => ` ${jobs} runs at once: wall s |`),
    " chapters with other page counts alone |",
  ].join("");
  const rule = `| ${["---:", "---:", "---:", "---:", "---:", "---:", ...jobColumns.map(() => "---:"), "---"].join(" | ")} |`;
  const rows = books.map(({ chapters, cost }) => {
    const parallel = jobColumns.map((jobs) => {
      const run = cost.parallel.find((entry) => entry.jobs === jobs);
      return run ? `${seconds(run.wallMs)} (${(cost.whole.wallMs / run.wallMs).toFixed(2)}×)` : "";
    });
    const cells = [
      String(chapters),
      String(cost.whole.pages),
      seconds(cost.whole.layoutMs),
      seconds(cost.whole.wallMs),
      seconds(medianOf(cost.chapters.map((chapter) => chapter.layoutMs))),
      seconds(medianOf(cost.chapters.map((chapter) => chapter.wallMs))),
      ...parallel,
      cost.mismatched.length ? cost.mismatched.join(", ") : "none",
    ];
    return `| ${cells.join(" | ")} |`;
  });
  return `${chapterLayoutHeading}

Each generated book's print page laid out in Chromium as the build lays it out, then cut before Paged.js starts: each chapter alone (what a rebuild after one chapter's edit would lay out, were the other chapters' pages kept), and the book in runs of whole chapters of about as many pages each, laid out at the same time in as many pages of the one browser (with the speed-up against the whole book beside each). Layout is Paged.js's time in the page; wall time is from opening the page to reading its layout back. Nothing here is built into the pipeline. ${conditions}

${header}
${rule}
${rows.join("\n")}
`;
}

/**
 * The results with `section` in place of their chapter-layout section, or after them. A
 * paragraph of conclusions written under the table by hand is part of the section: it goes
 * with the numbers it was drawn from.
 */
export function withChapterLayoutSection(results: string, section: string): string {
  return withSection(results, chapterLayoutHeading, section);
}
