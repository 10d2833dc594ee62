/**
 * npm run import -- <legacy.txt> [--out <file.md>] [--lang xx] [--slug s] [--date YYYY-MM-DD]
 *                   [--author "..."] [--description "..."]
 *
 * Exit codes: 0 done (warnings may be printed), 1 content errors or a failed write, 2 usage.
 * Nothing is written when there are errors, so a good file is never replaced by a broken one.
 */

import { randomBytes } from "node:crypto";
import { open, readFile, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { parseCommandLine } from "./lib/cli/arguments.ts";
import { isEntryPoint } from "./lib/cli/entry-point.ts";
import { formatDiagnostic, PublishError, UsageError, type Diagnostic } from "./lib/errors.ts";
import { decodeLegacyBytes } from "./lib/import/legacy-encoding.ts";
import { importLegacyText, isIsoDate, isLanguageTag, isSlug } from "./lib/import/legacy-notes.ts";

const USAGE =
  'usage: npm run import -- <legacy.txt> [--out <file.md>] [--lang <tag>] [--slug <slug>] [--date YYYY-MM-DD] [--author "<name>"] [--description "<text>"]';

export interface CliIo {
  /** Relative paths in arguments are resolved against this. */
  cwd: string;
  stdout: (text: string) => void;
  /** Receives one line at a time, without the newline. */
  stderr: (line: string) => void;
  debug: boolean;
}

interface ImportArgs {
  input: string;
  out?: string;
  lang?: string;
  slug?: string;
  date?: string;
  author?: string;
  description?: string;
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    const args = parseImportArgs(argv);
    if (args === "help") {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const inputPath = resolve(io.cwd, args.input);
    const outPath = args.out === undefined ? undefined : resolve(io.cwd, args.out);
    if (outPath !== undefined && outPath === inputPath) throw new UsageError("--out must not be the input file");

    let bytes: Uint8Array;
    try {
      bytes = await readFile(inputPath);
    } catch (error) {
      throw new UsageError(`cannot read ${args.input}: ${describeFsError(error)}`);
    }
    const decoded = decodeLegacyBytes(bytes, args.input);
    if (report(decoded.diagnostics, io)) return 1;

    const { input, out: _out, ...metadata } = args;
    const result = importLegacyText(decoded.text, { sourceName: input, ...metadata });
    if (report(result.diagnostics, io)) return 1;

    if (outPath === undefined) io.stdout(result.markdown);
    else await writeFileAtomic(outPath, result.markdown);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}. ${USAGE}`);
      return 2;
    }
    if (error instanceof PublishError) io.stderr(error.toLine());
    else io.stderr(`import failed: ${error instanceof Error ? error.message : String(error)}`);
    if (io.debug && error instanceof Error && error.stack) io.stderr(error.stack);
    return 1;
  }
}

function parseImportArgs(argv: readonly string[]): ImportArgs | "help" {
  const { values, positionals } = parseCommandLine(argv, {
    out: { type: "string" },
    lang: { type: "string" },
    slug: { type: "string" },
    date: { type: "string" },
    author: { type: "string" },
    description: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return "help";
  if (positionals.length !== 1 || positionals[0] === undefined) {
    throw new UsageError(positionals.length === 0 ? "missing input file" : `expected one input file, got ${positionals.length}`);
  }
  if (values.out !== undefined && values.out.trim() === "") throw new UsageError("--out needs a file name");
  if (values.lang !== undefined && !isLanguageTag(values.lang)) throw new UsageError(`--lang "${values.lang}" is not a language tag`);
  if (values.slug !== undefined && !isSlug(values.slug)) throw new UsageError(`--slug "${values.slug}" must be lowercase letters, digits and hyphens`);
  if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError(`--date "${values.date}" is not a YYYY-MM-DD date`);
  if (values.author !== undefined && values.author.trim() === "") throw new UsageError("--author is empty");
  if (values.description !== undefined && values.description.trim() === "") throw new UsageError("--description is empty");

  const args: ImportArgs = { input: positionals[0] };
  for (const key of ["out", "lang", "slug", "date", "author", "description"] as const) {
    const value = values[key];
    if (value !== undefined) args[key] = value;
  }
  return args;
}

/** Prints every diagnostic; true when one of them is an error. */
function report(diagnostics: readonly Diagnostic[], io: CliIo): boolean {
  for (const diagnostic of diagnostics) io.stderr(formatDiagnostic(diagnostic));
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

/**
 * Readers (a dev server, a concurrent build) must see the old file or the new one, never a
 * prefix: write a temporary file beside the target, flush it, then rename over the target,
 * which is atomic within one directory.
 */
async function writeFileAtomic(target: string, content: string): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let handle;
  try {
    handle = await open(temp, "wx");
    await handle.writeFile(content, "utf8");
    await handle.sync();
    // Replacing a file keeps its permissions, as writing into it would have.
    const existing = await stat(target).catch(() => undefined);
    if (existing?.isFile()) await handle.chmod(existing.mode & 0o7777);
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw new PublishError(`cannot write ${target}: ${describeFsError(error)}`, { code: "write", cause: error });
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EISDIR") return "is a directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (line) => process.stderr.write(`${line}\n`),
    debug: Boolean(process.env.DEBUG),
  };
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
