/**
 * What citation processing adds to a build: the same generated article parsed with its
 * bibliography (citations read, positioned, formatted, notes made, bibliography listed) and
 * with a hand-written note in place of each citation, each in a fresh process as a build
 * would, the runs alternated and the medians compared. Twice: with an empty citation cache
 * (a first build: the processor formats everything) and with the cache a first build left
 * (a rebuild whose citations did not change). And once more, for a first build, with the
 * processor's calls clocked (citation-phases.ts), to say where its CPU time goes.
 */
import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateCitedArticle } from "../generate/cited-article.ts";
import { projectRoot } from "../project-paths.ts";
import { medianOf } from "./median.ts";

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
  /** Where a first build's added CPU time goes (medians, milliseconds). */
  firstCpuPhases: CpuPhases;
}

export interface CpuPhases {
  /** Loading citeproc's module. */
  load: number;
  /** Making the processor: reading the style and locale XML into its token lists. */
  setup: number;
  /** `updateItems`: registering the cited works (sort keys, disambiguation). */
  register: number;
  /** `makeCitationCluster`, every call: the citations' words. */
  citations: number;
  /** `makeBibliography`. */
  bibliography: number;
  /** Everything else the citations add: reading the bibliography, positions, tokens, the cache. */
  rest: number;
}

type PhasesRun = Omit<CpuPhases, "rest"> & { parse: number };

function phasesOnce(file: string, cacheDir: string): PhasesRun {
  const output = execFileSync(process.execPath, [join(projectRoot, "scripts", "run-bundled.mjs"), join(import.meta.dirname, "citation-phases.ts"), file], {
    encoding: "utf8",
    env: { ...process.env, PRESS_CACHE_DIR: cacheDir },
  });
  return JSON.parse(output.trim().split("\n").pop() ?? "{}") as PhasesRun;
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
  // A first build is one with an empty cache: nothing left from an earlier measurement.
  await rm(folder, { recursive: true, force: true });
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
  const phases: PhasesRun[] = [];
  for (let run = 0; run < runs; run++) {
    first.push(parseOnce(cited, join(folder, `cache-cold-${run}`)));
    hand.push(parseOnce(plain, join(folder, `cache-cold-${run}`)));
    rebuild.push(parseOnce(cited, warmCache));
    phases.push(phasesOnce(cited, join(folder, `cache-phases-${run}`)));
  }
  const ms = (parses: Parse[]): number => medianOf(parses.map((parse) => parse.ms));
  const cpu = (parses: Parse[]): number => medianOf(parses.map((parse) => parse.cpuMs));
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
    firstCpuPhases: medianPhases(phases, cpu(hand)),
  };
}

function medianPhases(runs: readonly PhasesRun[], handWrittenCpuMs: number): CpuPhases {
  const of = (pick: (run: PhasesRun) => number): number => medianOf(runs.map(pick));
  return {
    load: of((run) => run.load),
    setup: of((run) => run.setup),
    register: of((run) => run.register),
    citations: of((run) => run.citations),
    bibliography: of((run) => run.bibliography),
    rest: of((run) => run.parse - run.setup - run.register - run.citations - run.bibliography) - handWrittenCpuMs,
  };
}

/** How the bench's citation line begins: `npm run bench -- --citations` finds it by this in bench/results.md. */
export const citationLinePrefix = "Citation processing, ";

/** The bench's line for it, with the budget the project holds it to (issue 18: under half a second). */
export function citationCostLine(cost: CitationCost): string {
  const seconds = (ms: number): string => (ms / 1000).toFixed(2);
  const verdict = (ms: number): string => (ms < 500 ? "within" : "over");
  const phases = cost.firstCpuPhases;
  const cpuMs = (ms: number): string => `${Math.round(ms)} ms`;
  return (
    `${citationLinePrefix}${cost.citations} citations of ${cost.works} works (${cost.notes} notes, a bibliography of ${cost.works} entries), against the same article with hand-written notes (parse ${seconds(cost.handWrittenMs)} s): ` +
    `a first build adds ${seconds(cost.firstAddedMs)} s (${seconds(cost.firstAddedCpuMs)} s of CPU), ${verdict(cost.firstAddedMs)} the 0.5 s budget; ` +
    `a rebuild with the citations unchanged (cached) adds ${seconds(cost.rebuildAddedMs)} s, ${verdict(cost.rebuildAddedMs)} it. Medians of fresh processes, runs alternated. ` +
    `Where a first build's CPU time goes: loading citeproc ${cpuMs(phases.load)}, making the processor (style, locale) ${cpuMs(phases.setup)}, ` +
    `registering the ${cost.works} works ${cpuMs(phases.register)}, the ${cost.citations} citations ${cpuMs(phases.citations)}, the bibliography ${cpuMs(phases.bibliography)}, ` +
    `the rest (bibliography file, positions, tokens, cache) ${cpuMs(phases.rest)}.`
  );
}
