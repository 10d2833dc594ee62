/**
 * What citation processing adds to a build: the same generated article parsed with its
 * bibliography (citations read, positioned, formatted, notes made, bibliography listed) and
 * with a hand-written note in place of each citation, each in a fresh process as a build
 * would, the runs alternated and the medians compared. Twice: with an empty citation cache
 * (a first build: the processor formats everything) and with the cache a first build left
 * (a rebuild whose citations did not change).
 */
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateCitedArticle } from "../generate/cited-article.ts";
import { projectRoot } from "../project-paths.ts";

interface Parse {
  ms: number;
  cpuMs: number;
  notes: number;
}

export interface CitationCost {
  citations: number;
  works: number;
  notes: number;
  /** Median parse of the article with hand-written notes instead of citations. */
  handWrittenMs: number;
  /** First build (empty cache): median parse with the bibliography, and what it adds in wall and CPU time. */
  firstMs: number;
  firstAddedMs: number;
  firstAddedCpuMs: number;
  /** Rebuild (cache filled): the same. */
  rebuildMs: number;
  rebuildAddedMs: number;
}

function parseOnce(file: string, cacheDir: string): Parse {
  // As a build runs: plain Node on the precompiled bundle (scripts/run-bundled.mjs), not through tsx.
  const output = execFileSync(process.execPath, [join(projectRoot, "scripts", "run-bundled.mjs"), join(import.meta.dirname, "parse-once.ts"), file], {
    encoding: "utf8",
    env: { ...process.env, PRESS_CACHE_DIR: cacheDir },
  });
  return JSON.parse(output.trim().split("\n").pop() ?? "{}") as Parse;
}

export async function measureCitationCost(work: string, citations = 300, works = 100, runs = 5): Promise<CitationCost> {
  const folder = join(work, "citations");
  await mkdir(folder, { recursive: true });
  const generated = generateCitedArticle(citations, works);
  await writeFile(join(folder, "works.json"), generated.worksJson);
  const cited = join(folder, "cited.md");
  const plain = join(folder, "plain.md");
  await writeFile(cited, generated.markdown);
  // The same article with a hand-written note where each citation stands: as many notes, so
  // only what citations add (reading the bibliography, positions, formatting) is measured.
  const handWritten = generated.markdown
    .replace("bibliography: works.json\n", "")
    .replace(/ \[@(work\d+)([^\]]*)\]/g, (_all, key: string, locator: string) => `^[Sam ${key}, Study of rivers, borders and their newspapers${locator}.]`);
  await writeFile(plain, handWritten);
  const warmCache = join(folder, "cache-warm");
  parseOnce(cited, warmCache);
  const first: Parse[] = [];
  const rebuild: Parse[] = [];
  const hand: Parse[] = [];
  for (let run = 0; run < runs; run++) {
    first.push(parseOnce(cited, join(folder, `cache-cold-${run}`)));
    hand.push(parseOnce(plain, join(folder, `cache-cold-${run}`)));
    rebuild.push(parseOnce(cited, warmCache));
  }
  const ms = (parses: Parse[]): number => median(parses.map((parse) => parse.ms));
  const cpu = (parses: Parse[]): number => median(parses.map((parse) => parse.cpuMs));
  return {
    citations,
    works,
    notes: first[0]?.notes ?? 0,
    handWrittenMs: ms(hand),
    firstMs: ms(first),
    firstAddedMs: ms(first) - ms(hand),
    firstAddedCpuMs: cpu(first) - cpu(hand),
    rebuildMs: ms(rebuild),
    rebuildAddedMs: ms(rebuild) - ms(hand),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The bench's line for it, with the budget the project holds it to (issue 18: under half a second). */
export function citationCostLine(cost: CitationCost): string {
  const seconds = (ms: number): string => (ms / 1000).toFixed(2);
  const verdict = (ms: number): string => (ms < 500 ? "within" : "over");
  return (
    `Citation processing, ${cost.citations} citations of ${cost.works} works (${cost.notes} notes, a bibliography of ${cost.works} entries), against the same article with hand-written notes (parse ${seconds(cost.handWrittenMs)} s): ` +
    `a first build adds ${seconds(cost.firstAddedMs)} s (${seconds(cost.firstAddedCpuMs)} s of CPU), ${verdict(cost.firstAddedMs)} the 0.5 s budget; ` +
    `a rebuild with the citations unchanged (cached) adds ${seconds(cost.rebuildAddedMs)} s, ${verdict(cost.rebuildAddedMs)} it. Medians of fresh processes, runs alternated.`
  );
}
