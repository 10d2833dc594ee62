/**
 * A process named so that it cannot be mistaken for another: its pid and the time it started
 * (Linux: field 22 of /proc/<pid>/stat, in clock ticks since boot). A pid reused by a later
 * process has another start time, so a lock left by a dead build is never taken for a live one.
 */
import { readFileSync } from "node:fs";

export interface ProcessIdentity {
  pid: number;
  /** Empty where /proc is not there to tell. */
  start: string;
}

interface ProcStat {
  state: string;
  start: string;
}

function procStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name, in parentheses, may hold spaces and parentheses: fields are counted after the last one.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0] ?? "", start: fields[19] ?? "" };
  } catch {
    return undefined;
  }
}

export function ownIdentity(): ProcessIdentity {
  return { pid: process.pid, start: procStat(process.pid)?.start ?? "" };
}

export function sameProcess(a: ProcessIdentity, b: ProcessIdentity): boolean {
  return a.pid === b.pid && a.start === b.start;
}

/** `pid start`, one line: what a lock file holds. */
export function formatIdentity(identity: ProcessIdentity): string {
  return `${identity.pid} ${identity.start}\n`;
}

/** Reads what formatIdentity wrote; a bare pid (older lock files) has no start time. */
export function parseIdentity(text: string): ProcessIdentity | undefined {
  const [pid, start = ""] = text.trim().split(/\s+/);
  const number = Number(pid);
  return Number.isInteger(number) && number > 0 ? { pid: number, start } : undefined;
}

/** Whether the process still runs: it exists, is not a zombie, and started when it says it did. */
export function isAlive(identity: ProcessIdentity): boolean {
  try {
    process.kill(identity.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const stat = procStat(identity.pid);
  if (!stat) return true;
  if (stat.state === "Z" || stat.state === "X") return false;
  return identity.start === "" || stat.start === identity.start;
}
