/**
 * Runs a command and measures it as a user would feel it: wall time, and, when asked, peak
 * memory of the whole process tree (Node, Chromium and its helpers, Java...), sampled from
 * /proc. Memory is proportional set size: pages shared between Chromium's processes are
 * counted once, not once per process as a sum of RSS would.
 *
 * Sampling costs: reading every process's smaps_rollup four times a second takes CPU the build
 * would have had, enough to change its time on two cores. So a run is timed or sampled, never both (the benchmark
 * times some runs and samples one more).
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

export interface Measurement {
  wallMs: number;
  peakRssBytes: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface MeasureOptions {
  /** Sample the tree's memory (and so slow the command down); peakRssBytes is 0 otherwise. */
  sampleMemory?: boolean;
  /** Added to the command's environment. */
  env?: NodeJS.ProcessEnv;
}

export function measureCommand(command: string, args: string[], options: MeasureOptions = {}): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...options.env } });
    let stdout = "";
    let stderr = "";
    let peak = 0;
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const sampler = options.sampleMemory
      ? setInterval(() => {
          if (child.pid) peak = Math.max(peak, treeRss(child.pid));
        }, 250)
      : undefined;
    child.on("error", (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(sampler);
      resolve({ wallMs: performance.now() - started, peakRssBytes: peak, exitCode: code ?? 1, stdout, stderr });
    });
  });
}

/** Proportional memory of a process and all its descendants, in bytes. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += pssOf(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function pssOf(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}
