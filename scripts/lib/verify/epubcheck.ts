/**
 * EPUBCheck, the reference validator for EPUB, run on request (`--epubcheck`): it starts a
 * Java virtual machine for each book, too long a wait for every build. Its summary is parsed into counts; when Java or the
 * jar is missing the result says so in one line instead of failing obscurely.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const defaultEpubcheckJar = "/usr/share/java/epubcheck.jar";

export interface EpubcheckResult {
  status: "passed" | "failed" | "unavailable";
  fatals: number;
  errors: number;
  warnings: number;
  /** EPUBCheck's own FATAL/ERROR/WARNING lines (at most 20). */
  messages: string[];
  /** The line the summary shows: `EPUBCheck: 0 fatals / 0 errors / 0 warnings`. */
  summary: string;
  milliseconds: number;
}

export async function runEpubcheck(epubFile: string, jar = process.env.EPUBCHECK_JAR ?? defaultEpubcheckJar): Promise<EpubcheckResult> {
  const started = performance.now();
  const unavailable = (why: string): EpubcheckResult => ({
    status: "unavailable",
    fatals: 0,
    errors: 0,
    warnings: 0,
    messages: [],
    summary: `EPUBCheck not run: ${why}`,
    milliseconds: Math.round(performance.now() - started),
  });
  if (!existsSync(jar)) return unavailable(`${jar} not found (install epubcheck or set EPUBCHECK_JAR)`);
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java";
  const run = await new Promise<{ stdout: string; stderr: string; missing: boolean; failure?: string }>((resolve) => {
    execFile(java, ["-jar", jar, epubFile], { timeout: 180_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      const killed = (error as { killed?: boolean } | null)?.killed;
      resolve({ stdout, stderr, missing: code === "ENOENT", failure: killed ? "EPUBCheck timed out after 180 s" : undefined });
    });
  });
  if (run.missing) return unavailable(`Java is not installed (${java} not found; install a Java runtime or set JAVA_HOME)`);
  if (run.failure) return unavailable(run.failure);
  const result = parseEpubcheckOutput(`${run.stdout}\n${run.stderr}`);
  return { ...result, milliseconds: Math.round(performance.now() - started) };
}

/** Counts from EPUBCheck's `Messages: 0 fatals / 1 error / 0 warnings / 0 infos` line, else from its message lines. */
export function parseEpubcheckOutput(output: string): Omit<EpubcheckResult, "milliseconds"> {
  const messages = output.split(/\r?\n/).filter((line) => /^(FATAL|ERROR|WARNING)\(/.test(line));
  const summary = /Messages:\s*(\d+)\s+fatals?\s*\/\s*(\d+)\s+errors?\s*\/\s*(\d+)\s+warnings?/.exec(output);
  const count = (kind: string): number => messages.filter((line) => line.startsWith(`${kind}(`)).length;
  const fatals = summary ? Number(summary[1]) : count("FATAL");
  const errors = summary ? Number(summary[2]) : count("ERROR");
  const warnings = summary ? Number(summary[3]) : count("WARNING");
  return {
    // A warning fails too: the editions are meant to pass clean, and warnings nobody acts on pile up.
    status: fatals + errors + warnings === 0 ? "passed" : "failed",
    fatals,
    errors,
    warnings,
    messages: messages.slice(0, 20),
    summary: `EPUBCheck: ${fatals} ${fatals === 1 ? "fatal" : "fatals"} / ${errors} ${errors === 1 ? "error" : "errors"} / ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  };
}
