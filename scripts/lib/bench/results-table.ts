/** The benchmark's Markdown table and the description of the machine it ran on. */
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import type { OurResult } from "./our-build.ts";
import type { PeerResult } from "./peers.ts";
import { findChromium } from "../browser/chromium-path.ts";

/** One document's measurements: ours, the first run's, and the peers' when installed. */
export interface BenchRow {
  name: string;
  ours: OurResult;
  /** The first run, the only one that draws the e-book cover (later runs find it in the cover cache). */
  firstRunMs: number;
  peers?: PeerResult;
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const mib = (bytes: number): string => String(Math.round(bytes / (1024 * 1024)));

export function machineDescription(): string {
  let chromium = "unknown";
  try {
    chromium = execFileSync(findChromium(), ["--version"], { encoding: "utf8" }).trim();
  } catch {
    // Reported as unknown.
  }
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return `Machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}, ${chromium}.`;
}

export function resultsTable(rows: BenchRow[]): string {
  const header =
    "| document | pages | parse s | print page s | web s (beside print) | print layout s | PDF write s | EPUB s (beside PDF write) | publish+verify s | total s | first run s | s/page | peak MiB | pandoc+WeasyPrint s | ratio ours/theirs |\n" +
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
  const lines = rows.map(({ name, ours, peers, firstRunMs }) => {
    const stage = (key: string): string => seconds(ours.stages[key] ?? 0);
    const perPage = ours.pages ? (ours.totalMs / 1000 / ours.pages).toFixed(3) : "–";
    return `| ${name} | ${ours.pages} | ${stage("parse")} | ${stage("layout")} | ${seconds(ours.webWorkMs)} | ${seconds(ours.layoutMs)} | ${seconds(ours.pdfWriteMs)} | ${seconds(ours.epubWorkMs)} | ${stage("publish")} | ${seconds(ours.totalMs)} | ${seconds(firstRunMs)} | ${perPage} | ${mib(ours.peakRssBytes)} | ${peers ? seconds(peers.totalMs) : "–"} | ${peers ? (ours.totalMs / peers.totalMs).toFixed(2) : "–"} |`;
  });
  return `${header}\n${lines.join("\n")}\n\nTotal is the wall time of the whole command (start-up, every stage, all three editions), the median of several runs after a first one; that first run (its own column) also draws the e-book cover, which later runs find in the cover cache, as any rebuild of an article whose title page did not change does. Peak memory is taken from a first build, cover drawn, and covers the whole process tree (Node and Chromium). The web pages are made by Eleventy while Chromium lays out the print edition, and the EPUB while Chromium writes the PDF, so their times overlap those stages'. The peer column is pandoc to EPUB plus pandoc to HTML and WeasyPrint to a PDF with notes at the foot of the page.`;
}
