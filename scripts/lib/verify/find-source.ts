/**
 * Which Markdown file an article folder was built from: `--source` when given, else the
 * `source` field of the folder's edition.json (written by the build relative to the project, or
 * to the folder the build was given; older records may be relative to the article folder).
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { UsageError } from "../errors.ts";
import { projectRoot } from "../project-paths.ts";

export async function findSource(articleDir: string, given: string | undefined, cwd: string): Promise<string> {
  if (given !== undefined) return resolve(cwd, given);
  const recordPath = join(articleDir, "edition.json");
  let record: unknown;
  try {
    record = JSON.parse(await readFile(recordPath, "utf8"));
  } catch {
    throw new UsageError(`${recordPath} is missing or unreadable; name the article's Markdown file with --source <file.md>`);
  }
  const source = (record as { source?: unknown }).source;
  if (typeof source !== "string" || source === "") throw new UsageError(`${recordPath} names no source; use --source <file.md>`);
  if (isAbsolute(source)) return source;
  const candidates = [resolve(projectRoot, source), resolve(articleDir, source), resolve(dirname(dirname(articleDir)), source), resolve(cwd, source)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new UsageError(`the source named in ${recordPath} (${source}) was not found; use --source <file.md>`);
  return found;
}
