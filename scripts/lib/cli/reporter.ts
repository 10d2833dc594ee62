/**
 * What a command prints. Progress goes to stdout, quiet and one line per stage; problems go
 * to stderr, one line each; stack traces only when DEBUG is set.
 */
import { formatDiagnostic, PublishError, UsageError, type Diagnostic } from "../errors.ts";

export interface Reporter {
  stage(name: string, detail: string, milliseconds: number): void;
  /** Work done so far in a long stage; shown as a bar on a terminal, silent otherwise. */
  progress?(name: string, done: number, total: number, elapsedMs: number): void;
  info(line: string): void;
  diagnostic(diagnostic: Diagnostic): void;
  problem(line: string): void;
}

export function consoleReporter(stream: { out: NodeJS.WritableStream; err: NodeJS.WritableStream } = { out: process.stdout, err: process.stderr }): Reporter {
  const terminal = (stream.out as NodeJS.WriteStream).isTTY === true;
  let bar = false;
  const clearBar = (): void => {
    if (bar) stream.out.write("\r\x1b[2K");
    bar = false;
  };
  return {
    stage: (name, detail, ms) => {
      clearBar();
      stream.out.write(`${name.padEnd(8)} ${detail.padEnd(44)} ${formatDuration(ms).padStart(8)}\n`);
    },
    progress: (name, done, total, elapsedMs) => {
      if (!terminal || total < 2) return;
      bar = true;
      stream.out.write(`\r\x1b[2K${progressLine(name, done, total, elapsedMs)}`);
    },
    info: (line) => stream.out.write(`${line}\n`),
    diagnostic: (d) => stream.err.write(`${formatDiagnostic(d)}\n`),
    problem: (line) => stream.err.write(`${line}\n`),
  };
}

/** `print    [########------------]  12/30  ETA 41 s` */
export function progressLine(name: string, done: number, total: number, elapsedMs: number): string {
  const width = 20;
  const filled = Math.round((done / total) * width);
  const eta = done > 0 && done < total ? `  ETA ${formatDuration((elapsedMs / done) * (total - done))}` : "";
  return `${name.padEnd(8)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(done).padStart(String(total).length)}/${total}${eta}`;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** One line for any error: ours say where and what; anything else is an internal error. */
export function errorLine(error: unknown): string {
  if (error instanceof PublishError) return error.toLine();
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message} (run with DEBUG=1 for the stack trace)`;
}

/** Runs a command's main function and turns its outcome into output and an exit code. */
export async function runCommand(main: () => Promise<number>): Promise<never> {
  let code: number;
  try {
    code = await main();
  } catch (error) {
    process.stderr.write(`${errorLine(error)}\n`);
    if (process.env.DEBUG) process.stderr.write(`${debugDetail(error)}\n`);
    code = error instanceof UsageError ? 2 : 1;
  }
  // Let pending writes to stdout/stderr drain before the process ends.
  process.exitCode = code;
  await new Promise((resolve) => setImmediate(resolve));
  process.exit(code);
}

function debugDetail(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current) {
    parts.push(current instanceof Error ? (current.stack ?? current.message) : String(current));
    current = current instanceof Error ? current.cause : undefined;
    if (current) parts.push("caused by:");
  }
  return parts.join("\n");
}
