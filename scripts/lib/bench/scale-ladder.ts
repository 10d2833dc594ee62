/**
 * The scale ladder (`npm run bench -- --scale`, and part of the full bench): generated books
 * of 10, 30, 90 and 300 chapters, each built once by us and once by pandoc + WeasyPrint, in
 * turns, so that both see the same state of a shared machine; then once more by us with
 * memory sampled. What it measures is how the cost per page grows with the book.
 */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { generateBook } from "../generate/sample-corpus.ts";
import type { LadderRow } from "./ladder-table.ts";
import { runOurBuild } from "./our-build.ts";
import { peersAvailable, runPeers } from "./peers.ts";

export const ladderChapters = [10, 30, 90, 300] as const;

/**
 * The limit each build is given: the ladder measures how long a step takes, and a book that
 * outlasted the default limit on a busy machine would measure nothing.
 */
const ladderTimeoutSeconds = 900;

export interface LadderRun {
  rows: LadderRow[];
  /** How the machine was while the ladder ran, for the report. */
  conditions: string;
}

export async function runScaleLadder(work: string, chapters: readonly number[] = ladderChapters, log: (line: string) => void = () => undefined): Promise<LadderRun> {
  const withPeers = peersAvailable();
  if (!withPeers) log("pandoc or weasyprint not installed: the ladder measures this pipeline only");
  const loadBefore = loadavg()[0] ?? 0;
  const rows: LadderRow[] = [];
  for (const count of chapters) {
    const folder = join(work, `ladder-${count}`);
    await mkdir(folder, { recursive: true });
    const file = join(folder, `book-${count}.md`);
    await writeFile(file, generateBook(count));
    const args = ["--timeout", String(ladderTimeoutSeconds)];
    // Each build a first build, its cover drawn, with a cover cache of its own.
    const out = join(folder, "ours");
    const ours = await runOurBuild(file, out, args, { env: { PRESS_CACHE_DIR: join(folder, "cache") } });
    const peers = withPeers ? await runPeers(file, await mkdir(join(folder, "peers"), { recursive: true }).then(() => join(folder, "peers"))) : undefined;
    const sampled = await runOurBuild(file, join(folder, "memory"), args, { sampleMemory: true, env: { PRESS_CACHE_DIR: join(folder, "cache-memory") } });
    const row: LadderRow = {
      chapters: count,
      pages: ours.pages,
      totalMs: ours.totalMs,
      cpuMs: ours.cpuMs,
      layoutMs: ours.layoutMs,
      pdfWriteMs: ours.pdfWriteMs,
      verifyMs: await readBackMs(join(out, `book-${count}`, "verify.json")),
      peakRssBytes: sampled.peakRssBytes,
      peers: peers ? { totalMs: peers.totalMs, cpuMs: peers.cpuMs, pages: peers.pages } : undefined,
    };
    rows.push(row);
    log(
      `${count} chapters, ${row.pages} pages: ours ${(row.totalMs / 1000).toFixed(2)} s (CPU ${(row.cpuMs / 1000).toFixed(2)} s, layout ${(row.layoutMs / 1000).toFixed(2)} s, PDF write ${(row.pdfWriteMs / 1000).toFixed(2)} s, read-back ${(row.verifyMs / 1000).toFixed(2)} s, peak ${Math.round(row.peakRssBytes / 2 ** 20)} MiB)` +
        (peers ? `, pandoc+WeasyPrint ${(peers.totalMs / 1000).toFixed(2)} s (CPU ${(peers.cpuMs / 1000).toFixed(2)} s)` : ""),
    );
  }
  const loadAfter = loadavg()[0] ?? 0;
  return { rows, conditions: `under a load average of ${loadBefore.toFixed(1)} at the start and ${loadAfter.toFixed(1)} at the end (1-minute averages, 2 cores)` };
}

/** The read-back's time inside the build, from the verify.json it published. */
async function readBackMs(verifyJson: string): Promise<number> {
  const report = JSON.parse(await readFile(verifyJson, "utf8")) as { timings?: { total?: number } };
  const total = report.timings?.total;
  if (typeof total !== "number") throw new Error(`${verifyJson} has no timings.total`);
  return total;
}
