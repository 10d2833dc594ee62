/**
 * The scale ladder's report: seconds per page of each step at each size, and how the cost per
 * page of the largest book compares with the 30-chapter one and with pandoc + WeasyPrint,
 * against the targets of issue 21. Pure: the measuring is in scale-ladder.ts.
 */
import { sectionSpan } from "./results-sections.ts";

/** One size of the ladder: one build of ours and, when installed, one run of the peers, taken in turns. */
export interface LadderRow {
  chapters: number;
  pages: number;
  /** Wall time of the whole build command. */
  totalMs: number;
  /** CPU time of the build's process tree (Node and Chromium). */
  cpuMs: number;
  /** Paged.js layout, as the build reports it. */
  layoutMs: number;
  /** Chromium writing the PDF, and this process finishing it, as the build reports it. */
  pdfWriteMs: number;
  /** The read-back of the three editions inside the build (verify.json's total). */
  verifyMs: number;
  /** Peak memory of the build's process tree, from a run of its own (sampling slows a run). */
  peakRssBytes: number;
  peers?: { totalMs: number; cpuMs: number; pages?: number };
}

/** The heading that starts the ladder's section in bench/results.md. */
export const ladderHeading = "## Scale ladder";

/** The targets of issue 21 the ladder is read against. */
export const ladderTargets = {
  /** Seconds per page of the whole build, largest book over the 30-chapter book. */
  perPageGrowth: 1.2,
  largestAgainstPeers: 1.0,
  thirtyAgainstPeers: 0.8,
  peakBytes: 1.5 * 2 ** 30,
} as const;

/** Seconds per page of `ms` over `pages`, or undefined when there are no pages. */
export function secondsPerPage(ms: number, pages: number): number | undefined {
  return pages > 0 ? ms / 1000 / pages : undefined;
}

/** How many times the cost per page at `to` is that at `from` (1 = linear), or undefined if either is unknown. */
export function perPageGrowth(from: LadderRow | undefined, to: LadderRow | undefined, step: (row: LadderRow) => number): number | undefined {
  if (!from || !to) return undefined;
  const before = secondsPerPage(step(from), from.pages);
  const after = secondsPerPage(step(to), to.pages);
  return before && after !== undefined ? after / before : undefined;
}

/** Our whole build's time over the peers', both editions each, or undefined without peers. */
export function againstPeers(row: LadderRow | undefined): number | undefined {
  return row?.peers && row.peers.totalMs > 0 ? row.totalMs / row.peers.totalMs : undefined;
}

const fixed = (value: number | undefined, digits: number): string => (value === undefined ? "–" : value.toFixed(digits));
const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const mib = (bytes: number): string => String(Math.round(bytes / 2 ** 20));

/** The section of bench/results.md: heading, how it was measured, the table and the ratios. */
export function ladderSection(rows: LadderRow[], conditions: string): string {
  const header =
    "| chapters | pages | whole build s | CPU s | s/page | layout s/page | PDF write s/page | read-back s/page | peak MiB | pandoc+WeasyPrint s | their pages | ratio ours/theirs |\n" +
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
  const lines = rows.map((row) => {
    const perPage = (ms: number): string => fixed(secondsPerPage(ms, row.pages), 4);
    const peers = row.peers;
    return `| ${row.chapters} | ${row.pages} | ${seconds(row.totalMs)} | ${seconds(row.cpuMs)} | ${perPage(row.totalMs)} | ${perPage(row.layoutMs)} | ${perPage(row.pdfWriteMs)} | ${perPage(row.verifyMs)} | ${mib(row.peakRssBytes)} | ${peers ? seconds(peers.totalMs) : "–"} | ${peers?.pages ?? "–"} | ${fixed(againstPeers(row), 2)} |`;
  });
  return `${ladderHeading}

One build of each generated book (\`npm run generate -- book N\`), ours and pandoc + WeasyPrint's taken in turns, ${conditions}. Wall time of the whole command; CPU time of its process tree (Node and Chromium) beside it, which tells a slow build from a busy machine. Layout, PDF write and read-back are the build's own timings of those steps (the read-back is verify.json's). Peak memory comes from one more build of each, sampled (sampling slows a build down, so the timed one is not sampled).

${header}
${lines.join("\n")}

${ladderVerdict(rows)}
`;
}

/** The ratios issue 21 sets targets for, each with its target. */
export function ladderVerdict(rows: LadderRow[]): string {
  const thirty = rows.find((row) => row.chapters === 30);
  const largest = rows.reduce<LadderRow | undefined>((top, row) => (!top || row.chapters > top.chapters ? row : top), undefined);
  if (!largest || !thirty || largest === thirty) return "Too few sizes measured for the ratios.";
  const growth = (step: (row: LadderRow) => number): string => `${fixed(perPageGrowth(thirty, largest, step), 2)}×`;
  const parts = [
    `Per page, ${largest.chapters} chapters against 30: whole build ${growth((row) => row.totalMs)} (target ≤ ${ladderTargets.perPageGrowth}×), CPU ${growth((row) => row.cpuMs)}, layout ${growth((row) => row.layoutMs)}, PDF write ${growth((row) => row.pdfWriteMs)}, read-back ${growth((row) => row.verifyMs)} (1× is linear).`,
    `Against pandoc + WeasyPrint: ${largest.chapters} chapters ${fixed(againstPeers(largest), 2)}× (target ≤ ${ladderTargets.largestAgainstPeers}×), 30 chapters ${fixed(againstPeers(thirty), 2)}× (target ≤ ${ladderTargets.thirtyAgainstPeers}×).`,
    `Peak memory at ${largest.chapters} chapters: ${mib(largest.peakRssBytes)} MiB (target under ${mib(ladderTargets.peakBytes)} MiB).`,
  ];
  return parts.join(" ");
}

/** The results with `section` in place of their ladder section (up to the next `## ` heading), or after them. */
export function withLadderSection(results: string, section: string): string {
  const span = sectionSpan(results, ladderHeading);
  if (!span) return `${results.replace(/\n*$/, "")}\n\n${section.replace(/\n*$/, "")}\n`;
  // The `### ` parts written under the ladder by hand stay under the new one.
  const handWritten = results.slice(ownPartEnd(results, span.start, span.end), span.end).replace(/\n*$/, "");
  const after = span.end < results.length ? `\n${results.slice(span.end)}` : "";
  return `${results.slice(0, span.start)}${section.replace(/\n*$/, "")}\n${handWritten ? `\n${handWritten}\n` : ""}${after}`;
}

/** Where the ladder's own text (what a run writes) ends: at its first `### ` part, or at `end`. */
function ownPartEnd(results: string, start: number, end: number): number {
  const part = results.indexOf("\n### ", start);
  return part >= 0 && part < end ? part + 1 : end;
}

/**
 * The ladder's own text in earlier results (without the `### ` parts written under it, which
 * keptSectionsOf carries), to carry over into results measured without it (`--quick`).
 */
export function ladderSectionOf(results: string): string | undefined {
  const span = sectionSpan(results, ladderHeading);
  return span ? results.slice(span.start, ownPartEnd(results, span.start, span.end)).replace(/\n*$/, "\n") : undefined;
}
