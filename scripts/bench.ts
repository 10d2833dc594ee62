/**
 * `npm run bench [-- --quick]`: builds the sample and generated books of 10, 30 and 90 chapters
 * (and the 30-chapter one as a book folder of 30 files beside the one file, runs alternated)
 * (11 notes each) with this pipeline and, when installed, with pandoc + WeasyPrint, and writes
 * the comparison to bench/results.md. `--quick` skips the 90-chapter book; `--articles N` also
 * builds a folder of N generated articles with --jobs 1 and --jobs 2. `--citations` measures
 * citation processing alone and replaces only its line in bench/results.md. The full run (not
 * `--quick`) ends with the scale ladder: books of 10, 30, 90 and 300 chapters, one build each,
 * ours and the peers' in turns, seconds per page of each step (scale-ladder.ts); `--scale`
 * runs the ladder alone and replaces only its section (`--ladder 10,30` picks the sizes).
 * `--chapter-layout` measures what laying a book out by chapter would give, without building
 * it (chapter-layout.ts), on books of 30 and 90 chapters (or `--ladder`'s), and replaces only
 * its section.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runOurBuild, type OurResult } from "./lib/bench/our-build.ts";
import { citationCostLine, measureCitationCost } from "./lib/bench/citation-cost.ts";
import { withCitationLine } from "./lib/bench/citation-line-in-results.ts";
import { peersAvailable, runPeers, type PeerResult } from "./lib/bench/peers.ts";
import { machineDescription, resultsTable, type BenchRow } from "./lib/bench/results-table.ts";
import { runCommand } from "./lib/cli/reporter.ts";
import { generateArticle, generateBook, sampleFile } from "./lib/generate/sample-corpus.ts";
import { bookFolderLine, measureBookFolder } from "./lib/bench/book-folder-cost.ts";
import { medianBy } from "./lib/bench/median.ts";
import { keptSectionsOf } from "./lib/bench/kept-sections.ts";
import { projectRoot } from "./lib/project-paths.ts";
import { ladderChapters, runScaleLadder } from "./lib/bench/scale-ladder.ts";
import { ladderSection, ladderSectionOf, withLadderSection } from "./lib/bench/ladder-table.ts";
import { UsageError } from "./lib/errors.ts";
import { chapterLayoutOfBooks } from "./lib/bench/chapter-layout-of-books.ts";
import { withChapterLayoutSection } from "./lib/bench/chapter-layout-section.ts";

await runCommand(async () => {
  const quick = process.argv.includes("--quick");
  const work = join(projectRoot, "bench", "out");
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const resultsFile = join(projectRoot, "bench", "results.md");
  // Cover caches of the bench's own, never the project's: an empty one makes a run a first
  // build (covers drawn); a document's rebuilds share one its first run filled.
  const cacheIn = (name: string) => ({ PRESS_CACHE_DIR: join(work, `cache-${name}`) });
  if (process.argv.includes("--citations")) {
    const citationLine = citationCostLine(await measureCitationCost(work));
    const earlier = await readFile(resultsFile, "utf8").catch(() => `# Benchmark results\n\n${machineDescription()}\n`);
    await writeFile(resultsFile, withCitationLine(earlier, citationLine));
    process.stdout.write(`${citationLine}\n`);
    return 0;
  }
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  const ladderSizes = ladderSizesOf(process.argv);
  if (process.argv.includes("--scale")) {
    // One unmeasured build first, as below: no measured run pays for compiling the build's bundle.
    await runOurBuild(sampleFile, join(work, "unmeasured"), [], { env: cacheIn("unmeasured") });
    const ladder = await runScaleLadder(work, ladderSizes, log);
    const section = ladderSection(ladder.rows, ladder.conditions);
    const earlier = await readFile(resultsFile, "utf8").catch(() => `# Benchmark results\n\n${machineDescription()}\n`);
    await writeFile(resultsFile, withLadderSection(earlier, section));
    process.stdout.write(`\n${section}`);
    return 0;
  }
  if (process.argv.includes("--chapter-layout")) {
    const section = await chapterLayoutOfBooks(work, chapterLayoutSizesOf(process.argv), log);
    const earlier = await readFile(resultsFile, "utf8").catch(() => `# Benchmark results\n\n${machineDescription()}\n`);
    await writeFile(resultsFile, withChapterLayoutSection(earlier, section));
    process.stdout.write(`\n${section}`);
    return 0;
  }
  const documents: Array<{ name: string; file: string; runs: number }> = [{ name: "sample article", file: sampleFile, runs: 5 }];
  for (const chapters of quick ? [10, 30] : [10, 30, 90]) {
    const file = join(work, `book-${chapters}.md`);
    await writeFile(file, generateBook(chapters));
    // Timings on a shared machine vary by a third from run to run: the median of several runs,
    // each of ours next to one of the peers', so that both see the same state of the machine.
    documents.push({ name: `${chapters} chapters`, file, runs: chapters < 90 ? 5 : 1 });
  }
  const withPeers = peersAvailable();
  if (!withPeers) process.stdout.write("pandoc or weasyprint not installed: measuring this pipeline only\n");
  // One unmeasured build first: it compiles the build's bundle if the sources changed since
  // the last build, which no measured run should pay for (a user's builds after the first don't).
  await runOurBuild(sampleFile, join(work, "unmeasured"), [], { env: cacheIn("unmeasured") });
  const rows: BenchRow[] = [];
  for (const document of documents) {
    const ours: OurResult[] = [];
    const peers: PeerResult[] = [];
    const stem = document.name.replace(/\W+/g, "-");
    const rebuilds = cacheIn(stem);
    const first = await runOurBuild(document.file, join(work, `${stem}-first`), [], { env: rebuilds });
    for (let run = 0; run < document.runs; run++) {
      const out = join(work, `${stem}-${run}`);
      ours.push(await runOurBuild(document.file, out, [], { env: rebuilds }));
      if (withPeers) peers.push(await runPeers(document.file, await mkdir(out, { recursive: true }).then(() => out)));
    }
    // Memory from one more run of its own: sampling slows a run down, so timed runs are not sampled.
    // With a cache of its own, so the cover is drawn: the peak of a first build.
    const sampled = await runOurBuild(document.file, join(work, `${stem}-memory`), [], { sampleMemory: true, env: cacheIn(`${stem}-memory`) });
    const row: BenchRow = {
      name: document.name,
      firstRunMs: first.totalMs,
      ours: { ...medianBy(ours, (r) => r.totalMs), peakRssBytes: sampled.peakRssBytes },
      peers: peers.length ? medianBy(peers, (r) => r.totalMs) : undefined,
    };
    rows.push(row);
    process.stdout.write(`${document.name}: ours ${(row.ours.totalMs / 1000).toFixed(2)} s (first run ${(first.totalMs / 1000).toFixed(2)} s)${row.peers ? `, pandoc+WeasyPrint ${(row.peers.totalMs / 1000).toFixed(2)} s` : ""}\n`);
  }
  const articlesIndex = process.argv.indexOf("--articles");
  const articleCount = articlesIndex === -1 ? 0 : Number(process.argv[articlesIndex + 1]);
  let folderTable = "";
  if (articleCount > 0) {
    const folder = join(work, "articles");
    await mkdir(folder, { recursive: true });
    for (let i = 1; i <= articleCount; i++) await writeFile(join(folder, `article-${String(i).padStart(4, "0")}.md`), generateArticle(i));
    const lines: string[] = [];
    for (const jobs of [1, 2]) {
      // First builds, every cover drawn: each run with an empty cover cache of its own.
      const result = await runOurBuild(folder, join(work, `articles-jobs-${jobs}`), ["--jobs", String(jobs)], { env: cacheIn(`articles-jobs-${jobs}`) });
      const sampled = await runOurBuild(folder, join(work, `articles-jobs-${jobs}-memory`), ["--jobs", String(jobs)], {
        sampleMemory: true,
        env: cacheIn(`articles-jobs-${jobs}-memory`),
      });
      lines.push(`| ${articleCount} articles | ${jobs} | ${result.pages} | ${(result.totalMs / 1000).toFixed(2)} | ${Math.round(sampled.peakRssBytes / 2 ** 20)} |`);
      process.stdout.write(`${articleCount} articles, --jobs ${jobs}: ${(result.totalMs / 1000).toFixed(2)} s\n`);
    }
    folderTable = `\n\n| folder | --jobs | pages | total s | peak MiB |\n| --- | ---: | ---: | ---: | ---: |\n${lines.join("\n")}`;
  }
  const bookFolder = bookFolderLine(await measureBookFolder(work, cacheIn));
  process.stdout.write(`${bookFolder}\n`);
  const citationCost = await measureCitationCost(work);
  const citationLine = citationCostLine(citationCost);
  process.stdout.write(`${citationLine}\n`);
  // The ladder takes minutes (its largest book alone is some 800 pages): the full run only; a
  // quick run keeps the section an earlier run wrote.
  const ladder = quick ? undefined : await runScaleLadder(work, ladderSizes, log);
  const earlierResults = await readFile(resultsFile, "utf8").catch(() => "");
  const earlierLadder = ladderSectionOf(earlierResults);
  const keptSections = keptSectionsOf(earlierResults);
  const ladderText = ladder ? ladderSection(ladder.rows, ladder.conditions) : earlierLadder;
  const markdown = `# Benchmark results

${machineDescription()}

${resultsTable(rows)}${folderTable}

${bookFolder}

${citationLine}
${ladderText ? `\n${ladderText}` : ""}${keptSections.map((section) => `\n${section}`).join("")}`;
  await writeFile(resultsFile, markdown);
  process.stdout.write(`\n${markdown}`);
  return 0;
});

/** `--ladder 30,90` with `--chapter-layout`: the books it lays out (default 30 and 90 chapters). */
function chapterLayoutSizesOf(argv: string[]): number[] {
  return argv.includes("--ladder") ? ladderSizesOf(argv) : [30, 90];
}

/** `--ladder 10,30,90`: the ladder's sizes in chapters (default 10, 30, 90, 300). */
function ladderSizesOf(argv: string[]): number[] {
  const at = argv.indexOf("--ladder");
  if (at < 0) return [...ladderChapters];
  const sizes = (argv[at + 1] ?? "").split(",").map(Number);
  if (!sizes.length || sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new UsageError(`--ladder needs chapter counts separated by commas, such as 10,30,90,300, not "${argv[at + 1] ?? ""}"`);
  return sizes;
}
