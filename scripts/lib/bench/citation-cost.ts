/**
 * What citation processing adds to a build: the same generated article parsed with its
 * bibliography (citations read, positioned, formatted, notes made, bibliography listed) and
 * with a hand-written note in place of each citation, each in a fresh process as a build
 * would, the runs alternated and the medians compared.
 */
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateCitedArticle } from "../generate/cited-article.ts";
import { projectRoot } from "../project-paths.ts";

export interface CitationCost {
  citations: number;
  works: number;
  notes: number;
  withMs: number;
  withoutMs: number;
  /** withMs − withoutMs: the cost of citation processing. */
  addedMs: number;
  /** The same in CPU time of the parsing process, which other work on the machine does not inflate. */
  addedCpuMs: number;
}

function parseOnce(file: string): { ms: number; cpuMs: number; notes: number } {
  // As a build runs: plain Node on the precompiled bundle (scripts/run-bundled.mjs), not through tsx.
  const output = execFileSync(process.execPath, [join(projectRoot, "scripts", "run-bundled.mjs"), join(import.meta.dirname, "parse-once.ts"), file], { encoding: "utf8" });
  return JSON.parse(output.trim().split("\n").pop() ?? "{}") as { ms: number; cpuMs: number; notes: number };
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
  const withRuns: Array<{ ms: number; cpuMs: number }> = [];
  const withoutRuns: Array<{ ms: number; cpuMs: number }> = [];
  let notes = 0;
  for (let run = 0; run < runs; run++) {
    const result = parseOnce(cited);
    notes = result.notes;
    withRuns.push(result);
    withoutRuns.push(parseOnce(plain));
  }
  const withMs = median(withRuns.map((run) => run.ms));
  const withoutMs = median(withoutRuns.map((run) => run.ms));
  const addedCpuMs = median(withRuns.map((run) => run.cpuMs)) - median(withoutRuns.map((run) => run.cpuMs));
  return { citations, works, notes, withMs, withoutMs, addedMs: withMs - withoutMs, addedCpuMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The bench's line for it, with the budget the project holds it to (issue 18: under half a second). */
export function citationCostLine(cost: CitationCost): string {
  const seconds = (ms: number): string => (ms / 1000).toFixed(2);
  const verdict = cost.addedMs < 500 ? "within" : "over";
  return `Citation processing, ${cost.citations} citations of ${cost.works} works (${cost.notes} notes, a bibliography of ${cost.works} entries): adds ${seconds(cost.addedMs)} s to the parse (${seconds(cost.withMs)} s with the bibliography, ${seconds(cost.withoutMs)} s with hand-written notes instead; ${seconds(cost.addedCpuMs)} s of CPU), ${verdict} the 0.5 s budget. Median of fresh processes, runs alternated.`;
}
