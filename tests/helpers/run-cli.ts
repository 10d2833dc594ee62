/** Runs one of the project's commands as a user would: a separate process, real exit code and output. */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../scripts/lib/project-paths.ts";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(script: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd: string = projectRoot): Promise<CliResult> {
  return runNode([...commandLine(script), ...args], env, cwd);
}

/** Node with these arguments in `cwd`, as a separate process: its exit code and output. */
export function runNode(args: string[], env: NodeJS.ProcessEnv = {}, cwd: string = projectRoot): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, DEBUG: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/**
 * How package.json runs the command: the build from its precompiled bundle (run-bundled.mjs),
 * the others through tsx, named by its resolved URL so they also run from folders outside the project.
 */
function commandLine(script: string): string[] {
  const path = join(projectRoot, "scripts", script);
  if (script === "build.ts") return [join(projectRoot, "scripts", "run-bundled.mjs"), path];
  return ["--import", import.meta.resolve("tsx"), path];
}
