/** Command-line options of `npm run build`. */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { parseCommandLine } from "../cli/arguments.ts";
import { UsageError } from "../errors.ts";
import { contentDir, defaultOutDir } from "../project-paths.ts";

export interface BuildOptions {
  inputs: string[];
  outDir: string;
  force: boolean;
  jobs: number;
  shard?: { index: number; count: number };
  epubcheck: boolean;
  /** Per-article limit for laying out and printing, in milliseconds. */
  timeoutMs: number;
  /** Also publish each article's print page as one standalone file, `<slug>/print.html` (for pagedjs-cli). */
  printHtml: boolean;
}

export const buildUsage = "usage: npm run build -- [file.md | folder ...] [--out dir] [--force] [--jobs N] [--shard K/N] [--epubcheck] [--timeout seconds] [--print-html]";

export function parseBuildOptions(argv: string[]): BuildOptions {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      out: { type: "string", short: "o" },
      force: { type: "boolean", default: false },
      jobs: { type: "string", short: "j" },
      shard: { type: "string" },
      epubcheck: { type: "boolean", default: false },
      "print-html": { type: "boolean", default: false },
      timeout: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    buildUsage,
  );
  if (values.help) throw new UsageError(buildUsage);
  return {
    inputs: positionals.length ? positionals : [contentDir],
    outDir: resolve(values.out ?? defaultOutDir),
    force: values.force ?? false,
    jobs: values.jobs ? positiveInteger(values.jobs, "--jobs") : Math.max(1, Math.min(4, availableParallelism())),
    shard: values.shard ? parseShard(values.shard) : undefined,
    epubcheck: values.epubcheck ?? false,
    timeoutMs: values.timeout ? positiveInteger(values.timeout, "--timeout") * 1000 : 120_000,
    printHtml: values["print-html"] ?? false,
  };
}

function positiveInteger(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${flag} needs a whole number above 0, not "${text}"`);
  return value;
}

function parseShard(text: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count) throw new UsageError(`--shard needs K/N with 1 <= K <= N, not "${text}"`);
  return { index, count };
}
