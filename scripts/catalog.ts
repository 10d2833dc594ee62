/**
 * `npm run catalog -- [dir]`: writes the catalog (<dir>/index.html) and the web edition's shared
 * stylesheet and faces again, from the articles published in `dir` (default dist/). For a
 * folder merged from the outputs of several `--shard K/N` builds, each of which listed only
 * its own share. Holds the output lock like a build: no build may write there meanwhile.
 */
import { resolve } from "node:path";
import { parseCommandLine } from "./lib/cli/arguments.ts";
import { consoleReporter, runCommand } from "./lib/cli/reporter.ts";
import { publishCatalogAndAssets } from "./lib/build/catalog.ts";
import { displayPath } from "./lib/build/edition-record.ts";
import { lockOutput } from "./lib/build/output-lock.ts";
import { writingTo } from "./lib/build/output-error.ts";
import { UsageError } from "./lib/errors.ts";
import { defaultOutDir } from "./lib/project-paths.ts";

const usage = "usage: npm run catalog -- [dir]";

await runCommand(async () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), { help: { type: "boolean", short: "h", default: false } }, usage);
  if (values.help || positionals.length > 1) throw new UsageError(usage);
  const outDir = resolve(positionals[0] ?? defaultOutDir);
  const lock = await lockOutput(outDir);
  try {
    const listed = await writingTo(outDir, () => publishCatalogAndAssets(outDir));
    consoleReporter().info(`catalog of ${displayPath(outDir)}: ${listed} article${listed === 1 ? "" : "s"} listed`);
  } finally {
    await lock.release();
  }
  return 0;
});
