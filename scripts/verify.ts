/**
 * npm run verify -- <dir>/<slug> [--source file.md] [--epubcheck] [--json]
 *
 * Reads the web, PDF and EPUB editions of one article back and proves they carry the same
 * notes as the source. Prints a table and one line per mismatch (or, with --json, the
 * report as JSON), writes <dir>/<slug>/verify.json. Exit codes: 0 identical, 1 mismatch or
 * unreadable input, 2 usage.
 */
import { resolve } from "node:path";
import { parseCommandLine } from "./lib/cli/arguments.ts";
import { isEntryPoint } from "./lib/cli/entry-point.ts";
import { loadArticle } from "./lib/document/article.ts";
import { isBookFile, loadBook } from "./lib/document/book.ts";
import { PublishError, UsageError } from "./lib/errors.ts";
import { findSource } from "./lib/verify/find-source.ts";
import { sourceLabel } from "./lib/build/source-label.ts";
import { formatVerifyReport } from "./lib/verify/format-report.ts";
import { verifyEditions } from "./lib/verify/verify-editions.ts";
import { verifyReportJson } from "./lib/verify/verify-report.ts";

const USAGE = "usage: npm run verify -- <dir>/<slug> [--source <file.md>] [--epubcheck] [--json]";

export interface VerifyCliIo {
  cwd: string;
  stdout: (text: string) => void;
  /** One line at a time, without the newline. */
  stderr: (line: string) => void;
}

export async function main(argv: readonly string[], io: VerifyCliIo = processIo()): Promise<number> {
  try {
    const { values, positionals } = parseVerifyArgs(argv);
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const articleDir = resolve(io.cwd, positionals[0] ?? "");
    const source = await findSource(articleDir, values.source, io.cwd);
    const article = isBookFile(source) ? await loadBook(source) : await loadArticle(source);
    // The published set is left as built: its files are hashed in edition.json.
    const report = { ...(await verifyEditions(articleDir, article, { epubcheck: values.epubcheck, writeJson: false })), source: sourceLabel(source, [io.cwd]) };
    io.stdout(values.json ? verifyReportJson(report) : `${formatVerifyReport(report)}\n`);
    return report.passed ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}. ${USAGE}`);
      return 2;
    }
    io.stderr(error instanceof PublishError ? error.toLine() : `verify failed: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG && error instanceof Error && error.stack) io.stderr(error.stack);
    return 1;
  }
}

function parseVerifyArgs(argv: readonly string[]) {
  const parsed = parseCommandLine(argv, {
    source: { type: "string" },
    epubcheck: { type: "boolean" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (!parsed.values.help && parsed.positionals.length !== 1) {
    throw new UsageError(parsed.positionals.length === 0 ? "missing the article folder (<dir>/<slug>)" : `expected one article folder, got ${parsed.positionals.length}`);
  }
  return parsed;
}

function processIo(): VerifyCliIo {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (line) => process.stderr.write(`${line}\n`),
  };
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
