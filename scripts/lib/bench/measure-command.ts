/**
 * Runs a command and measures it as a user would feel it: wall time, and, when asked, peak
 * memory of the whole process tree (Node, Chromium and its helpers, Java...), sampled from
 * /proc. Memory is proportional set size: pages shared between Chromium's processes are
 * counted once, not once per process as a sum of RSS would.
 *
 * Sampling costs: reading every process's smaps_rollup four times a second takes CPU the build
 * would have had, enough to change its time on two cores. So a run is timed or sampled, never both (the benchmark
 * times some runs and samples one more).
 *
 * CPU time is taken from every run: on a machine shared with other builds, wall time says how
 * busy the machine was as much as how much work the build did, and CPU time tells the two
 * apart. It is read from each process's own /proc/<pid>/stat (a few numbers, not smaps_rollup),
 * because Chromium is stopped with a kill at the end of a build: its helpers are never waited
 * for, so their time never reaches the rusage of the build (what /usr/bin/time reports).
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

export interface Measurement {
  wallMs: number;
  /**
   * CPU time (user and system) of the whole process tree, from samples twice a second: each
   * process counts with its last sample, so a process's last half second, and a process
   * shorter than that, may be missed.
   */
  cpuMs: number;
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
    const cpuTicks = new Map<number, number>();
    const sampleCpu = (): void => {
      if (child.pid) for (const pid of treePids(child.pid)) cpuTicks.set(pid, Math.max(cpuTicks.get(pid) ?? 0, cpuTicksOf(pid)));
    };
    const cpuSampler = setInterval(sampleCpu, 500);
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const sampler = options.sampleMemory
      ? setInterval(() => {
          if (child.pid) peak = Math.max(peak, treeRss(child.pid));
        }, 250)
      : undefined;
    child.on("error", (error) => {
      clearInterval(sampler);
      clearInterval(cpuSampler);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(sampler);
      clearInterval(cpuSampler);
      const wallMs = performance.now() - started;
      const cpuMs = ([...cpuTicks.values()].reduce((sum, ticks) => sum + ticks, 0) * 1000) / clockTicksPerSecond;
      resolve({ wallMs, cpuMs, peakRssBytes: peak, exitCode: code ?? 1, stdout, stderr });
    });
  });
}

/** Linux's USER_HZ, the unit of the CPU times in /proc/<pid>/stat: 100 on every platform Linux runs on today. */
const clockTicksPerSecond = 100;

/** Proportional memory of a process and all its descendants, in bytes. */
function treeRss(root: number): number {
  let total = 0;
  for (const pid of treePids(root)) total += pssOf(pid);
  return total;
}

/** A process and all its descendants. */
function treePids(root: number): number[] {
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
  const pids: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    pids.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return pids;
}

/** User and system time of one process, itself only (utime and stime, fields 14 and 15 of its stat), in clock ticks. */
function cpuTicksOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields after the command name start at field 3: utime is field 14, stime field 15.
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function pssOf(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}
